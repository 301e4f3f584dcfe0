import { CATEGORY_LABELS } from '../../scoring/categories';
import { NO_TARGETED_EVIDENCE } from '../../scoring/profile-scorer';
import type { ReportSource } from '../../data/report-reader';
import type { ExhibitPacket } from '../exhibit-service';
import { citationParts, type CitationParts } from './citation-presenter';

/**
 * An exhibit packet as a list of blocks, laid out once here so the PDF and the Word document say
 * exactly the same thing; the two renderers only decide fonts and spacing.
 */
export type PacketBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; emphasis?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'quote'; number: number; text: string; citation: CitationParts }
  | { kind: 'link'; label: string; url: string }
  | { kind: 'pageBreak' };

/** What the score is and is not, in one line, on every packet's cover. */
export const SCORE_STATEMENT =
  'The score (0–100) summarises what the State Department reports assert about seven kinds of abuse in the country; it is not a legal finding, not an assessment of any individual’s risk, and not a substitute for the quoted sources.';

const TOPIC_LABELS: Record<string, string> = {
  prison_conditions: 'prison and detention conditions',
  political_prisoners: 'political prisoners and detainees',
  arbitrary_arrest: 'arbitrary arrest and detention',
  police_security: 'role of the police and security apparatus',
  fair_trial: 'fair public trial',
  civil_remedies: 'civil judicial procedures and remedies',
  property_restitution: 'property seizure and restitution',
  executive_summary: 'executive summary',
};

/** A section key as words: "prison_conditions" → "prison and detention conditions". */
export function topicLabel(key: string): string {
  return TOPIC_LABELS[key] ?? key.replace(/_/g, ' ');
}

const SOURCE_KINDS: Record<ReportSource['kind'], string> = {
  page: 'Web page on state.gov',
  pdf: 'PDF edition',
  text: 'Plain-text export of the PDF edition',
};

/** A row per chosen profile: its score and band, and where its evidence comes from or that there is none. */
function profileTable(packet: ExhibitPacket): PacketBlock {
  return {
    kind: 'table',
    header: ['Profile', 'Score', 'Sentences aimed at the group', 'Coverage'],
    rows: packet.profiles.map(({ result }) => [
      result.label,
      `${result.score.toFixed(1)} (${result.band})`,
      String(result.evidenceCount),
      result.coverage.evidenceYear === null
        ? NO_TARGETED_EVIDENCE
        : [`From the ${result.coverage.evidenceYear} report.`, ...result.coverage.notes].join(' '),
    ]),
  };
}

function formatChange(change: number): string {
  return `${change > 0 ? '+' : ''}${change.toLocaleString('en-US')}`;
}

export function packetFileName(packet: ExhibitPacket, extension: 'pdf' | 'docx'): string {
  const slug = packet.score.country.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `exhibit-${slug || packet.score.country.code.toLowerCase()}-${packet.score.year}.${extension}`;
}

