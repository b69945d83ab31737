import type { SegmentData } from '../segment-data.js';

// "il Sig. Rossi", "la Dott.ssa Bianchi", "ad es. Milano", "ecc." (may end a sentence: "mele,
// pere ecc. Il giorno dopo…"), "n. 5", "pag. 12".
export const segment: SegmentData = {
  abbreviations: [
    'Sig.', 'Sigg.', 'Sig.ra', 'Sig.na', 'Dott.', 'Dott.ssa', 'Prof.', 'Prof.ssa', 'Ing.', 'Avv.', 'Arch.', 'Geom.',
    'On.', 'Egr.', 'Gent.', 'Spett.', 'Sen.', 'Mons.', 'S.', 'es.', 'p.es.', 'cfr.', 'vs.', 'ca.', 'vd.',
  ],
  terminalAbbreviations: ['ecc.', 'S.p.A.', 'S.r.l.', 'a.C.', 'd.C.'],
  numberAbbreviations: ['n.', 'N.', 'nr.', 'pag.', 'pagg.', 'p.', 'art.', 'cap.', 'vol.'],
};
