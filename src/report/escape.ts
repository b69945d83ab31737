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

/** Document text for an HTML page: escaped, and every control or bidi character shown as a
 *  visible `⟨U+202E⟩` token instead of acting on the text around it. */
export function escapeHtmlText(text: string): string {
  let out = '';
  let last = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    out += escapeHtml(text.slice(last, m.index));
    out += `<span class="ctl" title="invisible control character ${codePoint(m[0])}">⟨${codePoint(m[0])}⟩</span>`;
    last = m.index + 1;
  }
  return out + escapeHtml(text.slice(last));
}

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
