// What sentence segmentation needs to know about a language: abbreviations that end in a period
// but do not end a sentence ("Mr.", "U.S.", "M.", "TP.").
export interface SegmentData {
  abbreviations: string[];
}
