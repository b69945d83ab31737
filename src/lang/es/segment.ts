import type { SegmentData } from '../segment-data.js';

// "el Sr. García", "p. ej. Madrid", "EE. UU." (may end a sentence: "viajó a EE. UU. El lunes…"),
// "núm. 5", "pág. 12".
export const segment: SegmentData = {
  abbreviations: [
    'Sr.', 'Sra.', 'Srta.', 'Sres.', 'Dr.', 'Dra.', 'D.', 'Dña.', 'Ud.', 'Uds.', 'Lic.', 'Ing.', 'Prof.',
    'Excmo.', 'Excma.', 'Sto.', 'Sta.', 'p. ej.', 'aprox.', 'vs.', 'Avda.', 'Av.',
  ],
  terminalAbbreviations: ['EE. UU.', 'etc.', 'S. A.', 'S.A.', 'Cía.'],
  numberAbbreviations: ['núm.', 'Núm.', 'pág.', 'págs.', 'art.', 'cap.', 'vol.', 'n.'],
};
