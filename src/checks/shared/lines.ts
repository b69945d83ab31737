// What kind of line a sentence with no counterpart is: the web debris translations pick up.
// Real cases: the Vietnamese seed ends with a hashtag line
//   "#Meta #AI #Llama #GPUCluster #AIModels …" and a credit "Nguồn: https://www.wired.com/story/…";
// the French seed ends with "Source link", "Leave a Reply", "Your email address will not be
// published. Required fields are marked *". None of these is translated content.
import { normKey } from './text.js';

export type LineKind = 'hashtags' | 'url' | 'credit' | 'boilerplate' | 'content';

/** Labels that introduce a source credit when followed by a colon ("Nguồn: …", "Source : …"). */
const CREDIT_LABELS = new Set([
  'nguồn', 'nguon', 'theo', 'ảnh', 'anh', 'source', 'sources', 'credit', 'credits', 'via', 'photo', 'photos',
  'image', 'images', 'quelle', 'quellen', 'bild', 'foto', 'fotos', 'fuente', 'fuentes', 'fonte', 'crédit',
  'crédits', 'crédito', 'créditos', 'original', 'originally published', 'publié initialement', 'traduit de',
  'translated from', 'übersetzt aus', 'traducido de', 'dịch từ', 'lược dịch từ',
]);

/** Labels of links to other articles, followed by a colon ("À lire aussi : …", "Read more: …"). */
const TEASER_LABELS = new Set([
  'à lire aussi', 'a lire aussi', 'lire aussi', 'voir aussi', 'à voir aussi', 'read also', 'also read', 'read more', 'see also',
  'related', 'more', 'lesen sie auch', 'mehr zum thema', 'auch interessant', 'lee también', 'te puede interesar',
  'ver también', 'xem thêm', 'đọc thêm', 'tin liên quan', 'có thể bạn quan tâm',
]);

/** Whole lines that are credits without a colon. */
const CREDIT_LINES = new Set(['source link', 'source', 'original article', 'read the original article', 'lien source', 'quelle link', 'enlace fuente']);

/** Whole lines of web boilerplate (WordPress comment forms, share bars, "read more" links).
 *  Matched as the whole line only: "Partager des données est risqué." is a sentence. */
const BOILERPLATE_LINES = new Set([
  'leave a reply', 'leave a comment', 'cancel reply', 'share this', 'share this article', 'share on facebook',
  'click to share', 'related', 'related posts', 'related articles', 'you may also like', 'like this', 'loading',
  'advertisement', 'read more', 'continue reading', 'comments', 'laisser un commentaire', 'laisser une réponse',
  'répondre', 'annuler la réponse', 'articles similaires', 'partager', 'partager cet article', 'lire la suite',
  'publicité', 'schreibe einen kommentar', 'antworten abbrechen', 'ähnliche beiträge', 'weiterlesen', 'werbung',
  'teilen', 'deja una respuesta', 'deja un comentario', 'cancelar respuesta', 'leer más', 'publicidad', 'compartir',
  'artículos relacionados', 'để lại một bình luận', 'để lại bình luận', 'bài viết liên quan', 'xem thêm', 'chia sẻ',
  'quảng cáo', 'tin liên quan',
]);

/** Normalised prefixes of boilerplate sentences distinctive enough to match at the start of a line:
 *  "Your email address will not be published." "Required fields are marked *". */
const BOILERPLATE_PREFIXES = [
  'your email address will not be published', 'required fields are marked', 'save my name email and website',
  'subscribe to our newsletter', 'sign up for our newsletter', 'all rights reserved',
  'votre adresse e mail ne sera pas publiée', 'votre adresse de messagerie ne sera pas publiée',
  'les champs obligatoires sont indiqués', 'tous droits réservés', 'deine e mail adresse wird nicht veröffentlicht',
  'erforderliche felder sind mit', 'alle rechte vorbehalten', 'tu dirección de correo electrónico no será publicada',
  'los campos obligatorios están marcados', 'todos los derechos reservados',
  'email của bạn sẽ không được hiển thị công khai', 'các trường bắt buộc được đánh dấu',
];

/** Labels a page puts between paragraphs that never begin a sentence of prose. Copied text may
 *  glue one to the next sentence, which has no full stop to split on: "…de rénovation. Advertisement
 *  Les visiteurs peuvent…" (held-out segments: such debris inside a segment was mostly missed). */
// Not "Read more" or "Continue reading": English prose may start so ("Continue reading The Guardian's
// report"); not "Anzeige": a German noun, and German capitalises the noun after it.
const GLUED_LABELS = [
  'advertisement', 'publicité', 'werbung', 'publicidad', 'quảng cáo', 'lire la suite', 'weiterlesen', 'leer más',
  'related posts', 'related articles', 'articles similaires', 'share this article', 'partager cet article',
  'bài viết liên quan', 'tin liên quan',
];

/** Length of a page label glued before a sentence ("Advertisement Les visiteurs peuvent…"): the
 *  label in any case, then white space and a capital letter starting at least three more words;
 *  0 when there is none. */
export function gluedLabel(text: string): number {
  const lower = text.slice(0, 40).toLowerCase();
  for (const label of GLUED_LABELS) {
    if (!lower.startsWith(label)) continue;
    const rest = text.slice(label.length);
    const m = /^\s+(?=\p{Lu})/u.exec(rest);
    if (m && rest.trim().split(/\s+/).length >= 3) return label.length;
  }
  return 0;
}

