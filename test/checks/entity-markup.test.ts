// entity on Markdown: links and heading anchors as the parser found them. A link localised on
// purpose is the same link; a dropped, changed or mistyped link and a translated anchor are found.
import { describe, expect, it } from 'vitest';
import { entity } from '../../src/checks/entity.js';
import { linkKey, sameLink } from '../../src/checks/shared/links.js';
import { documentFromFile } from '../../src/corpus/index.js';
import type { Document } from '../../src/types/index.js';
import { makeAlignment, makeContext } from '../helpers/make.js';

const md = (lang: string, text: string, format: 'markdown' | 'mdx' = 'markdown'): Document =>
  documentFromFile({ path: `${lang}.${format === 'mdx' ? 'mdx' : 'md'}`, text, encoding: 'utf-8', format }, { detectParagraphs: false });

/** One sentence per paragraph on both sides, aligned 1-1. */
const run = (en: string, lang: string, tgt: string, format: 'markdown' | 'mdx' = 'markdown') => {
  const ctx = makeContext(makeAlignment(md('en', en, format), md(lang, tgt, format)));
  return { ctx, found: entity.run(ctx) };
};

describe('links localised on purpose are the same link', () => {
  const same: [string, string][] = [
    ['https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/slice', 'https://developer.mozilla.org/fr/docs/Web/JavaScript/Reference/Global_Objects/Array/slice'],
    ['https://developer.mozilla.org/docs/web/javascript/reference/statements/export', 'https://developer.mozilla.org/fr/docs/web/javascript/reference/statements/export'],
    ['https://nodejs.org/en/about', 'https://nodejs.org/fr/about'],
    ['https://reactjs.org/blog/2020/09/22/introducing-the-new-jsx-transform.html', 'https://fr.reactjs.org/blog/2020/09/22/introducing-the-new-jsx-transform.html'],
    ['https://react.dev/learn', 'https://fr.react.dev/learn'],
    ['https://en.wikipedia.org/wiki/Immutable_object', 'https://fr.wikipedia.org/wiki/Objet_immuable'],
    // React's "Keeping Components Pure" in French: the source's host has no language label.
    ['https://wikipedia.org/wiki/Pure_function', 'https://fr.wikipedia.org/wiki/Fonction_pure'],
    ['/learn/thinking-in-react/', '/learn/thinking-in-react'],
    ['https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Functions/Arrow_functions#function_body', 'https://developer.mozilla.org/fr/docs/Web/JavaScript/Reference/Functions/Arrow_functions#gestion_du_corps_de_la_fonction'],
    // React's "Choosing the State Structure" in French: Microsoft renamed the host of its docs.
    ['https://docs.microsoft.com/en-us/office/troubleshoot/access/database-normalization-description', 'https://learn.microsoft.com/fr-fr/office/troubleshoot/access/database-normalization-description'],
    // React's "Render and Commit" in French: the old docs' French copy, on a language-labelled host.
    ['https://reactjs.org/docs/optimizing-performance.html', 'https://fr.legacy.reactjs.org/docs/optimizing-performance.html'],
    // React's "Preserving and Resetting State" in French: the translation repaired the source's
    // relative link (it led to /learn/learn/…).
    ['learn/understanding-your-ui-as-a-tree#the-render-tree', '/learn/understanding-your-ui-as-a-tree#the-render-tree'],
    // Vue's French "Lifecycle Hooks": one page with or without ".html" (VitePress serves both)
    ['/api/composition-api-lifecycle.html#onmounted', '/api/composition-api-lifecycle#onmounted'],
    ['/guide/index.html', '/guide/'],
    // MDN's French "Using promises": the page under the old French folder names
    ['/en-US/docs/Web/JavaScript/Reference/Statements/async_function', '/fr/docs/Web/JavaScript/Reference/Instructions/async_function'],
    ['/en-US/docs/Web/JavaScript/Reference/Global_Objects/Promise/then', '/fr/docs/Web/JavaScript/Reference/Objets_globaux/Promise/then'],
    // Astro's French "Client-side scripts": the page MDN moved a folder down, in French
    ['https://developer.mozilla.org/en-US/docs/Web/Web_Components/Using_custom_elements', 'https://developer.mozilla.org/fr/docs/Web/API/Web_components/Using_custom_elements'],
  ];
  it.each(same)('%s ≡ %s', (a, b) => {
    expect(sameLink(linkKey(a, ['en', 'fr']), linkKey(b, ['en', 'fr']))).toBe(true);
  });

  it.each([
    ['/reference/react-dom/components/common', '/reference/react-dom/comComponents/common'],
    ['https://www.lyon.fr/velo', 'https://www.lyon.fr/velos'],
    ['/learn/state#adding', '/learn/state#removing'],
    // another site with the same path, another page of the same site, a home page on another host
    ['https://docs.microsoft.com/en-us/office/troubleshoot/access/database-normalization-description', 'https://learn.example.com/fr-fr/office/troubleshoot/access/database-normalization-description'],
    ['https://docs.microsoft.com/en-us/office/troubleshoot/access/database-normalization-description', 'https://learn.microsoft.com/fr-fr/office/troubleshoot/access/database-design'],
    ['https://docs.microsoft.com/en-us/office', 'https://learn.microsoft.com/fr-fr/office'],
    ['https://reactjs.org/docs/optimizing-performance.html', 'https://legacy.reactjs.org/docs/hooks-intro.html'],
    ['https://reactjs.org/docs/optimizing-performance.html', 'https://fr.example.org/docs/optimizing-performance.html'],
    ['https://docs.microsoft.com/office/troubleshoot/access/database-normalization-description', 'https://learn.microsoft.com/office/troubleshoot/access/database-normalization-description'],
    // …but a translation that drops the slash breaks a link the source had right
    ['/learn/understanding-your-ui-as-a-tree#the-render-tree', 'learn/understanding-your-ui-as-a-tree#the-render-tree'],
    ['learn/understanding-your-ui-as-a-tree#the-render-tree', '/learn/understanding-your-ui-as-a-tree#the-ui-tree'],
    ['/api/composition-api-lifecycle.html#onmounted', '/api/options-lifecycle#mounted'],
    // another page of the same name: one folder renamed is not enough without a language segment,
    // and the page's own name must be the same
    ['/docs/Web/API/Element/click', '/docs/Web/API/HTMLElement/click'],
    ['/en-US/docs/Web/JavaScript/Reference/Statements/async_function', '/fr/docs/Web/JavaScript/Reference/Instructions/function'],
    ['/en-US/docs/Web/JavaScript/Reference/Statements/async_function', '/fr/docs/Web/JavaScript/async_function'],
    // a folder more, but neither link in a language of the pair; a folder more and one lost
    ['https://developer.mozilla.org/docs/Web/Web_Components/Using_custom_elements', 'https://developer.mozilla.org/docs/Web/API/Web_components/Using_custom_elements'],
    ['https://developer.mozilla.org/en-US/docs/Web/Web_Components/Using_custom_elements', 'https://developer.mozilla.org/fr/docs/API/Web_components/Guide/Using_custom_elements'],
    // another article, neither host labelled with a language
    ['https://wikipedia.org/wiki/Pure_function', 'https://wikipedia.org/wiki/Fonction_pure'],
  ])('%s ≢ %s', (a, b) => {
    expect(sameLink(linkKey(a, ['en', 'fr']), linkKey(b, ['en', 'fr']))).toBe(false);
  });

  it('a real French page: MDN links moved to /fr/ raise nothing', () => {
    const { found } = run(
      'Unfortunately, [`slice`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/slice) and [`splice`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/splice) are named similarly but are very different.',
      'fr',
      'Malheureusement, [`slice`](https://developer.mozilla.org/fr/docs/Web/JavaScript/Reference/Global_Objects/Array/slice) et [`splice`](https://developer.mozilla.org/fr/docs/Web/JavaScript/Reference/Global_Objects/Array/splice) ont des noms similaires mais sont très différents.',
    );
    expect(found).toEqual([]);
  });
});

