import type { SegmentData } from '../segment-data.js';

// Vietnamese titles and place prefixes are written with a period before a capitalised name:
// "TP. Hồ Chí Minh" (thành phố), "PGS. TS. Nguyễn Văn A" (phó giáo sư, tiến sĩ), "ThS." (thạc sĩ),
// "Q. Ba Đình" / "Q. 1" (quận), "P. Bến Nghé" (phường). "v.v." is "etc.".
export const segment: SegmentData = {
  abbreviations: ['TP.', 'Tp.', 'TS.', 'PGS.', 'GS.', 'ThS.', 'BS.', 'KS.', 'CN.', 'NXB.', 'Q.', 'P.', 'TT.', 'TX.', 'vs.'],
  terminalAbbreviations: ['v.v.', 'vv.'],
  numberAbbreviations: ['tr.', 'Tr.', 'số.'],
};
