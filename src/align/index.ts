// Sentence alignment: source ↔ translation beads, the multi-version view, the bead notation and
// the benchmark scorer.
export { alignSentences, alignDocuments, alignMany, documentPair, LexicalCover, lexicalEvidence, type AlignOptions, type AlignPair, type AlignManyOptions, type LexicalEvidence } from './align.js';
export { multiAlign, type KeyedBeads } from './multi.js';
export { formatBead, formatBeads, parseBeads } from './format.js';
export { scoreAlignments, scoreCounts, scoreFromCounts, addCounts, emptyCounts, type AlignScore, type ScoreCounts, type PRF } from './score.js';
export { DEFAULT_TUNING, type AlignTuning } from './tuning.js';
export { crossingSections } from './sections.js';
