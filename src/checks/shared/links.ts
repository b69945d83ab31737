// Links of a Markdown source and its translation, compared as a documentation site localises them:
// the translation may point at its own language's copy of the same page. These are the same link:
//   https://developer.mozilla.org/en-US/docs/Web/API   →  https://developer.mozilla.org/fr/docs/Web/API
//   https://nodejs.org/en/about                         →  https://nodejs.org/fr/about
//   https://reactjs.org/blog/…  or  https://react.dev/learn  →  https://fr.reactjs.org/blog/…, https://fr.react.dev/learn
//   https://en.wikipedia.org/wiki/Immutable_object      →  https://fr.wikipedia.org/wiki/Objet_immuable (the article in French)
//   /learn/thinking-in-react/                           →  /learn/thinking-in-react
//   https://docs.microsoft.com/en-us/office/…           →  https://learn.microsoft.com/fr-fr/office/… (the site renamed its
//     host; the same page in French: React's "Choosing the State Structure", French translation)
// A localised page has localised section ids ("#function_body" → "#gestion_du_corps_de_la_fonction"),
// so once either side is localised the fragment is not compared.

export interface LinkKey {
  /** Host without "www." and without a language label, path without language segments, query. */
  base: string;
  fragment: string;
  /** A language label or path segment was taken out. */
  localised: boolean;
  /** The language label of the host ("en" of en.wikipedia.org), if any. */
  hostLang: string | null;
  host: string;
  /** Path without language segments, and query: `base` without the host. */
  path: string;
}

const LANG_PART = /^([a-z]{2})(?:[-_][a-z]{2,4})?$/i;

export function linkKey(url: string, langs: readonly string[]): LinkKey {
  let rest = url.trim().replace(/^<|>$/g, '');
  let fragment = '';
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let host = '';
  let hostLang: string | null = null;
  let localised = false;
  const scheme = /^(?:https?:)?\/\//i.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
    const slash = rest.search(/[/?]/);
    host = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase().replace(/^www\./, '');
    rest = slash < 0 ? '' : rest.slice(slash);
    const label = host.split('.');
    const m = label.length > 2 ? LANG_PART.exec(label[0]) : null;
    if (m && langs.includes(m[1].toLowerCase())) {
      hostLang = m[1].toLowerCase();
      host = label.slice(1).join('.');
      localised = true;
    }
  }
  const q = rest.indexOf('?');
  const query = q >= 0 ? rest.slice(q) : '';
  const path = (q >= 0 ? rest.slice(0, q) : rest)
    .split('/')
    .filter((seg) => {
      const m = LANG_PART.exec(seg);
      if (m && langs.includes(m[1].toLowerCase())) {
        localised = true;
        return false;
      }
      return true;
    })
    .join('/')
    .replace(/\/+$/, '')
    // "/api/composition-api-lifecycle.html#onmounted" and "/api/composition-api-lifecycle#onmounted"
    // are one page (Vue's French docs drop the suffix; VitePress, Docusaurus and Hugo serve both),
    // and so are a Markdown source's own name and its page on the site itself (no host: a
    // repository's README.md is a file): Vite's Spanish links "/config/build-options#…" where the
    // English writes "/config/build-options.md#…".
    .replace(host === '' ? /(?:\/index)?\.(?:html?|mdx?)$/i : /(?:\/index)?\.html?$/i, '');
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed escape: compare as written
  }
  return { base: `${host}${decoded}${query}`, fragment, localised, hostLang, host, path: `${decoded}${query}` };
}

/** The registrable part of a host: "microsoft.com" of learn.microsoft.com, "bbc.co.uk" of
 *  www.bbc.co.uk (a two-letter country code under a generic second level takes three labels). */
function siteOf(host: string): string {
  const label = host.split('.');
  const three = label.length >= 3 && label[label.length - 1].length === 2 && SECOND_LEVEL.has(label[label.length - 2]);
  return label.slice(three ? -3 : -2).join('.');
}
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go']);

