import type { SegmentData } from '../segment-data.js';

// German capitalises every noun, so "z. B. Äpfel" and "am 3. Oktober" look like sentence ends
// to a generic segmenter. "usw." may end a sentence; "Nr. 7" and "S. 12" stand before numbers.
export const segment: SegmentData = {
  abbreviations: [
    'z. B.', 'd. h.', 'u. a.', 'v. a.', 'o. ä.', 's. o.', 's. u.', 'u. U.', 'i. d. R.', 'z. T.', 'Dr.', 'Prof.',
    'Hr.', 'Fr.', 'St.', 'bzw.', 'vs.', 'ca.', 'vgl.', 'ggf.', 'evtl.', 'inkl.', 'sog.', 'zzgl.', 'Dipl.', 'Ing.',
    // Amounts: "1,5 Mio. Euro", "3 Mrd. Dollar", "20 Tsd. Besucher".
    'Mio.', 'Mrd.', 'Tsd.',
  ],
  // Units of time end sentences as often as they stand before a noun ("nach 5 Min. Wartezeit").
  terminalAbbreviations: ['usw.', 'etc.', 'Jh.', 'Jhd.', 'u. Ä.', 'GmbH.', 'Std.', 'Min.', 'Sek.'],
  numberAbbreviations: ['Nr.', 'S.', 'Abs.', 'Bd.', 'Str.', 'Tel.'],
  ordinals: {
    before: ['am', 'vom', 'zum', 'bis', 'seit', 'ab', 'im', 'der', 'die', 'das', 'den', 'dem', 'des', 'ihr', 'sein', 'jeden'],
    after: [
      'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
      'november', 'dezember', 'jahrhundert', 'jahrhunderts', 'platz', 'stock', 'klasse', 'weltkrieg', 'weltkriegs',
    ],
  },
};
