// Escaping for every markup a reporter writes. Document text is untrusted: a translation may hold
// `<script>`, `<img src=x onerror=…>`, `]]>`, control characters or a U+202E RIGHT-TO-LEFT
// OVERRIDE that flips how the rest of a line reads. All of it must come out as inert, visible text.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a double- or single-quoted attribute value in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** Characters that must not reach an HTML page as themselves: C0/C1 controls (but tab and line
 *  ends) and the bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export const codePoint = (c: string): string => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Zero-width characters that hide inside a word ("pass\u200Bword" looks like "password"): shown
 *  as tokens. ZWJ and ZWNJ between two letters, marks or emoji are left alone: they build emoji
 *  sequences (👩‍💻) and Persian or Indic words. */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u180E]|(?<![\p{L}\p{M}\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}])[\u200C\u200D]|[\u200C\u200D](?![\p{L}\p{M}\p{Extended_Pictographic}])/gu;

/** More combining marks than this on one base are folded into a count: 500 accents on one letter
 *  painted over ~900 px of other rows (Vietnamese needs 2 at most; Zalgo text dozens). */
export const MAX_MARKS = 4;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS + 1},}`, 'gu');

/** Document text for an HTML page: escaped, and every control, bidi or zero-width character shown
 *  as a visible `⟨U+202E⟩` token instead of acting on the text around it; a stack of combining
 *  marks keeps its first few and counts the rest. Lengths of the text never matter to the page
 *  (offsets were applied before), so folding is safe. */
export function escapeHtmlText(text: string): string {
  if (!HOSTILE.test(text)) return escapeHtml(text);
  let out = '';
  let last = 0;
  ALL_HOSTILE.lastIndex = 0;
  for (let m = ALL_HOSTILE.exec(text); m; m = ALL_HOSTILE.exec(text)) {
    out += escapeHtml(text.slice(last, m.index));
    const c = m[0];
    if (c.length > 2 && /^\p{M}/u.test(c)) {
      const kept = [...c].slice(0, MAX_MARKS).join('');
      const rest = [...c].length - MAX_MARKS;
      out += `${escapeHtml(kept)}<span class="ctl" title="${rest} more combining marks on this letter">+${rest}◌</span>`;
    } else out += `<span class="ctl" title="invisible character ${codePoint(c)}">⟨${codePoint(c)}⟩</span>`;
    last = m.index + c.length;
  }
  return out + escapeHtml(text.slice(last));
}

const HOSTILE = new RegExp(`${INVISIBLE.source}|${ZERO_WIDTH.source}|${MARK_RUN.source}`, 'u');
const ALL_HOSTILE = new RegExp(`${MARK_RUN.source}|${INVISIBLE.source}|${ZERO_WIDTH.source}`, 'gu');

/** Controls and bidi overrides as visible `⟨U+202E⟩` tokens, for plain-text formats. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `⟨${codePoint(c)}⟩`);
}

/** Characters XML 1.0 forbids even as references: C0 controls but tab/LF/CR, lone surrogates,
 *  U+FFFE/U+FFFF. They are written as the visible text `\u0001` so the file stays well-formed. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute value in XML (JUnit). Line ends in attributes are kept as references so a
 *  parser does not normalise them to spaces. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"'\r\n\t]/g, (c) => {
      switch (c) {
        case '\n':
          return '&#10;';
        case '\r':
          return '&#13;';
        case '\t':
          return '&#9;';
        default:
          return HTML_ENTITIES[c];
      }
    });
}

/** Element text in XML: like escapeXml, but line ends and tabs stay literal (readable logs). */
export function escapeXmlText(text: string): string {
  return text.replace(XML_FORBIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[&<>]/g, (c) => HTML_ENTITIES[c]);
}

const WORD_JOINER = '\u2060';

/** Plain Markdown text (GitHub flavour): every ASCII punctuation character that could start
 *  markup is backslash-escaped, `<` and `&` can no longer open HTML or entities, and `@name`,
 *  `#123` and `https://` get an invisible word joiner so a document quoting "@sama" does not
 *  notify a GitHub user, reference an issue or become a link. Line ends become spaces. */
export function escapeMarkdown(text: string): string {
  return showInvisible(text)
    .replace(/\r\n|[\r\n]/g, ' ')
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&:]/g, (c) => `\\${c}`)
    .replace(/([@#])(?=[\p{L}\p{N}_])/gu, `$1${WORD_JOINER}`)
    .replace(/\\:\/\//g, `\\:${WORD_JOINER}//`)
    .replace(/\b(www)\\\./gi, `$1${WORD_JOINER}\\.`);
}

/** A Markdown code span that holds `text` literally whatever backticks it contains: the fence is
 *  one backtick longer than the longest run inside (CommonMark §6.1). Line ends become ⏎ so the
 *  span stays on its line in a list item. Code spans also keep GitHub from linking @mentions. */
export function codeSpan(text: string): string {
  const flat = showInvisible(text).replace(/\r\n|[\r\n]/g, ' ⏎ ');
  let longest = 0;
  let run = 0;
  for (const c of flat) {
    run = c === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  if (flat === '') return '` `';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Shorten long document text for a snippet, on a code-point boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}
