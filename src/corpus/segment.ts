// Text → paragraphs → sentences, with exact offsets: for plain text
// `text.slice(s.start, s.end) === s.text`; for Markdown `s.text` is the same slice of the masked
// text (markup replaced by spaces), so offsets are still file offsets.
import type { Lang, Markup, Paragraph, Range, Sentence } from '../types/index.js';
import { detectLanguages } from '../lang/detect.js';
import { plainlyIn } from '../lang/profile.js';
import { isSpaceCode } from './chars.js';
import { maskConflicts } from './conflicts.js';
import { eachLine } from './lines.js';
import { maskHtml } from './html.js';
import { maskMarkdown } from './markdown.js';
import { splitSentences } from './sentences.js';

export interface SegmentOptions {
  /** Each non-empty line is exactly one sentence (aligned files, aligner benchmarks). */
  sentencesPerLine?: boolean;
  format?: 'text' | 'markdown' | 'mdx' | 'html';
  /**
   * Detect each paragraph's language (eld, ~25–80 µs a paragraph, cached per distinct text).
   * Default: true, except with `sentencesPerLine`, where a 50k-line aligned file would spend more
   * time detecting than checking. Without detection a paragraph gets the document's `lang` and
   * `langConfidence: 0` ("not measured").
   */
  detectParagraphs?: boolean;
  /** Restrict paragraph detection to these languages when eld scored any of them. */
  candidates?: readonly Lang[];
}

export interface Segmented {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The text segmentation ran on: `text` itself, or the masked Markdown. */
  masked: string;
  /** Links and heading anchors of Markdown and MDX. */
  markup?: Markup;
}

/** What one distinct paragraph text gives: its sentences and its language (undefined until the
 *  detector has answered; null when paragraphs are not detected). */
interface Reading {
  body: string;
  parts: Range[];
  /** The text of each part: one string shared by every occurrence of the paragraph. */
  texts: string[];
  found: { lang: Lang; confidence: number } | null | undefined;
}

/** Plain text: every non-blank line is a paragraph (trimmed). */
function lineParagraphs(text: string): Range[] {
  const out: Range[] = [];
  eachLine(text, (a, b) => {
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  });
  return out;
}

/** Line breaks inside a (Markdown) paragraph become spaces for Intl.Segmenter, which would
 *  otherwise end a sentence at every line break; same length, so offsets hold. */
function blankLineBreaks(s: string): string {
  return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace(/[\r\n]/g, ' ');
}

/** The text segmentation reads (markup formats: a masked copy of the same length, so offsets
 *  hold) and its paragraphs. */
export function maskedParagraphs(text: string, format: SegmentOptions['format']): { masked: string; paragraphs: Range[]; markup?: Markup } {
  if (format === 'html') return maskHtml(text);
  if (format === 'markdown' || format === 'mdx') return maskMarkdown(text, { mdx: format === 'mdx' });
  return { masked: text, paragraphs: lineParagraphs(text), markup: undefined };
}

/** `blocks`: the masked text and paragraphs when the caller has them already (maskedParagraphs). */
export function segmentText(text: string, lang: Lang, opts: SegmentOptions = {}, blocks = maskedParagraphs(text, opts.format)): Segmented {
  const markdown = opts.format === 'markdown' || opts.format === 'mdx' || opts.format === 'html';
  const { paragraphs: ranges, markup } = blocks;
  // The translation's side of a merge conflict is read, the upstream side and the markers not.
  const masked = maskConflicts(blocks.masked, lang, text);
  const detect = opts.detectParagraphs ?? !opts.sentencesPerLine;
  const sentences: Sentence[] = [];
  // Segmentation and language of each distinct paragraph text, computed once: files of aligned
  // segments repeat lines (boilerplate, recurring phrases; 55 % of the 50k-line benchmark), and a
  // hash look-up costs far less than the language pre-test and the sentence split.
  const seen = new Map<string, Reading>();
  // One answer shared by every paragraph that plainly reads as the file's language.
  const plain = { lang, confidence: 1 };
  const readings: Reading[] = [];
  // Paragraphs that do not plainly show the file's language go to the detector together, after the
  // loop, each distinct text once.
  const doubtful: Reading[] = [];
  for (const range of ranges) {
    const index = readings.length;
    const body = masked.slice(range.start, range.end);
    let reading = seen.get(body);
    if (!reading) {
      const parts: Range[] = opts.sentencesPerLine
        ? lineParagraphs(body)
        : splitSentences(markdown ? blankLineBreaks(body) : body, lang);
      // A one-sentence paragraph is its own text: no second slice.
      const texts = parts.map((p) => (p.start === 0 && p.end === body.length ? body : masked.slice(range.start + p.start, range.start + p.end)));
      reading = { body, parts, texts, found: !detect ? null : plainlyIn(body, lang) ? plain : undefined };
      if (reading.found === undefined) doubtful.push(reading);
      seen.set(body, reading);
    }
    readings.push(reading);
    // Sentences of a repeated paragraph share the first occurrence's strings: the checks' caches by
    // text then find them by identity instead of comparing characters, and the garbage collector
    // has one string to keep instead of one per occurrence.
    for (let k = 0; k < reading.parts.length; k++) {
      const p = reading.parts[k];
      sentences.push({ index: sentences.length, text: reading.texts[k], start: range.start + p.start, end: range.start + p.end, paragraph: index });
    }
  }
  const detected = detectLanguages(
    doubtful.map((r) => r.body),
    opts.candidates,
  );
  doubtful.forEach((r, k) => (r.found = detected[k]));
  const paragraphs: Paragraph[] = ranges.map((range, index) => {
    const found = readings[index].found;
    return {
      index,
      start: range.start,
      end: range.end,
      lang: found && found.lang ? found.lang : lang,
      langConfidence: found && found.lang ? found.confidence : 0,
    };
  });
  return markup ? { paragraphs, sentences, masked, markup } : { paragraphs, sentences, masked };
}
