// A file → a Document in its language. The language rule used everywhere in tqc:
// the file name ("vi.txt", "article.fr.md"), else the option (--langs), else detection over the
// whole text: the language holding the most paragraph characters.
import type { Document, Lang, Markup, Paragraph, SourceFile } from '../types/index.js';
import { InputError } from '../types/index.js';
import { detectLanguage, detectLanguages } from '../lang/detect.js';
import { langFromName } from './lang-name.js';
import { readSourceFile } from './read.js';
import { maskedParagraphs, segmentText } from './segment.js';

export interface LoadOptions {
  /** The language given on the command line (--langs); a language in the file name wins. */
  lang?: Lang;
  sentencesPerLine?: boolean;
  /** The languages of the document set: detection picks among them when eld scored any. */
  candidates?: Lang[];
  /** See SegmentOptions.detectParagraphs. */
  detectParagraphs?: boolean;
  /** Whether the directory may name the language (`fr/article.md`): not when the source and its
   *  translations share one directory — `sc/article.txt` beside `sc/article-fr.txt` was read as
   *  Sardinian, both of them. */
  directoryNamesLang?: boolean;
}

/** The language with the most characters over the paragraphs (ties: alphabetical). */
export function majorityLang(paragraphs: readonly Paragraph[]): Lang | null {
  const chars = new Map<Lang, number>();
  for (const p of paragraphs) if (p.lang && p.langConfidence > 0) chars.set(p.lang, (chars.get(p.lang) ?? 0) + p.end - p.start);
  let best: Lang | null = null;
  let most = -1;
  for (const [lang, n] of [...chars].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > most) {
      best = lang;
      most = n;
    }
  }
  return best;
}

export function documentFromFile(file: SourceFile, opts: LoadOptions = {}): Document {
  const named = langFromName(file.path, opts.directoryNamesLang ?? true);
  const given = named ?? opts.lang ?? null;
  const langFrom: Document['langFrom'] = named ? 'name' : opts.lang ? 'option' : 'detected';
  const segOpts = { sentencesPerLine: opts.sentencesPerLine, format: file.format, candidates: opts.candidates, detectParagraphs: opts.detectParagraphs };
  if (given) {
    const { paragraphs, sentences, markup } = segmentText(file.text, given, segOpts);
    return withMarkup({ file, lang: given, langFrom, paragraphs, sentences }, markup);
  }
  // Detection: the paragraphs vote, whatever detectParagraphs says; then the sentences are
  // segmented with the winner's rules (abbreviations are per language).
  const blocks = maskedParagraphs(file.text, segOpts.format);
  const lang = detectedLang(file, blocks, opts.candidates);
  // The masked text and paragraphs the vote read: a Markdown file is parsed once.
  const { paragraphs, sentences, markup } = segmentText(file.text, lang, { ...segOpts, detectParagraphs: true }, blocks);
  return withMarkup({ file, lang, langFrom, paragraphs, sentences }, markup);
}

/** Paragraph characters that vote on a document's language. A longer document votes with an even
 *  sample of its paragraphs: the 100,000-sentence benchmark pair, read without a language in its
 *  names, ran eld over all 50,000 paragraphs and split every sentence twice (~7 s of 9 s reading). */
const VOTING_CHARS = 200_000;

/** The language holding the most paragraph characters (over an even sample of a long document),
 *  else eld's answer for the whole text. */
function detectedLang(file: SourceFile, blocks: ReturnType<typeof maskedParagraphs>, candidates: readonly Lang[] | undefined): Lang {
  const { masked, paragraphs } = blocks;
  let total = 0;
  for (const r of paragraphs) total += r.end - r.start;
  const stride = Math.max(1, Math.ceil(total / VOTING_CHARS));
  const voters = stride === 1 ? paragraphs : paragraphs.filter((_, k) => k % stride === 0);
  const found = detectLanguages(
    voters.map((r) => masked.slice(r.start, r.end)),
    candidates,
  );
  const votes: Paragraph[] = voters.map((r, k) => ({ index: k, start: r.start, end: r.end, lang: found[k].lang, langConfidence: found[k].lang ? found[k].confidence : 0 }));
  const lang = majorityLang(votes) ?? detectLanguage(masked, candidates).lang;
  if (!lang) throw new InputError(file.path, 'cannot tell the language (no letters); name the file after it (vi.txt) or pass --langs');
  return lang;
}

/** Plain-text documents carry no `markup` key at all (their JSON and equality stay as before). */
function withMarkup(doc: Document, markup: Markup | undefined): Document {
  if (markup) doc.markup = markup;
  return doc;
}

export function loadDocument(path: string, opts: LoadOptions = {}): Document {
  return documentFromFile(readSourceFile(path), opts);
}