describe('links that are not the same', () => {
  it('a dropped link: the text is translated, the link is gone', () => {
    const { ctx, found } = run(
      'See the [city council](https://www.lyon.fr/velo) for details.',
      'fr',
      'Voir le conseil municipal pour les détails.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: 'entity', message: 'the link “https://www.lyon.fr/velo” of the source is missing from the translation', expected: 'https://www.lyon.fr/velo' });
    expect(ctx.alignment.source.file.text.slice(found[0].source!.start, found[0].source!.end)).toBe('[city council](https://www.lyon.fr/velo)');
  });

  it('a changed link target is named, at the target link', () => {
    const { ctx, found } = run('According to the [city council](https://www.lyon.fr/velo).', 'fr', 'Selon le [conseil municipal](https://www.lyon.fr/velos).');
    expect(found).toHaveLength(1);
    expect(found[0].actual).toBe('https://www.lyon.fr/velos');
    expect(ctx.alignment.target.file.text.slice(found[0].target!.start, found[0].target!.end)).toBe('[conseil municipal](https://www.lyon.fr/velos)');
  });

  it('the Vietnamese React page: a mistyped link is found even where the English sentence was kept too', () => {
    const en = 'You can [find all these attributes in the list of DOM component props.](/reference/react-dom/components/common)';
    const vi = [
      'You can [find all these attributes in the list of DOM component props.](/reference/react-dom/components/common)',
      'Bạn có thể [tìm tất cả các thuộc tính này trong danh sách các DOM component props.](/reference/react-dom/comComponents/common)',
    ].join('\n\n');
    const { found } = run(en, 'vi', vi);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actual: '/reference/react-dom/comComponents/common', expected: '/reference/react-dom/components/common' });
  });
});

