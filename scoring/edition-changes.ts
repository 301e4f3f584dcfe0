import { CATEGORY_IDS, type CategoryId } from './categories';
import type { SectionKey } from './report-model';
import type { ReportScore } from './score-model';

/** One category's asserted evidence in one edition. */
export interface EditionCategoryFigures {
  evidenceCount: number;
  /** Sum of the asserted sentences' weights (before diminishing returns). */
  weight: number;
}

/** How one country's report changed from one edition to a later one. */
export interface EditionChanges {
  from: number;
  to: number;
  /** Topics (section keys) the `from` edition has and the `to` edition does not, in `from` page order. */
  droppedTopics: SectionKey[];
  /** Topics only the `to` edition has. */
  addedTopics: SectionKey[];
  length: { from: number; to: number; change: number; ratio: number };
  categories: Record<CategoryId, { from: EditionCategoryFigures; to: EditionCategoryFigures }>;
  /** Categories with asserted evidence in `from` and none in `to`: what the later report no longer says. */
  noLongerAsserted: CategoryId[];
  /**
   * Categories the later report still mentions but with at most a quarter of the asserted sentences
   * (from at least four): the detail it dropped.
   */
  mostlyDropped: CategoryId[];
}

/** Fewer than this many earlier sentences is too few to call a fall "most of the detail". */
const MOSTLY_DROPPED_MIN = 4;
const MOSTLY_DROPPED_SHARE = 0.25;

function figuresOf(score: ReportScore, id: CategoryId): EditionCategoryFigures {
  const category = score.categories[id];
  return { evidenceCount: category.evidenceCount, weight: Math.round(category.raw * 1000) / 1000 };
}

/**
 * Compares two editions of one country's report from their stored scores: which topics the later
 * one dropped, how asserted evidence moved per category, and how the length changed. `other` is not
 * a topic (it collects unknown and structural headings).
 */
export function compareEditions(from: ReportScore, to: ReportScore): EditionChanges {
  const toTopics = new Set(to.coverage.sections);
  const fromTopics = new Set(from.coverage.sections);
  const categories = Object.fromEntries(
    CATEGORY_IDS.map((id) => [id, { from: figuresOf(from, id), to: figuresOf(to, id) }]),
  ) as EditionChanges['categories'];
  const fromLength = from.coverage.textLength;
  const toLength = to.coverage.textLength;
  return {
    from: from.year,
    to: to.year,
    droppedTopics: from.coverage.sections.filter((key) => key !== 'other' && !toTopics.has(key)),
    addedTopics: to.coverage.sections.filter((key) => key !== 'other' && !fromTopics.has(key)),
    length: {
      from: fromLength,
      to: toLength,
      change: toLength - fromLength,
      ratio: fromLength === 0 ? 0 : Math.round((toLength / fromLength) * 1000) / 1000,
    },
    categories,
    noLongerAsserted: CATEGORY_IDS.filter(
      (id) => categories[id].from.evidenceCount > 0 && categories[id].to.evidenceCount === 0,
    ),
    mostlyDropped: CATEGORY_IDS.filter((id) => {
      const { from: before, to: after } = categories[id];
      return (
        before.evidenceCount >= MOSTLY_DROPPED_MIN &&
        after.evidenceCount > 0 &&
        after.evidenceCount <= before.evidenceCount * MOSTLY_DROPPED_SHARE
      );
    }),
  };
}

/** The middle value (the mean of the two middle values for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}

/** Across countries: the median length change and each dropped topic with how many countries dropped it. */
export function summariseEditionChanges(changes: readonly EditionChanges[]): {
  countries: number;
  medianLength: { from: number; to: number; ratio: number };
  droppedTopics: Array<{ topic: SectionKey; countries: number }>;
  noLongerAsserted: Array<{ category: CategoryId; countries: number }>;
} {
  const topicCounts = new Map<SectionKey, number>();
  for (const change of changes)
    for (const topic of change.droppedTopics) topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
  return {
    countries: changes.length,
    medianLength: {
      from: median(changes.map((change) => change.length.from)),
      to: median(changes.map((change) => change.length.to)),
      ratio: median(changes.map((change) => change.length.ratio)),
    },
    droppedTopics: [...topicCounts]
      .map(([topic, countries]) => ({ topic, countries }))
      .sort((a, b) => b.countries - a.countries || a.topic.localeCompare(b.topic)),
    noLongerAsserted: CATEGORY_IDS.map((category) => ({
      category,
      countries: changes.filter((change) => change.noLongerAsserted.includes(category)).length,
    })).filter((entry) => entry.countries > 0),
  };
}
