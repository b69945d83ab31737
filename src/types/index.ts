// The one vocabulary every stage of tqc speaks: documents and their segments (corpus/),
// beads (align/), findings (checks/), audits (run/ → report/). Types only, no logic,
// except the tiny ordered constants that the types are derived from.

/** ISO 639-1 language code, lower case: "en", "vi", "fr", "de", "es", … */
export type Lang = string;

/** Ordered from least to most serious. Compare with `severityRank`, never with strings. */
export const SEVERITIES = ['minor', 'major', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** A half-open character range [start, end) in UTF-16 code units of `SourceFile.text`. */
export interface Range {
  start: number;
  end: number;
}

/** A file as read from disk, decoded. Offsets everywhere in tqc point into `text`. */
export interface SourceFile {
  path: string;
  /** Decoded text; a BOM is dropped, line ends are kept exactly as in the file (CRLF stays CRLF). */
  text: string;
  /** How the bytes were decoded, e.g. "utf-8", "utf-8-bom", "utf-16le", "utf-16be". */
  encoding: string;
  /** How the text is read: plain lines, Markdown (.md), or MDX (.mdx: Markdown with JSX). */
  format: 'text' | 'markdown' | 'mdx' | 'html';
}

/** A link or image of a Markdown document: its URL as written, and the range of the whole link. */
export interface MarkupLink extends Range {
  url: string;
}

// A heading anchor, "## Node heartbeats {#node-heart-beats}" or MDX "{/*node-heartbeats*/}":
// every deep link to the section points at `id`. The range is the anchor's markup.
export interface MarkupAnchor extends Range {
  id: string;
  /** Written without its "#" ("### Objet {object}"): no anchor on the page, the braces shown as text. */
  broken?: true;
}

/** Inline code of a Markdown sentence (`` `activeIndex` ``): masked out of the text, kept here. */
export interface MarkupCode extends Range {
  value: string;
}

/** A code block of a Markdown document, fenced or indented: the range of the whole block, fences
 *  included; `info` is what follows the opening fence ("js src/App.js active"), `value` the code. */
export interface MarkupCodeBlock extends Range {
  info: string;
  value: string;
}

/** What the Markdown parser found besides the text: compared by the entity and code-block checks. */
export interface Markup {
  links: MarkupLink[];
  anchors: MarkupAnchor[];
  /** Markdown and MDX only. */
  codes?: MarkupCode[];
  /** Markdown and MDX only. */
  codeBlocks?: MarkupCodeBlock[];
}

/** A paragraph: a block of text between blank lines (or, in plain text, one line). */
export interface Paragraph extends Range {
  index: number;
  /** Detected language of this paragraph's text (may differ from the document's). */
  lang: Lang;
  /** The detector's confidence in [0, 1]; short paragraphs get low values. */
  langConfidence: number;
}

/** A sentence: the unit tqc aligns and checks. `text` is `file.text.slice(start, end)`
 *  (for Markdown, markup characters inside that range are replaced by spaces). */
export interface Sentence extends Range {
  index: number;
  text: string;
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
}

/** One version of the document in one language. */
export interface Document {
  file: SourceFile;
  lang: Lang;
  /** Where `lang` came from: the file name, --langs, or detection. */
  langFrom: 'name' | 'option' | 'detected';
  /** The language tag the file itself declares, region included, where it declares one: XLIFF's
   *  target-language / trgLang, a PO header's Language ("fr_CA"). `lang` is its language. */
  locale?: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Links and heading anchors of a Markdown or MDX file (absent for plain text). */
  markup?: Markup;
  /** A localisation catalog (JSON, PO, XLIFF): its units in file order, one sentence per non-empty unit. */
  units?: CatalogUnit[];
}

/** One unit of a localisation catalog: a JSON/YAML key, a PO entry, an XLIFF unit. Its range is the
 *  value's raw text in the file (inside the quotes, escapes and inline codes included). */
export interface CatalogUnit extends Range {
  /** JSON/YAML path ("cart.items"), XLIFF unit id, PO "msgctxt\u0004msgid" shown as "msgctxt|msgid". */
  key: string;
  /** The value as the application sees it: escapes and entities decoded, inline codes kept as markup. */
  value: string;
  /** Index of the unit's sentence in the document, or -1 when the value is empty (not translated). */
  sentence: number;
  /** Longest allowed target, in characters (XLIFF maxwidth / size-restriction). */
  maxLength?: number;
  /** Inline codes of the unit (XLIFF <ph>, <x/>, <g>, <pc>…) as "element#id". */
  codes?: string[];
  /** Why the unit's text is not checked although it has one: "fuzzy" (PO), "translate=no" (XLIFF). */
  skipped?: string;
  /** Ranges of `value` that are syntax, not text: ICU, placeholders, tags, XLIFF inline codes. */
  syntax?: [number, number][];
}

/** A bead links 0..n source sentences with 0..m target sentences (indices, ascending, contiguous).
 *  `[3, 4]:[5]` is a 2-1 bead; `[]:[7]` is 0-1 (target text with no source); `[9]:[]` is 1-0. */
export interface Bead {
  source: number[];
  target: number[];
  /** Aligner's cost or confidence for this bead; lower cost = more confident. Informative only. */
  cost?: number;
}

/** Source ↔ one target, aligned. Beads are in document order, never cross, and every sentence
 *  of both documents stands in exactly one bead. */
export interface Alignment {
  source: Document;
  target: Document;
  beads: Bead[];
  /** Set when the input, not the aligner, paired the text — a catalog's units, the lines of
   *  --aligned files: for each bead, the input segment it lies in. A check that forgives the
   *  aligner by looking one bead off (a number or a name in the neighbouring bead) looks only
   *  inside the segment: "2.4" dropped from one PO entry and added to the next is two defects. */
  segmentOf?: readonly number[];
}

/** The side-by-side view of every version: one row per stretch of source, with each target's
 *  sentences for that stretch. A row with `source: []` holds target text that no source has. */
export interface MultiRow {
  source: number[];
  /** Keyed by target language (or path when two targets share a language). */
  targets: Record<string, number[]>;
}

/** MQM (ISO 5060) error-typology path, e.g. "Accuracy/Omission". */
export type MqmCategory =
  | 'Accuracy/Addition'
  | 'Accuracy/Omission'
  | 'Accuracy/Mistranslation'
  | 'Accuracy/Untranslated'
  | 'Accuracy/Do not translate'
  | 'Linguistic conventions/Duplication'
  | 'Linguistic conventions/Wrong language'
  | 'Locale convention/Number format'
  | 'Terminology/Inconsistent'
  | 'Terminology/Wrong term'
  | 'Linguistic conventions/Punctuation'
  | 'Design and markup/Layout'
  | 'Design and markup/Markup'
  | 'Design and markup/Length'
  | 'Design and markup/Truncation';

/** A span in a report: segments [first, last] and character offsets into the first and the last
 *  segment's text; `text` is the exact text covered. Segments are sentences, or lines with --aligned. */
export interface Span {
  segments: [number, number];
  start: number;
  end: number;
  text: string;
  /** 1-based line and column of the span's start in the file, given only when the start lies
   *  past the end of its segment (between two sentences: a merge conflict in a code block), where
   *  the segment's own text cannot tell them. */
  line?: number;
  column?: number;
}

/** One piece of a word-level diff of two texts: kept, deleted or inserted ("[-40-]{+45+}"). */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** What a check reports, before the run places it: ranges are absolute offsets into the
 *  document's `file.text`. The run turns them into `Span`s and fills in `lang`. */
export interface FindingDraft {
  check: string;
  severity?: Severity; // defaults to the check's declared severity
  category?: MqmCategory; // defaults to the check's declared category
  message: string;
  target: Range | null;
  source: Range | null;
  actual?: string;
  expected?: string;
  /** How the source changed since the translation was made (the `stale` check). */
  diff?: DiffPart[];
}

/** A finding as it appears in the audit. */
export interface Finding {
  check: string;
  severity: Severity;
  category: MqmCategory;
  /** The target language the finding is about. */
  lang: Lang;
  message: string;
  target: Span | null;
  source: Span | null;
  actual?: string;
  expected?: string;
  /** How the source changed since the translation was made (the `stale` check). */
  diff?: DiffPart[];
  /** Stable fingerprint for baselines: check, language, the flagged text and its source
   *  counterpart, normalised; no offsets and not the rest of the sentence. */
  fingerprint: string;
  /** The catalog unit the finding is about (JSON path, PO msgid, XLIFF unit id); catalogs only. */
  key?: string;
  /** Other checks that reported the same problem (overlapping text); this finding carries it. */
  alsoSeenBy?: { check: string; severity: Severity; message: string }[];
}

/** The source as it was when the translation was made (--since, --previous-source). */
export interface PreviousSource {
  source: Document;
  /** Where it comes from, for messages: "3f2a1b0", "notes.old.md". */
  label: string;
  /** The old source aligned to this target, when the run computed it. */
  beads?: Bead[];
}

/** Everything a check may look at for one source ↔ target pair. Pure data; checks must not mutate it. */
export interface CheckContext {
  alignment: Alignment;
  /** The other targets of the same document set (for "leaked from the French version"). */
  others: Document[];
  /** The document-level target/source length ratio in characters, estimated from the beads. */
  lengthRatio: number;
  /** User allowlist of terms rightly kept untranslated, by language ("*" applies to all). */
  allowlist: Record<string, string[]>;
  /** Do-not-translate glossary terms: must appear verbatim in the target when in the source. */
  glossary: string[];
  /** The source the translation was made from, when the run compares versions (--since). */
  previous?: PreviousSource;
  /** Term base entries (config "termbase"): the translations a source term requires per language. */
  termbase?: TermEntry[];
  /** Config "maxLength": catalog key pattern → most characters, first match counts. */
  maxLength?: readonly (readonly [string, number])[];
}

/** One term base entry: a source term and, per target language, its accepted translations
 *  (the term itself when it must stay untranslated). */
export interface TermEntry {
  lang: Lang;
  term: string;
  targets: Record<Lang, string[]>;
}

/** A check: metadata first, then one pure function (ESLint's rule shape). */
export interface Check {
  id: string;
  description: string;
  category: MqmCategory;
  severity: Severity;
  /** false: the check runs only when the config turns it on (a note some teams find noise). */
  enabled?: boolean;
  run(ctx: CheckContext): FindingDraft[];
}

export interface TargetSummary {
  lang: Lang;
  path: string;
  counts: { byCheck: Record<string, number>; bySeverity: Record<Severity, number>; total: number };
  /** MQM-style penalty points per 1,000 source words (minor 1, major 5, critical 25 by default). */
  mqmScore: number;
  /** Words of the source the score is normalised by. */
  sourceWords: number;
  /** Share of source sentences that have a counterpart in this target, in [0, 1]. */
  coverage: number;
  /** Findings a --baseline hid from this target (absent when no baseline was applied). */
  baselined?: number;
}

export interface AuditDocumentVersion {
  lang: Lang;
  path: string;
  encoding: string;
  sentences: {
    /** Catalogs: the key of the unit this segment is (JSON path, PO msgid, XLIFF unit id). */
    key?: string;
    text: string;
    start: number;
    end: number;
    paragraph: number;
    /** 1-based line of `start` in the file, and 1-based column of `start` in UTF-16 code units
     *  (CRLF, LF and lone CR end lines). Optional: SARIF regions need them; reporters fall back to
     *  character offsets when they are absent. */
    line?: number;
    column?: number;
  }[];
}

export interface AuditTarget extends AuditDocumentVersion {
  beads: { source: number[]; target: number[] }[];
  findings: Finding[];
  summary: TargetSummary;
}

/** One document set: a source and its translations. */
export interface AuditDocument {
  name: string;
  aligned: boolean;
  source: AuditDocumentVersion;
  targets: AuditTarget[];
  rows: MultiRow[];
}

/** The JSON audit: a documented, versioned schema (see docs/audit-schema.md). */
export interface Audit {
  schema: 'tqc-audit';
  version: 1;
  tool: { name: 'tqc'; version: string };
  failOn: Severity | 'none';
  documents: AuditDocument[];
  /** --changed-since: documents left out because none of their files changed since `since`. */
  unchanged?: { since: string; documents: number };
  /** --shard K/N: this audit is share `index` of `count`; `positions` are its documents' places
   *  in the whole run, so `tqc merge` restores the order of a single run. */
  shard?: { index: number; count: number; positions: number[] };
}

/** A user error: becomes one line on stderr and exit code 2 in the CLI. Never thrown for bugs. */
export class InputError extends Error {
  constructor(
    public readonly file: string | null,
    message: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'InputError';
  }
}
