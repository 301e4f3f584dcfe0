import { promises as fs } from 'fs';
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

/** Splits one CSV line, honouring quoted fields ("Korea, Republic of"). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Reads the expert-scores CSV (read at run time; its rows are never copied into the repository). */
export async function loadExpertLabels(file: string): Promise<ExpertLabel[]> {
  const text = await fs.readFile(file, 'utf8');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (!header) return [];
  const columns = splitCsvLine(header);
  return lines.map((line, index) => {
    const cells = splitCsvLine(line);
    const record = Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    const parsed = ExpertLabelSchema.safeParse(record);
    if (!parsed.success)
      throw new Error(`${file}:${index + 2}: ${parsed.error.issues[0]?.message ?? 'invalid row'}`);
    return parsed.data;
  });
}
