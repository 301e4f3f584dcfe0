import { promises as fs } from 'fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

const optionalNumber = z
  .string()
  .transform((value) => (value.trim() === '' ? undefined : Number(value)))
  .pipe(z.number().finite().optional());

export const ExpertLabelSchema = z.object({
  iso3: z.string().length(3),
  name: z.string(),
  year: z.coerce.number().int(),
  pts_s: optionalNumber,
  pts_a: optionalNumber,
  pts_h: optionalNumber,
  cirights_physint: optionalNumber,
  cirights_tort: optionalNumber,
  cirights_kill: optionalNumber,
  cirights_disap: optionalNumber,
  cirights_polpris: optionalNumber,
  fariss_theta: optionalNumber,
});
export type ExpertLabel = z.infer<typeof ExpertLabelSchema>;

/**
 * Parses the expert-scores CSV text: a header row, then one row per country-year. Quoted fields may
 * hold commas, doubled quotes and line breaks. A row that does not fit the schema throws, naming
 * the line it starts on.
 */
export function parseExpertLabels(text: string, source = 'labels'): ExpertLabel[] {
  const rows = parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    info: true,
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  return rows.map(({ record, info }) => {
    const parsed = ExpertLabelSchema.safeParse(record);
    if (!parsed.success)
      throw new Error(`${source}:${info.lines}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
    return parsed.data;
  });
}

/** Reads the expert-scores CSV (read at run time; its rows are never copied into the repository). */
export async function loadExpertLabels(file: string): Promise<ExpertLabel[]> {
  return parseExpertLabels(await fs.readFile(file, 'utf8'), file);
}