describe('heading anchors', () => {
  it('an anchor kept as it is raises nothing; a translated one breaks deep links and is found', () => {
    const en = '## Node heartbeats {#node-heartbeats}\n\nNodes send heartbeats.\n\n## Node controller {#node-controller}\n\nThe controller watches nodes.';
    const kept = '## Nhịp tim của node {#node-heartbeats}\n\nCác node gửi nhịp tim.\n\n## Bộ điều khiển node {#node-controller}\n\nBộ điều khiển theo dõi các node.';
    expect(run(en, 'vi', kept).found).toEqual([]);
    const translated = kept.replace('{#node-controller}', '{#bo-dieu-khien-node}');
    const { ctx, found } = run(en, 'vi', translated);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: 'node-controller', actual: 'bo-dieu-khien-node' });
    expect(ctx.alignment.target.file.text.slice(found[0].target!.start, found[0].target!.end)).toBe('Bộ điều khiển node {#bo-dieu-khien-node}');
  });

  it('MDX {/*id*/} anchors of the React docs, kept in French: nothing', () => {
    const en = '## Defining a component {/*defining-a-component*/}\n\nHere is how.';
    const fr = '## Définir un composant {/*defining-a-component*/}\n\nVoici comment.';
    expect(run(en, 'fr', fr, 'mdx').found).toEqual([]);
  });
});

describe('a link trailing its sentence, all markup (its text is code)', () => {
  // The React docs' "state-a-components-memory" in French and Vietnamese: the list item ends in the
  // link, so the sentence stops before it; in English the link stands mid-sentence.
  const EN = '* How to add a state variable with the [`useState`](/reference/react/useState) Hook\n';
  it('is the sentence’s link: present in the translation, nothing is reported', () => {
    const { found } = run(EN, 'fr', '* Comment ajouter une variable d’état avec le Hook [`useState`](/reference/react/useState)\n');
    expect(found.map((f) => f.message)).toEqual([]);
  });

  it('is still compared: a mistyped trailing link is found, and a dropped one too', () => {
    const typo = run(EN, 'fr', '* Comment ajouter une variable d’état avec le Hook [`useState`](/reference/react/useStat)\n');
    expect(typo.found.map((f) => f.message)).toEqual([expect.stringContaining('/reference/react/useStat')]);
    const dropped = run(EN, 'fr', '* Comment ajouter une variable d’état avec le Hook `useState`\n');
    expect(dropped.found.map((f) => f.message)).toEqual([expect.stringContaining('missing from the translation')]);
  });
});

describe('inline code: an identifier replaced by another', () => {
  const codeFindings = (en: string, fr: string) => run(en, 'fr', fr).found.filter((f) => f.message.startsWith('the code'));

  it('"`activeIndex`" for "`isActive`" (React, Sharing State Between Components, French)', () => {
    const { ctx, found } = run(
      "Initially, `Accordion`'s `activeIndex` is `0`, so the first `Panel` receives `isActive = true`.",
      'fr',
      "Au départ, la valeur de `isActive` de l'`Accordion` vaut `0`, le premier `Panel` reçoit donc `isActive = true`.",
    );
    const f = found.filter((x) => x.message.startsWith('the code'));
    expect(f.map((x) => x.message)).toEqual(['the code “activeIndex” of the source is “isActive” in the translation']);
    expect(ctx.alignment.target.file.text.slice(f[0].target!.start, f[0].target!.end)).toBe('`isActive`');
  });

  it.each([
    ['a code span dropped for words', 'Each `Panel` component has a boolean `isActive` state.', 'Chaque panneau a une variable d’état booléenne `isActive`.'],
    ['code that is words, translated', "The button says `'Show'` until you click it.", "Le bouton affiche `'Afficher'` jusqu’à ce que vous cliquiez dessus."],
    ['the same identifiers in another order', 'Pass `title` and `children` to `Panel`.', 'Passez à `Panel` les props `children` et `title`.'],
    ['an identifier added to explain', 'The parent passes the value down.', 'Le parent passe la valeur `isActive` vers le bas.'],
  ])('%s: nothing', (_, en, fr) => {
    expect(codeFindings(en, fr)).toEqual([]);
  });
});

