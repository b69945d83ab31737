// Inline markup inside catalog values: what a documentation toolchain renders as code, a reference
// or nothing, never as prose. Sphinx projects are translated through gettext catalogs whose
// messages are reStructuredText (the French Python documentation: "With ``for w in words:``, the
// example…" → "Avec ``for w in words:``, l'exemple…"), and Markdown-flavoured JSON catalogs write
// `code` the same way. Read as prose, the literal was "in words" left untranslated, its "?" wanting
// a French no-break space, a cross-reference ":ref:`f-strings`" an untranslated sentence and
// ":term:`muables <mutable>`" an HTML tag <mutable>.
//
// Blanked for the text checks (the same way as placeholders): inline literals (``…``, `…`), roles
// (:ref:`…`, :func:`…`), the target of a hyperlink reference (`Python <https://…>`_ keeps its
// text) and footnote references ([#]_, [1]_). The literal-block marker that ends a paragraph
// ("…arguments. ::" is shown "…arguments.", "…content::" is shown "…content:") is read by
// shownText, for the checks of punctuation.
// Every pattern is a single token with bounded repetition: linear on hostile input.

/** ``literal``, :role:`text`, `text`_, `text <target>`_, `code` — one alternative each. */
const INLINE = /(:[A-Za-z][\w:+.-]{0,40}:)?``[^`\n]{1,400}?``|(:[A-Za-z][\w:+.-]{0,40}:)?`([^`\n]{1,400}?)`(_{1,2})?(:[A-Za-z][\w:+.-]{0,40}:)?/g;
/** The target of a hyperlink reference's text: "Python <https://www.python.org>". */
const LINK_TARGET = /\s<[^<>\s]{1,400}>$/;
/** [#]_, [#note]_, [1]_, [*]_, [CIT2002]_ */
const FOOTNOTE = /\[(?:#[\w-]{0,40}|\d{1,4}|\*|[A-Za-z][\w-]{0,40})\]_/g;

/** One inline mark: a literal or role (all markup), or a hyperlink reference whose text the
 *  reader sees. */
interface Mark {
  start: number;
  end: number;
  /** A hyperlink reference: its URL (null for "`text`_"), where the markup after its text starts
   *  (" <url>`_", or "`_"), and whether the "_" that makes it a link is there. */
  link?: { url: string | null; urlAt: number; closed: boolean };
}

/** The inline marks of a value, read once for both masking and link comparison. A hyperlink
 *  reference keeps its text, which the reader sees — also when the translation lost the "_"
 *  (Godot's French "`Discover Godot 3, the Free game engine <https://youtu.be/…>`": the placeholder
 *  check reports the broken link; its text is still the title the source gives). A role or a
 *  literal is code or a reference the toolchain resolves. */
function marks(value: string): Mark[] {
  if (!value.includes('`')) return [];
  const out: Mark[] = [];
  INLINE.lastIndex = 0;
  for (const m of value.matchAll(INLINE)) {
    const start = m.index;
    const end = start + m[0].length;
    const body = m[3];
    const target = body !== undefined && m[2] === undefined && m[5] === undefined ? LINK_TARGET.exec(body) : null;
    if (body !== undefined && m[2] === undefined && (m[4] !== undefined || target)) {
      const urlAt = target ? start + 1 + target.index : end - 1 - (m[4]?.length ?? 0);
      out.push({ start, end, link: { url: target ? target[0].trim().slice(1, -1) : null, urlAt, closed: m[4] !== undefined } });
    } else out.push({ start, end });
  }
  return out;
}

/** Value ranges that are markup, not text; empty for a value with none of the marks. */
export function inlineMarkupRanges(value: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of marks(value)) {
    if (m.link) {
      out.push([m.start, m.start + 1]);
      out.push([m.link.urlAt, m.end]);
    } else out.push([m.start, m.end]);
  }
  if (value.includes(']_')) {
    FOOTNOTE.lastIndex = 0;
    for (const m of value.matchAll(FOOTNOTE)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** reST hyperlink references of a value, by URL: "`Godot <https://godotengine.org>`_" gives
 *  "https://godotengine.org" with `closed` true; the same without its "_" (shown as plain text by
 *  Sphinx) gives `closed` false. Anonymous ("__") references count as closed. */
export function linkReferences(value: string): { target: string; closed: boolean }[] {
  if (!value.includes('>`')) return [];
  const out: { target: string; closed: boolean }[] = [];
  for (const m of marks(value)) if (m.link?.url) out.push({ target: m.link.url, closed: m.link.closed });
  return out;
}

/** The literal-block marker ending a paragraph ("…arguments. ::", "…content::"), from the white
 *  space before it: [start, end) of the value, or null. The masked text keeps it — a colon says
 *  the code follows, so "…et :mod:`tarfile` ::" is no sentence cut after "et" — and shownText
 *  reads it as reST shows it. */
function blockMarker(value: string): [number, number] | null {
  const trimmed = value.trimEnd();
  if (!trimmed.endsWith('::') || trimmed.endsWith(':::')) return null;
  let start = trimmed.length - 2;
  while (start > 0 && /\s/.test(trimmed[start - 1])) start--;
  return [start, trimmed.length];
}

/** The value as its reader sees the prose: code and references each become one "·" (neither
 *  letter, digit nor space, so no spacing or end-mark rule reads into them). The literal-block
 *  marker announces the code that follows, whatever its spacing: reST shows "range::" as "range:"
 *  and "range ::" as "range", but the French Python documentation writes "un range ::", "contenu :
 *  ::" and "intervalle : ::" for the one English "range::" — with `endMark`, each is read as ending
 *  in a colon, so a spacing habit is no changed end mark ("arguments. ::" still ends in its full
 *  stop); without, the marker is dropped, and no spacing rule reads it. A value without markup is
 *  returned as it is. */
export function shownText(value: string, endMark = false): string {
  if (!value.includes('`') && !value.includes(']_') && !value.trimEnd().endsWith('::')) return value;
  const marker = blockMarker(value);
  const shown = marker ? value.slice(0, marker[0]) : value;
  const ranges = inlineMarkupRanges(shown).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    out += `${shown.slice(at, s)}·`;
    at = e;
  }
  out += shown.slice(at);
  // "content::" is shown "content:"; "content ::" and "contenu : ::" are read as ending in a
  // colon only for the end mark (see above), never for a spacing rule.
  if (marker && (endMark || marker[1] - marker[0] === 2) && !/[.:!?…;,]$/.test(out.trimEnd())) out = `${out.trimEnd()}:`;
  return out;
}