/** Longer lines are content even when they start like boilerplate ("Share this: a 40-word sentence"). */
const MAX_DEBRIS_CHARS = 240;

/** A line that credits a quotation to its author: "— @benbalter, ["Everything a government
 *  attorney needs to know …"](…)", "— Stephanie Zvan, ["So You've Got Yourself a Policy. Now
 *  What?"](…)", "– @lord on …". The name and the cited title are as the source writes them in
 *  every language: no untranslated text, no paragraph in the wrong language. */
const ATTRIBUTION = /^\s*[—–]\s*(?:@[\w-]{1,40}\b|\p{Lu}[\p{L}\p{M}.'’-]{0,40}(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]{0,40}){0,4}[ \t]*,)/u;

export function isAttribution(text: string): boolean {
  return text.length <= MAX_DEBRIS_CHARS * 2 && ATTRIBUTION.test(text);
}

/** A message a program prints, quoted as it prints it: "TypeError: Cannot read properties of null"
 *  in a console block of React's "useRef" page, which the French translation rightly keeps in
 *  English (the reader will see it in English). A compound type name of an error, exception or
 *  warning, then a colon: "Uncaught ReferenceError: x is not defined", "ValueError: invalid
 *  literal", "DeprecationWarning: …". A bare "Warning:" or "Error:" is not enough: it is also the
 *  label of an admonition in prose ("Warning: back up the file first."), which is translated. */
const PROGRAM_MESSAGE = /^\s*(?:Uncaught\s+)?[A-Z][A-Za-z]{1,40}(?:Error|Exception|Warning):\s+\S/u;

export function isProgramMessage(text: string): boolean {
  return PROGRAM_MESSAGE.test(text);
}

export function classifyLine(text: string): LineKind {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_DEBRIS_CHARS * 2) return 'content';
  const tokens = t.split(/\s+/);
  if (tokens.every((w) => w.startsWith('#') && w.length > 1)) return 'hashtags';
  if (tokens.every(isUrlToken)) return 'url';
  if (t.length > MAX_DEBRIS_CHARS) return 'content';
  const colon = firstColon(t);
  if (colon > 0 && colon <= 40) {
    const label = t.slice(0, colon).replace(/^[(\[]/, '').trim().toLowerCase();
    // "À lire aussi : les nouveaux tramways arrivent" — a teaser for another article.
    if (TEASER_LABELS.has(label) && t.length - colon <= 160) return 'boilerplate';
    if (CREDIT_LABELS.has(label)) {
      // "Theo một ước lượng, …" (According to one estimate) is content: a credit's label is
      // followed by a colon, and what follows is short or a link.
      const rest = t.slice(colon + 1).trim();
      if (rest.length <= 120 || rest.split(/\s+/).every(isUrlToken)) return 'credit';
    }
  }
  const key = normKey(t);
  if (CREDIT_LINES.has(key)) return 'credit';
  if (BOILERPLATE_LINES.has(key)) return 'boilerplate';
  for (const p of BOILERPLATE_PREFIXES) {
    if (key === p || key.startsWith(p + ' ')) return 'boilerplate';
  }
  // "© 2024 Wired. All rights reserved." — a copyright line, short by nature.
  if (t.length <= 120 && (t.startsWith('©') || /^copyright\s*(?:©|\(c\)|\d{4})/i.test(t))) return 'boilerplate';
  return 'content';
}

function firstColon(t: string): number {
  const limit = Math.min(t.length, 42);
  for (let i = 0; i < limit; i++) if (t[i] === ':' || t[i] === '：') return i;
  return -1;
}

export function isUrlToken(w: string): boolean {
  const s = w.replace(/^[(<\[“"']+/, '').toLowerCase();
  return s.startsWith('http://') || s.startsWith('https://') || s.startsWith('www.');
}

// A translator's note: text the translator added on purpose and marked as theirs — fr.react.dev
// translates an English console message in an added line "*(« Avertissement : chaque enfant d'une
// liste devrait avoir une prop "key" unique », NdT.)*". Marked, it is no accident to report.
// The marker must stand as a note's label: first in the text or after "(" "[" "," "—", and before
// ")" "]" ":" or the end ("…, NdT.)", "(N.d.T. : …)"), so that "NDT" in running text
// (non-destructive testing) is not one.
const NOTE_MARKERS = [
  'ndt', 'n.d.t', 'n. d. t', // fr, it (a final full stop is allowed after every marker)
  'note du traducteur', 'note de la traductrice', 'note de traduction', // fr
  'n. del t', 'nota del traductor', 'nota de la traductora', // es
  'nota del traduttore', 'nota della traduttrice', // it
  'anm. d. übers', 'anm. d. ü', 'anmerkung des übersetzers', 'anmerkung der übersetzerin', // de
  'n. do t', 'nota do tradutor', // pt
  "translator's note", 'translator’s note', 'translators note', // en
  'ghi chú của người dịch', 'chú thích của người dịch', 'lời người dịch', // vi
];
const NOTE_RE = new RegExp(
  `(?:^|[(\\[,;—–-]\\s*)(?:${NOTE_MARKERS.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.?\\s*(?:[)\\]:]|$)`,
  'iu',
);

export function isTranslatorsNote(text: string): boolean {
  // Asterisks and underscores of Markdown emphasis around the note ("*(…, NdT.)*") do not count.
  const t = text.replace(/[*_]+$/u, '').trimEnd();
  return t.length <= 600 && NOTE_RE.test(t);
}
