import type { SegmentData } from '../segment-data.js';

// "Mr. Smith", "the U.S. Senate" (far more common in news than "U.S." ending a sentence),
// "e.g. Paris", "Apple Inc. said", "No. 5".
export const segment: SegmentData = {
  abbreviations: [
    'Mr.', 'Mrs.', 'Ms.', 'Mx.', 'Dr.', 'Prof.', 'St.', 'Mt.', 'Gen.', 'Gov.', 'Sen.', 'Rep.', 'Lt.', 'Col.',
    'Capt.', 'Sgt.', 'Rev.', 'Hon.', 'Pres.', 'U.S.', 'U.K.', 'U.N.', 'e.g.', 'i.e.', 'vs.', 'cf.', 'viz.', 'approx.',
  ],
  terminalAbbreviations: ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'Bros.', 'Jr.', 'Sr.', 'a.m.', 'p.m.', 'et al.'],
  numberAbbreviations: ['No.', 'Nos.', 'Fig.', 'Figs.', 'Vol.', 'vol.', 'p.', 'pp.', 'ch.', 'Ch.', 'Sec.', 'Art.', 'ref.', 'Ref.'],
};