/** Is `target` the source's link, kept or localised on purpose? */
export function sameLink(source: LinkKey, target: LinkKey): boolean {
  if (source.base === target.base) return source.fragment === target.fragment || source.localised || target.localised;
  // A localised page that differs in case alone: MDN serves its paths whatever their case, and its
  // Spanish links "…/Aligning_items_in_a_flex_container" for "…/Aligning_Items_in_a_Flex_Container".
  if ((source.localised || target.localised) && source.host === target.host && source.base.toLowerCase() === target.base.toLowerCase()) return true;
  // The translation repaired the source's link: React's "Preserving and Resetting State" links
  // "learn/understanding-your-ui-as-a-tree#the-render-tree" (relative: it leads to /learn/learn/…),
  // its French "/learn/understanding-your-ui-as-a-tree#the-render-tree". Only this way round: a
  // translation that drops the slash breaks a link the source had right.
  if (source.host === '' && target.host === '' && !source.base.startsWith('/') && `/${source.base.replace(/^\.\//, '')}` === target.base) return source.fragment === target.fragment || target.localised;
  // A link of the site written out with its host on one side: web-map-doc's French gives
  // "https://maps4html.org/web-map-doc/docs/elements/input/#shard" for "../input/#shard". The
  // relative link's own segments (what "./" and "../" lead to) end the absolute one's path.
  if ((source.host === '') !== (target.host === '') && source.fragment === target.fragment && sameTail(source.host === '' ? source : target, source.host === '' ? target : source)) return true;
  // The same site in the reader's language: en.wikipedia.org/… → fr.wikipedia.org/… (another title),
  // also from the host without a label: React's "Keeping Components Pure" links
  // wikipedia.org/wiki/Pure_function, its French fr.wikipedia.org/wiki/Fonction_pure.
  if (target.hostLang !== null && source.hostLang !== target.hostLang && source.host === target.host) return true;
  // The same page, localised, on another host of the same site: docs.microsoft.com/en-us/… became
  // learn.microsoft.com/fr-fr/…; reactjs.org/docs/… is fr.legacy.reactjs.org/docs/… in React's
  // French "Render and Commit". Only with a real path (two segments at least): a site's home page
  // on another of its hosts may be another page.
  if ((source.localised || target.localised) && source.host !== '' && source.path === target.path && source.path.split('/').filter(Boolean).length >= 2 && siteOf(source.host) === siteOf(target.host)) return true;
  // The same page under the translation's older, localised folders: MDN's French "Using promises"
  // links "/fr/docs/Web/JavaScript/Reference/Instructions/async_function" where the English has
  // "/en-US/docs/Web/JavaScript/Reference/Statements/async_function" (MDN has since moved its French
  // pages to the English folder names). Same host, as many segments, the same first and last
  // (the page's own name) and at most two folders between them renamed.
  if ((source.localised || target.localised) && source.host === target.host && renamedFolders(source.path, target.path)) return true;
  // The same record in the reader's language, under another path of the same host: the WHO's
  // classification links "icd.who.int/browse11/l-m/en#/…/entity/129180281" and, in
  // opensource.guide's French, "icd.who.int/browse/2024-01/mms/fr#129180281" — one entity number.
  return (source.localised || target.localised) && source.host !== '' && source.host === target.host && sharesRecordId(source, target);
}

function renamedFolders(a: string, b: string): boolean {
  const x = a.split('/').filter(Boolean);
  const y = b.split('/').filter(Boolean);
  if (x.length < 3 || y.length < 3 || x[0] !== y[0] || x[x.length - 1].length < 4) return false;
  if (x.length === y.length) {
    if (x[x.length - 1] !== y[y.length - 1]) return false;
    let renamed = 0;
    for (let k = 1; k < x.length - 1; k++) if (x[k] !== y[k]) renamed++;
    return renamed <= 2;
  }
  // A page MDN moved down a folder, reached in the reader's language at its new place: Astro's
  // French links ".../fr/docs/Web/API/Web_components/Using_custom_elements" for the English's
  // ".../en-US/docs/Web/Web_Components/Using_custom_elements" (MDN serves paths in any case).
  // One folder more or less, the page's name the same, the other folders kept (case aside).
  if (Math.abs(x.length - y.length) !== 1 || x[x.length - 1].toLowerCase() !== y[y.length - 1].toLowerCase()) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const folders = new Set(long.slice(1, -1).map((f) => f.toLowerCase()));
  return short.slice(1, -1).every((f) => folders.has(f.toLowerCase()));
}

/** Does the absolute link's path end with the relative link's own segments (one at least)? */
function sameTail(relative: LinkKey, absolute: LinkKey): boolean {
  const own = relative.path.split('/').filter((seg) => seg !== '' && seg !== '.' && seg !== '..');
  if (own.length === 0 || relative.path.startsWith('/')) return false;
  const path = absolute.path.split('/').filter((seg) => seg !== '');
  if (path.length < own.length) return false;
  return own.every((seg, k) => path[path.length - own.length + k] === seg);
}

/** Does `url` lead to the file at `filePath` — its last three path segments at least, the file's
 *  name among them? A page's "Edit this page" link: web-map-doc's French links
 *  ".../edit/main/i18n/fr/docusaurus-plugin-content-docs/current/api/map-extent-api.md", its own
 *  file, where the English links the English file: each the reader's copy of the page. */
export function linksToOwnFile(key: LinkKey, filePath: string): boolean {
  const file = filePath.split(/[\\/]/).filter((seg) => seg !== '');
  const path = key.path.replace(/[?#].*$/, '').split('/').filter((seg) => seg !== '');
  let k = 0;
  while (k < file.length && k < path.length && file[file.length - 1 - k] === path[path.length - 1 - k]) k++;
  return k >= 3 || (k >= 2 && k === file.length);
}

/** A number of six digits or more found in both links (path, query or fragment): a record's id. */
function sharesRecordId(a: LinkKey, b: LinkKey): boolean {
  const ids = (k: LinkKey): string[] => `${k.path}#${k.fragment}`.match(/(?<!\d)\d{6,}(?!\d)/g) ?? [];
  const mine = ids(a);
  return mine.length > 0 && ids(b).some((x) => mine.includes(x));
}