describe('inline code: a mistyped identifier', () => {
  const codeFindings = (en: string, lang: string, tgt: string) => run(en, lang, tgt).found.filter((f) => f.message.startsWith('the code'));

  it('"`isPackee`" beside a correct "`isPacked`" (React, Conditional Rendering, Vietnamese, one letter changed)', () => {
    const { ctx, found } = run(
      'If the `isPacked` prop is `true`, this code **returns a different JSX tree.** With this change, some of the items get a checkmark at the end.',
      'vi',
      'Nếu thuộc tính `isPackee` là `true`, đoạn code trên sẽ chỉ **trả về những phần tử `Item` có thuộc tính `isPacked` thỏa mãn điều kiện đó.** Như vậy ta sẽ có được kết quả như bên dưới.',
    );
    const f = found.filter((x) => x.message.startsWith('the code'));
    expect(f.map((x) => x.message)).toEqual(['the code “isPackee” of the translation is not in the source, which has “isPacked”: a mistyped name?']);
    expect(ctx.alignment.target.file.text.slice(f[0].target!.start, f[0].target!.end)).toBe('`isPackee`');
  });

  it('a mistyped name inside link text, the right name in the next sentence (React, Updating Arrays in State)', () => {
    const f = codeFindings(
      'Unfortunately, [`slice`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/slice) and [`splice`](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/splice) are named similarly but are very different:\n\n* `slice` lets you copy an array or a part of it.\n',
      'fr',
      'Malheureusement, [`slica`](https://developer.mozilla.org/fr/docs/Web/JavaScript/Reference/Global_Objects/Array/slice) et [`splice`](https://developer.mozilla.org/fr/docs/Web/JavaScript/Reference/Global_Objects/Array/splice) ont des noms similaires mais sont très différents :\n\n* `slice` vous permet de copier un tableau ou une partie de celui-ci.\n',
    );
    expect(f.map((x) => x.actual)).toEqual(['slica']);
  });

  it.each([
    ['a short name one letter from another, beside it', 'Each `item` needs a key.', 'Chaque `item` de la liste `items` a besoin d’une clé.'],
    ['a name the source writes elsewhere', 'Call `setCount` here.\n\nThen read `setCounts` there.', 'Appelez `setCounts` ici.\n\nPuis lisez `setCount` là.'],
    ['another name added, more than one letter from any', 'Pass `title` to `Panel`.', 'Passez `title` et `heading` à `Panel`.'],
  ])('%s: nothing', (_, en, fr) => {
    expect(codeFindings(en, 'fr', fr)).toEqual([]);
  });
});

describe('a name of the source set as inline code in the translation', () => {
  // React's "Referencing Values with Refs": "#### How does useRef work inside?" is
  // "#### Comment fonctionne `useRef` en interne ?" — the code is masked out of the sentence's
  // text, and "useRef" was reported missing.
  it('is found in the code span', () => {
    expect(run('How does useRef work inside?\n', 'fr', 'Comment fonctionne `useRef` en interne ?\n', 'mdx').found).toEqual([]);
  });

  it('is found in a code span closing a heading', () => {
    // React's "Keeping Components Pure": the code lies after the heading sentence's end.
    const en = '#### Detecting impure calculations with StrictMode {/*detecting-impure-calculations-with-strict-mode*/}\n';
    const fr = '#### Détecter les impuretés grâce à `StrictMode` {/*detecting-impure-calculations-with-strict-mode*/}\n';
    expect(run(en, 'fr', fr, 'mdx').found).toEqual([]);
  });

  it('a different name in the code span is still a missing name', () => {
    const { found } = run('How does useRef work inside?\n', 'fr', 'Comment fonctionne `useState` en interne ?\n', 'mdx');
    expect(found.map((f) => f.message)).toEqual(['the name “useRef” of the source is missing from the translation']);
  });
});
