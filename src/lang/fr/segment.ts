import type { SegmentData } from '../segment-data.js';

export const segment: SegmentData = {
  abbreviations: [],
};
