// Catalog units → the Document shape every check reads: one sentence per non-empty unit, one
// paragraph per sentence, so existing checks (number, untranslated, entity…) run unit by unit.
import type { CatalogUnit, Document, Lang, Paragraph, Sentence, SourceFile } from '../types/index.js';
import { maskRaw, type Decoded } from './raw.js';
import { syntaxRanges } from './placeholders.js';
import { inlineMarkupRanges } from './inline-markup.js';

/** A unit as a reader finds it: the raw range of its value in the file and the decoded value. */
export interface RawUnit {
  key: string;
  start: number;
  end: number;
  decoded: Decoded;
  maxLength?: number;
  codes?: string[];
  /** Value ranges that are markup, not text (XLIFF inline codes), blanked for the text checks. */
  markup?: [number, number][];
  skipped?: string;
}

export function catalogDocument(file: SourceFile, lang: Lang, langFrom: Document['langFrom'], raw: readonly RawUnit[]): Document {
  // Readers give file order already (XLIFF 1.2 and PO alike); sort only when one did not.
  let sorted = true;
  for (let i = 1; i < raw.length && sorted; i++) sorted = raw[i - 1].start <= raw[i].start;
  const ordered = sorted ? raw : [...raw].sort((a, b) => a.start - b.start || a.end - b.end);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const units: CatalogUnit[] = [];
  for (const u of ordered) {
    const unit: CatalogUnit = { key: u.key, start: u.start, end: u.end, value: u.decoded.value, sentence: -1 };
    if (u.maxLength !== undefined) unit.maxLength = u.maxLength;
    if (u.codes && u.codes.length > 0) unit.codes = u.codes;
    if (u.skipped) unit.skipped = u.skipped;
    if (u.decoded.value.trim() !== '' && !u.skipped) {
      const syntax = [...syntaxRanges(u.decoded.value), ...(u.markup ?? [])];
      if (syntax.length > 0) unit.syntax = syntax;
      const text = maskRaw(file.text.slice(u.start, u.end), u.decoded, [...syntax, ...inlineMarkupRanges(u.decoded.value)]);
      unit.sentence = sentences.length;
      // The unit's language is the file's: a two-word value is too short to detect reliably.
      paragraphs.push({ index: paragraphs.length, start: u.start, end: u.end, lang, langConfidence: 1 });
      sentences.push({ index: sentences.length, start: u.start, end: u.end, text, paragraph: paragraphs.length - 1 });
    }
    units.push(unit);
  }
  return { file, lang, langFrom, paragraphs, sentences, units };
}
