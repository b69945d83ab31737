// Pathological document text for the linearity tests: each pattern repeats a unit that sits on a
// decision point of some scanner or regular expression (a separator that may or may not group
// digits, a period that may or may not end a sentence, markup that may or may not open a span),
// so a backtracking or rescanning implementation would show quadratic growth on it.
import { EN_TEXT } from '../report/seed-texts.js';

export interface Pattern {
  name: string;
  /** A string of about `n` UTF-16 code units. */
  make(n: number): string;
}

const repeat = (unit: string, n: number, head = '', tail = ''): string =>
  head + unit.repeat(Math.max(1, Math.ceil((n - head.length - tail.length) / unit.length))) + tail;

const unit = (name: string, u: string, head = '', tail = ''): Pattern => ({ name, make: (n) => repeat(u, n, head, tail) });

export const PATTERNS: readonly Pattern[] = [
  // Numbers: separators that may group digits ("100,000", "100.000", "100 000") or not.
  unit('1,1,1,…', '1,'),
  unit('1.1.1.…', '1.'),
  unit('1 1 1 …', '1 '),
  unit('1␣(NBSP)1…', '1\u00a0'),
  unit('1␣(NNBSP)1…', '1\u202f'),
  unit('100 000 000 …', ' 000', '100', ' dollars'),
  unit('100\u00a0000\u00a0… (NBSP groups)', '\u00a0000', '1', ' €'),
  unit('1.000.000… (dot groups)', '.000', '1', ' đồng'),
  unit('digits, one number', '7', 'Il y a ', ' personnes.'),
  unit('1000…0001 (zeros)', '0', '1', '1'),
  unit('$1$1$…', '$1'),
  unit('1%1%…', '1%'),
  unit('1-1-1-…', '1-'),
  unit('1/1/1…', '1/'),
  unit('1:1:1…', '1:'),
  unit('12:30 12:30 …', '12:30 '),
  unit(':a:a:a… (Laravel placeholders)', ':a'),
  unit('{0} a :count|{0} a :count|… (choice forms)', '{0} a :count|'),
  unit('[1,*] |[1,*] |… (choice intervals)', '[1,*] x|'),
  unit('2023-01-02 …', '2023-01-02 '),
  unit('-1 -1 …', '-1 '),
  unit('1,5 % 1,5 % …', '1,5 % '),
  unit('3. + digits (German ordinal)', '1', 'Es geschah am 3. ', 'x ist es.'),
  unit('spelled numbers', 'one hundred and twenty-three thousand ', 'It cost ', 'dollars.'),
  unit('vi scale words', 'một trăm nghìn tỷ ', 'Có ', 'người.'),
  // White space and punctuation.
  unit('spaces', ' ', 'a', 'b'),
  unit('NBSP', '\u00a0', 'a', 'b'),
  unit('tabs and spaces', ' \t', 'Word', '.'),
  unit('periods', '.'),
  unit('period space', '. '),
  unit('a.a.a.…', 'a.'),
  unit('A. A. A. … (initials)', 'A. '),
  unit('U.S. U.S. …', 'U.S. '),
  unit('Dr. Dr. …', 'Dr. '),
  unit('z. B. z. B. …', 'z. B. '),
  unit('ellipsis …', '…'),
  unit('... ... …', '... '),
  unit('?!?!', '?!'),
  unit('commas', ','),
  unit('dashes', '-'),
  unit('em dashes — —', ' — '),
  unit('parentheses (((', '('),
  unit('closing )))', ')'),
  // Quotes.
  unit('straight quotes', '"'),
  unit('curly quotes “”', '“a” '),
  unit('guillemets « »', '« a » '),
  unit("apostrophes '''", "'"),
  unit('quote period', '."'),
  // Marks and scripts.
  unit('combining marks', '\u0301', 'e', ' x'),
  unit('a + combining mark', 'a\u0301'),
  unit('emoji', '😀'),
  unit('emoji with spaces', '😀 '),
  unit('lone surrogates', '\ud800'),
  unit('mixed-script words', 'Latinкириллица ', '', '.'),
  unit('mixed script letter by letter', 'aб'),
  unit('Vietnamese syllables', 'người ', 'Những ', 'đó.'),
  unit('bidi overrides', '\u202e\u2066a\u2069\u202c '),
  unit('zero-width joiners', 'a\u200d'),
  // Hashtags, mentions, URLs, e-mail.
  unit('####', '#'),
  unit('#a#a#a', '#a'),
  unit('#tag #tag', '#tag '),
  unit('@@@@', '@'),
  unit('@a@a@a', '@a'),
  unit('a@a.a@a.', 'a@a.'),
  unit('http://http://…', 'http://'),
  unit('https://a.b/ repeated', 'https://a.b/'),
  unit('www.www.…', 'www.'),
  unit('://://', '://'),
  // Markdown and HTML.
  unit('[[[[', '['),
  unit('](](](', ']('),
  unit('[a](', '[a]('),
  unit('backticks', '`'),
  unit('``a``', '``a'),
  unit('<!-- <!--', '<!--'),
  unit('<a <a <a', '<a '),
  unit('<<<<', '<'),
  unit('****', '*'),
  unit('* * * *', '* '),
  unit('____', '_'),
  unit('||||', '|'),
  unit('====', '='),
  unit('> > > >', '> '),
  unit('\\\\\\\\', '\\'),
  unit('&amp;&amp;', '&amp;'),
  // Codes and names.
  unit('H100H100…', 'H100'),
  unit('GPT-4-4-4…', '-4', 'GPT'),
  unit('a-a-a-a', 'a-'),
  unit("l'l'l'l", "l'"),
  unit('Q1 Q1 …', 'Q1 '),
  unit('Llama 4 Llama 4', 'Llama 4 '),
  unit('camelCase', 'aB'),
  unit('CAPS WORDS', 'ABC '),
  unit('Capitalised Words Run', 'Jensen ', '', 'Huang.'),
  unit('xAa glued capitals', 'xAa Bb'),
  unit("Capitalised words, each cut by an apostrophe", "Aa Bb'c "),
  // Key chords (checks/shared/chords.ts): modifiers without a key, joined without end.
  unit('Ctrl+Ctrl+Ctrl+…', 'Ctrl+'),
  unit('Ctrl + Shift + …', 'Ctrl + Shift + '),
  unit('⌘⌘⌘⌘', '⌘'),
  unit('Ctrl-Alt-Ctrl-…', 'Ctrl-Alt-'),
  // A broken ICU plural's skeleton, read without a parser (catalog/placeholders.ts).
  unit('ICU skeleton: one { one { …', 'one {', '{n, plural, '),
  unit('ICU skeleton: {n, plural, {n, plural, …', '{n, plural, '),
  // Words.
  unit('one long word', 'a'),
  unit('one long capitalised word', 'b', 'A'),
  unit('the same word twice, repeated', 'the the '),
  unit('repeated sentence', 'The company expects even more growth next year. '),
];

/** Ordinary prose of about `n` code units: the English seed article, repeated (paragraph breaks kept). */
export function normalText(n: number): string {
  return repeat(`${EN_TEXT}\n`, n);
}

/** One ordinary paragraph of about `n` code units (no line breaks): the fair comparison for
 *  patterns that are one paragraph too. */
export function normalParagraph(n: number): string {
  return repeat(`${EN_TEXT.replace(/\n/g, ' ')} `, n);
}
