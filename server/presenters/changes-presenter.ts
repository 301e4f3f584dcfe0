import type { z } from 'zod';
import { CATEGORY_IDS } from '../../scoring/categories';
import type { ReportSummary } from '../../data/report-reader';
import type { ChangesSummaryResponseSchema, CountryChangesResponseSchema } from '../api-schemas';
import type { ChangesSummary, CountryChanges } from '../exhibit-service';
import { writeCsv } from './csv-writer';
import { presentEvidenceItem } from './score-presenter';

function presentSource(report: ReportSummary) {
  return {
    year: report.year,
    title: report.title,
    sourceUrl: report.sourceUrl,
    sha256: report.sha256,
    retrievedAt: report.retrievedAt,
  };
}

/** One country's edition changes, each earlier quote with its pinpoint citation. */
export function presentCountryChanges(value: CountryChanges): z.infer<typeof CountryChangesResponseSchema> {
  return {
    country: value.country,
    changes: value.changes,
    reports: { from: presentSource(value.reports.from), to: presentSource(value.reports.to) },
    noLongerSays: value.noLongerSays.map(({ category, reason, quotes }) => ({
      category,
      reason,
      quotes: quotes.map(presentEvidenceItem),
    })),
  };
}

export function presentChangesSummary(value: ChangesSummary): z.infer<typeof ChangesSummaryResponseSchema> {
  return value;
}

/** A row per country: lengths, dropped topics, and asserted evidence per category in each edition. */
export function presentChangesCsv(value: ChangesSummary): string {
  const header = [
    'code',
    'country',
    `length_${value.from}`,
    `length_${value.to}`,
    'length_ratio',
    'dropped_topics',
    'no_longer_asserted',
    'mostly_dropped',
    ...CATEGORY_IDS.flatMap((id) => [`${id}_${value.from}`, `${id}_${value.to}`]),
  ];
  const rows = value.countries.map(({ country, changes }) => [
    country.code,
    country.name,
    changes.length.from,
    changes.length.to,
    changes.length.ratio,
    changes.droppedTopics.join(' '),
    changes.noLongerAsserted.join(' '),
    changes.mostlyDropped.join(' '),
    ...CATEGORY_IDS.flatMap((id) => [
      changes.categories[id].from.evidenceCount,
      changes.categories[id].to.evidenceCount,
    ]),
  ]);
  return writeCsv(header, rows);
}
