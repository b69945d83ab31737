// src/corpus: files → decoded text → paragraphs and sentences with exact file offsets, in a language.
export { decode, type Decoded } from './decode.js';
export { readSourceFile, formatOf } from './read.js';
export { langFromName, ISO_639_1 } from './lang-name.js';
export { maskMarkdown, type MarkdownBlocks } from './markdown.js';
export { fileLines, lines } from './lines.js';
export { segmentText, type SegmentOptions, type Segmented } from './segment.js';
export { splitSentences } from './sentences.js';
export { loadDocument, documentFromFile, majorityLang, type LoadOptions } from './document.js';
export { splitByLanguage, countLetters, MIN_LETTERS, type LanguagePart } from './split.js';
