import type { z } from 'zod';
import { CATEGORY_IDS } from '../../scoring/categories';
import type { ProfileId } from '../../scoring/profile-model';
import type { BatchErrorSchema, BatchResponseSchema, BatchResultSchema } from '../api-schemas';
import type { BatchItem } from '../country-service';
import { problemBody, problemForFailure } from '../problem';
import { writeCsv } from './csv-writer';

type BatchResult = z.infer<typeof BatchResultSchema>;
type BatchError = z.infer<typeof BatchErrorSchema>;
export type BatchOrder = 'input' | 'score';

const csvHeader = (profiles: readonly ProfileId[]) => [
  'input',
  'code',
  'iso3',
  'name',
  'year',
  'score',
  'band',
  'confidence',
  ...CATEGORY_IDS,
  ...profiles.map((id) => `profile_${id}`),
  'error',
];

function toResult(item: Extract<BatchItem, { ok: true }>): BatchResult {
  const { ok: _ok, ...result } = item;
  return result;
}

/** A failed entry as the batch reports it: the problem it would be on its own, with the input. */
function toError(item: Extract<BatchItem, { ok: false }>): BatchError {
  const problem = problemBody(problemForFailure(item.failure));
  return {
    input: item.input,
    type: problem.type,
    status: problem.status,
    title: problem.title,
    detail: problem.detail ?? problem.title,
    suggestions: problem.suggestions ?? [],
  };
}

/** Results in input order, or highest risk first (then by name) when sorted by score. */
function orderedResults(items: readonly BatchItem[], order: BatchOrder): BatchResult[] {
  const results = items.filter((item) => item.ok).map(toResult);
  if (order === 'score')
    results.sort((a, b) => b.score - a.score || a.country.name.localeCompare(b.country.name));
  return results;
}

/** The JSON answer: every scored entry, and an error per entry that has no score. */
export function presentBatch(
  items: readonly BatchItem[],
  order: BatchOrder,
): z.infer<typeof BatchResponseSchema> {
  return {
    results: orderedResults(items, order),
    errors: items.filter((item) => !item.ok).map(toError),
  };
}

/**
 * The CSV answer: a row per entry, in input order (or the scored rows by score, then the failed
 * ones), a column per category, a column per asked profile (`profile_<id>`, its score) and the
 * error's detail for a failed entry.
 */
export function presentBatchCsv(
  items: readonly BatchItem[],
  order: BatchOrder,
  profiles: readonly ProfileId[] = [],
): string {
  const blanks = [...CATEGORY_IDS, ...profiles].map(() => '');
  const resultRow = (result: BatchResult) => [
    result.input,
    result.country.code,
    result.country.iso3,
    result.country.name,
    result.year,
    result.score,
    result.band,
    result.confidence,
    ...CATEGORY_IDS.map((id) => result.categories[id]),
    ...profiles.map((id) => result.profiles?.find((entry) => entry.id === id)?.score ?? ''),
    '',
  ];
  const errorRow = (error: BatchError) => [error.input, '', '', '', '', '', '', '', ...blanks, error.detail];
  const rows =
    order === 'score'
      ? [
          ...orderedResults(items, order).map(resultRow),
          ...items.filter((item) => !item.ok).map((item) => errorRow(toError(item))),
        ]
      : items.map((item) => (item.ok ? resultRow(toResult(item)) : errorRow(toError(item))));
  return writeCsv(csvHeader(profiles), rows);
}
