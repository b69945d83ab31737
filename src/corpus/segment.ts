// Text → paragraphs → sentences, with exact offsets: for plain text
// `text.slice(s.start, s.end) === s.text`; for Markdown `s.text` is the same slice of the masked
// text (markup replaced by spaces), so offsets are still file offsets.
import type { Lang, Paragraph, Range, Sentence } from '../types/index.js';
import { detectLanguage } from '../lang/detect.js';
import { plainlyIn } from '../lang/profile.js';
import { trimRange } from './chars.js';
import { lines } from './lines.js';
import { maskMarkdown } from './markdown.js';
import { splitSentences } from './sentences.js';

export interface SegmentOptions {
  /** Each non-empty line is exactly one sentence (aligned files, aligner benchmarks). */
  sentencesPerLine?: boolean;
  format?: 'text' | 'markdown';
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
}

/** Plain text: every non-blank line is a paragraph (trimmed). */
function lineParagraphs(text: string): Range[] {
  const out: Range[] = [];
  for (const line of lines(text)) {
    const [a, b] = trimRange(text, line.start, line.end);
    if (b > a) out.push({ start: a, end: b });
  }
  return out;
}

/** Line breaks inside a (Markdown) paragraph become spaces for Intl.Segmenter, which would
 *  otherwise end a sentence at every line break; same length, so offsets hold. */
function blankLineBreaks(s: string): string {
  return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 ? s : s.replace(/[\r\n]/g, ' ');
}

export function segmentText(text: string, lang: Lang, opts: SegmentOptions = {}): Segmented {
  const markdown = opts.format === 'markdown';
  const { masked, paragraphs: ranges } = markdown ? maskMarkdown(text) : { masked: text, paragraphs: lineParagraphs(text) };
  const detect = opts.detectParagraphs ?? !opts.sentencesPerLine;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  // Segmentation and language of each distinct paragraph text, computed once: files of aligned
  // segments repeat lines (boilerplate, recurring phrases; 55 % of the 50k-line benchmark), and a
  // hash look-up costs far less than the language pre-test and the sentence split.
  const seen = new Map<string, { lang: Lang; confidence: number; parts: Range[] }>();
  for (const range of ranges) {
    const index = paragraphs.length;
    const body = masked.slice(range.start, range.end);
    let done = seen.get(body);
    if (!done) {
      // The detector runs only where the paragraph does not plainly show the file's language.
      const found = !detect ? null : plainlyIn(body, lang) ? { lang, confidence: 1 } : detectLanguage(body, opts.candidates);
      const parts: Range[] = opts.sentencesPerLine
        ? lineParagraphs(body)
        : splitSentences(markdown ? blankLineBreaks(body) : body, lang);
      done = { lang: found && found.lang ? found.lang : lang, confidence: found && found.lang ? found.confidence : 0, parts };
      seen.set(body, done);
    }
    paragraphs.push({ index, start: range.start, end: range.end, lang: done.lang, langConfidence: done.confidence });
    for (const p of done.parts) {
      const start = range.start + p.start;
      const end = range.start + p.end;
      // A one-sentence paragraph is its own text: no second slice.
      const text = p.start === 0 && p.end === body.length ? body : masked.slice(start, end);
      sentences.push({ index: sentences.length, text, start, end, paragraph: index });
    }
  }
  return { paragraphs, sentences, masked };
}
