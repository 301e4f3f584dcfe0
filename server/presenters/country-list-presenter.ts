import type { z } from 'zod';
import { CATEGORY_IDS } from '../../scoring/categories';
import type { CountryListItemSchema } from '../api-schemas';
import { writeCsv } from './csv-writer';

type CountryListItem = z.infer<typeof CountryListItemSchema>;

const CSV_HEADER = ['code', 'iso3', 'name', 'region', 'year', 'score', 'band', 'confidence', ...CATEGORY_IDS];

/**
 * Every country as a spreadsheet row, highest risk first (then by name), so the download reads as
 * the ranked table does; a column per category.
 */
export function presentCountryListCsv(items: readonly CountryListItem[]): string {
  const ranked = [...items].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return writeCsv(
    CSV_HEADER,
    ranked.map((item) => [
      item.code,
      item.iso3,
      item.name,
      item.region ?? '',
      item.year,
      item.score,
      item.band,
      item.confidence,
      ...CATEGORY_IDS.map((id) => item.categories[id]),
    ]),
  );
}
