import type { SegmentData } from '../segment-data.js';

// "M. Macron a déclaré", "Mme Dupont" (no period: nothing to do), "p. ex. Paris", "etc. Puis".
export const segment: SegmentData = {
  abbreviations: [
    'M.', 'MM.', 'Mme.', 'Mmes.', 'Mlle.', 'Mlles.', 'Dr.', 'Pr.', 'Me.', 'Mgr.', 'St.', 'Ste.',
    'p. ex.', 'c.-à-d.', 'cf.', 'env.', 'vs.', 'av. J.-C.', 'apr. J.-C.',
  ],
  terminalAbbreviations: ['etc.', 'J.-C.'],
  numberAbbreviations: ['p.', 'pp.', 'no.', 'No.', 'art.', 'chap.', 'vol.', 'fig.', 't.', 'réf.', 'Réf.'],
};