/** The packet's blocks: cover, summary table, numbered quotes by category, sources, what is no longer said. */
export function buildPacketBlocks(packet: ExhibitPacket): PacketBlock[] {
  const { score } = packet;
  const blocks: PacketBlock[] = [];
  blocks.push(
    { kind: 'title', text: `Exhibit: human rights conditions in ${score.country.name}` },
    {
      kind: 'text',
      text: 'Quoted from the U.S. Department of State Country Reports on Human Rights Practices, with pinpoint citations.',
    },
    { kind: 'text', text: `Generated: ${packet.generatedAt.toISOString().slice(0, 10)}` },
    { kind: 'text', text: `Report year: ${score.year}` },
    { kind: 'text', text: `Method version: ${score.methodVersion}` },
    {
      kind: 'text',
      text: `Profiles: ${packet.profiles.length ? packet.profiles.map(({ result }) => result.label).join('; ') : 'none chosen'}`,
    },
    { kind: 'text', text: SCORE_STATEMENT, emphasis: true },
  );
  if (score.note) blocks.push({ kind: 'text', text: `Note: ${score.note}` });

  blocks.push({ kind: 'heading', text: 'Summary' });
  blocks.push({
    kind: 'table',
    header: ['', 'Score', 'Asserted sentences', 'Report year'],
    rows: [
      [
        `Overall (${score.band}, confidence ${score.confidence.toFixed(2)})`,
        score.score.toFixed(1),
        '',
        String(score.year),
      ],
      ...packet.categories.map((id) => [
        CATEGORY_LABELS[id],
        score.categories[id].score.toFixed(1),
        String(score.categories[id].evidenceCount),
        String(score.categories[id].year),
      ]),
    ],
  });
  if (packet.profiles.length) blocks.push(profileTable(packet));
  // The headline's notes repeat its carried-forward notes; each warning is said once.
  const warnings = [
    ...new Set([
      ...score.coverage.missingCategories.map(
        (id) => `The ${score.year} report has no section for: ${CATEGORY_LABELS[id]}.`,
      ),
      ...score.coverage.carriedForward.map((entry) => entry.note),
      ...score.coverage.notes,
    ]),
  ];
  if (warnings.length) {
    blocks.push({ kind: 'heading', text: 'Coverage warnings' });
    for (const warning of warnings) blocks.push({ kind: 'text', text: warning });
  }

  blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: 'Quotes' });
  let number = 0;
  for (const group of packet.quotes) {
    blocks.push({ kind: 'heading', text: CATEGORY_LABELS[group.category] });
    if (group.rows.length === 0)
      blocks.push({ kind: 'text', text: 'No asserted sentence in the report for this category.' });
    for (const row of group.rows) {
      number += 1;
      blocks.push({ kind: 'quote', number, text: row.quote, citation: citationParts(row) });
    }
  }

  for (const { result, quotes } of packet.profiles) {
    blocks.push({ kind: 'heading', text: `Profile: ${result.label}` });
    if (quotes.length === 0) blocks.push({ kind: 'text', text: NO_TARGETED_EVIDENCE });
    for (const row of quotes) {
      number += 1;
      blocks.push({ kind: 'quote', number, text: row.quote, citation: citationParts(row) });
    }
  }

  blocks.push({ kind: 'pageBreak' }, { kind: 'heading', text: 'Appendix A: Sources' });
  for (const report of packet.sources) {
    blocks.push({ kind: 'text', text: report.title, emphasis: true });
    // A report stored before editions were recorded has no source list: its own row is the source.
    const editions = report.sources.length
      ? report.sources
      : [
          {
            kind: 'page' as const,
            quoted: true,
            address: report.sourceUrl,
            retrievedAt: report.retrievedAt,
            sha256: report.sha256,
          },
        ];
    for (const source of editions) {
      blocks.push(
        { kind: 'text', text: `${SOURCE_KINDS[source.kind]}${source.quoted ? ' (quoted)' : ''}` },
        { kind: 'link', label: source.address, url: source.address },
        { kind: 'text', text: `Retrieved: ${source.retrievedAt.slice(0, 10)}` },
        { kind: 'text', text: `SHA-256: ${source.sha256}` },
      );
    }
  }

  blocks.push(...changesBlocks(packet));
  return blocks;
}

function changesBlocks(packet: ExhibitPacket): PacketBlock[] {
  const changes = packet.changes;
  if (!changes) {
    return [
      { kind: 'heading', text: 'Appendix B: What the latest report no longer says' },
      { kind: 'text', text: 'There is no earlier edition to compare with.' },
    ];
  }
  const { from, to } = changes.changes;
  const blocks: PacketBlock[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', text: `Appendix B: What the ${to} report no longer says` },
    {
      kind: 'text',
      text: `Length: ${changes.changes.length.from.toLocaleString('en-US')} characters in ${from}, ${changes.changes.length.to.toLocaleString('en-US')} in ${to} (${formatChange(changes.changes.length.change)}).`,
    },
    {
      kind: 'text',
      text: changes.changes.droppedTopics.length
        ? `Topics in the ${from} report and not in the ${to} report: ${changes.changes.droppedTopics.map(topicLabel).join('; ')}.`
        : `The ${to} report keeps every topic of the ${from} report.`,
    },
    {
      kind: 'table',
      header: ['Category', `Asserted ${from}`, `Asserted ${to}`, `Weight ${from}`, `Weight ${to}`],
      rows: packet.categories.map((id) => {
        const figures = changes.changes.categories[id];
        return [
          CATEGORY_LABELS[id],
          String(figures.from.evidenceCount),
          String(figures.to.evidenceCount),
          figures.from.weight.toFixed(2),
          figures.to.weight.toFixed(2),
        ];
      }),
    },
  ];
  let number = 0;
  const chosen = new Set(packet.categories);
  for (const group of changes.noLongerSays.filter((entry) => chosen.has(entry.category))) {
    const figures = changes.changes.categories[group.category];
    blocks.push({
      kind: 'heading',
      text:
        group.reason === 'none_asserted'
          ? `${CATEGORY_LABELS[group.category]}: no longer asserted in ${to}`
          : `${CATEGORY_LABELS[group.category]}: ${figures.to.evidenceCount} asserted sentences in ${to}, ${figures.from.evidenceCount} in ${from}`,
    });
    blocks.push({ kind: 'text', text: `The ${from} report said, and the ${to} report no longer says:` });
    for (const row of group.quotes) {
      number += 1;
      blocks.push({ kind: 'quote', number, text: row.quote, citation: citationParts(row) });
    }
  }
  return blocks;
}
