// Documentation sites read with the build of 2026-12-06 before any change, unseen until then: MDN's
// French JavaScript guide and HTTP overview (mdn/content, mdn/translated-content: CC BY-SA 2.5),
// Vue's French guide (vuejs/docs, vuejs-translations/docs-fr: MIT), Kubernetes' French and
// Vietnamese concepts (kubernetes/website: CC BY 4.0) and two more React pages (react.dev and its
// translations: CC BY 4.0). Every false alarm found there is one case below, with the real text
// (excerpts), and beside it what must still be reported.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskMarkdown } from '../../src/corpus/markdown.js';
import { shownUrl } from '../../src/checks/shared/text.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';

/** The findings of the page pair in a directory. */
function findingsIn(dir: string) {
  const [set] = discover([dir], { sourceLang: 'en', aligned: false });
  return auditDocumentSet(set, defaultConfig()).targets.flatMap((t) => t.findings);
}
/** The findings of a page pair written to a directory. */
function findingsOf(en: string, lang: 'fr' | 'vi', text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-unseen-'));
  writeFileSync(join(dir, 'en.md'), en);
  writeFileSync(join(dir, `${lang}.md`), text);
  return findingsIn(dir);
}
const labels = (findings: ReturnType<typeof findingsIn>): string[] => findings.map((f) => `${f.check}: ${f.message}`);
/** All findings of a page pair: "check: message". */
const audit = (en: string, lang: 'fr' | 'vi', text: string): string[] => labels(findingsOf(en, lang, text));
const of = (findings: string[], check: string) => findings.filter((f) => f.startsWith(`${check}:`));

describe('untranslated: French words a word list lacks (React, "You Might Not Need an Effect")', () => {
  const en = 'Storing information from previous renders like this can be hard to understand, but it’s better than updating the same state in an Effect.\n';
  it('"des infos issues de rendus précédents" is French ("infos" is missing from the list, "issues" is both)', () => {
    const fr = 'Stocker des infos issues de rendus précédents de cette façon peut être difficile à comprendre, mais c’est toujours mieux que de faire la même mise à jour au sein d’un Effet.\n';
    expect(of(audit(en, 'fr', fr), 'untranslated')).toEqual([]);
  });
  it('English words left in it are still reported, copied from the source or not', () => {
    const copied = 'Stocker des infos de cette façon can be hard to understand, mais c’est toujours mieux que de faire la même mise à jour au sein d’un Effet.\n';
    expect(of(audit(en, 'fr', copied), 'untranslated')).toEqual(['untranslated: English “can be hard to understand” left untranslated']);
    const leaked = 'Stocker des infos through cash de rendus précédents peut être difficile à comprendre, mais c’est toujours mieux que de faire la même mise à jour au sein d’un Effet.\n';
    expect(of(audit(en, 'fr', leaked), 'untranslated')).toEqual(['untranslated: English “infos through cash” left untranslated']);
  });
});

describe('untranslated: a component name kept in English, listed before the prose uses it (Kubernetes, "Cloud Controller Manager", vi)', () => {
  const en = [
    '## Components of the CCM',
    '',
    'The CCM breaks away some of the functionality of Kubernetes controller manager (KCM) and runs it as a separate process. The KCM has the following cloud dependent controller loops:',
    '',
    ' * Node controller',
    ' * Route controller',
    '',
    'In version 1.9, the CCM runs the following controllers from the preceding list:',
    '',
    '* Node controller',
    '* Route controller',
    '',
    '### 1. Kubernetes controller manager',
    '',
    'The majority of the CCM’s functions are derived from the KCM. As mentioned in the previous section, the CCM runs the following control loops:',
    '',
    '* Node controller',
    '* Route controller',
    '',
    '#### Node controller',
    '',
    'The Node controller is responsible for initializing a node by obtaining information about the nodes running in the cluster from the cloud provider.',
    '',
    '#### Route controller',
    '',
    'The Route controller is responsible for configuring routes in the cloud appropriately so that containers on different nodes in the Kubernetes cluster can communicate with each other.',
    '',
  ].join('\n');
  const vi = [
    '## Các thành phần của CCM',
    '',
    'Cloud Controller Manager phân nhỏ một số chức năng của Kubernetes controller manager (KCM) và chạy nó như một tiến trình tách biệt. Kubernetes Controller Manager sẽ có những controller nhỏ hơn:',
    '',
    '- Node controller',
    '- Route controller',
    '',
    'Tại phiên bản 1.9, CCM thực hiện chạy những controller sau từ trong danh sách trên:',
    '',
    '- Node controller',
    '- Route controller',
    '',
    '### 1. Kubernetes Conntroller Manager',
    '',
    'Phần lớn các tính năng của CCM bắt nguồn từ Kubernetes controller manager. Như đã đề cập ở phần trước, CCM bao gồm:',
    '',
    '- Node controller',
    '- Route controller',
    '',
    '#### Node controller',
    '',
    'Node controller có vai trò khởi tạo một Node bằng cách thu thập thông tin về những Node đang chạy trong cluster từ các cloud provider.',
    '',
    '#### Route controller',
    '',
    'Route controller có trách nhiệm cấu hình định tuyến trong cloud để các container trên các node khác nhau trong cluster Kubernetes có thể giao tiếp với nhau.',
    '',
  ].join('\n');

  it('the rows and headings "Node controller" are kept terms, not sentences left untranslated; the heading of names is no English paragraph', () => {
    // Before: 7 "identical to the English source" (the first four sentences holding "controller"
    // were bare rows, so the prose that uses the term was never looked at) and a wrong-language
    // paragraph for "### 1. Kubernetes Conntroller Manager" (its "1." counted as a sentence).
    const findings = audit(en, 'vi', vi);
    expect(of(findings, 'untranslated')).toEqual([]);
    expect(of(findings, 'wrong-language')).toEqual([]);
  });

  it('an English sentence copied as it is stays reported', () => {
    const copied = vi.replace(
      'Route controller có trách nhiệm cấu hình định tuyến trong cloud để các container trên các node khác nhau trong cluster Kubernetes có thể giao tiếp với nhau.',
      'The Route controller is responsible for configuring routes in the cloud appropriately so that containers on different nodes in the Kubernetes cluster can communicate with each other.',
    );
    expect(of(audit(en, 'vi', copied), 'untranslated')).toEqual(['untranslated: Sentence left untranslated: identical to the English source']);
  });
});

describe('entity: a link made by a template macro (MDN)', () => {
  const en = 'This guide assumes you have the following basic background:\n\n- Good working knowledge of HyperText Markup Language ([HTML](/en-US/docs/Glossary/HTML)).\n- Some programming experience, through the [Worker](/en-US/docs/Web/API/Worker) page.\n';
  it('"({{Glossary("HTML")}})" answers "([HTML](/en-US/docs/Glossary/HTML))"', () => {
    const fr = 'Ce guide présume que vous avez des connaissances de base :\n\n- Une connaissance élémentaire du _HyperText Markup Language_ ({{Glossary("HTML")}}).\n- Une première expérience de programmation, avec la page {{domxref("worker")}}.\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual([]);
  });
  it('a macro naming another page does not', () => {
    const fr = 'Ce guide présume que vous avez des connaissances de base :\n\n- Une connaissance élémentaire du _HyperText Markup Language_ ({{Glossary("CSS")}}).\n- Une première expérience de programmation, avec la page {{domxref("worker")}}.\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual(['entity: the link “/en-US/docs/Glossary/HTML” of the source is missing from the translation']);
  });
});

describe('entity: a code sample localised with its prose (MDN, "Closures", French)', () => {
  const en = [
    'Here’s a slightly more interesting example—a `makeAdder` function:',
    '',
    '```js',
    'function makeAdder(x) {',
    '  return function (y) {',
    '    return x + y;',
    '  };',
    '}',
    '',
    'const add5 = makeAdder(5);',
    '```',
    '',
    'In this example, we have defined a function `makeAdder(x)`, that takes a single argument `x`, and returns a new function.',
    '',
    'In essence, `makeAdder` is a function factory. It creates functions that can add a specific value to their argument.',
    '',
  ].join('\n');
  const fr = (name: string, prose = name) =>
    [
      `Voici un exemple un peu plus intéressant, une fonction \`${prose}\` :`,
      '',
      '```js',
      `function ${name}(x) {`,
      '  return function (y) {',
      '    return x + y;',
      '  };',
      '}',
      '',
      `var ajouter_5 = ${name}(5);`,
      '```',
      '',
      `On définit une fonction \`${name}(x)\` avec un seul argument \`x\` et qui renvoie une fonction anonyme.`,
      '',
      `La fonction \`${prose}\` permet de créer des fermetures. Elle crée des fonctions qui ajoutent une valeur donnée à leur argument.`,
      '',
    ].join('\n');

  it('`ajouterA` for `makeAdder`, in the code and in the prose, is no altered code', () => {
    expect(of(audit(en, 'fr', fr('ajouterA')), 'entity')).toEqual([]);
  });
  it('a name changed in the prose only is reported', () => {
    expect(of(audit(en, 'fr', fr('makeAdder', 'ajouterA')), 'entity')).toEqual([
      'entity: the code “makeAdder” of the source is “ajouterA” in the translation',
      'entity: the code “makeAdder” of the source is “ajouterA” in the translation',
    ]);
  });
  it('`memoBoucle` for `markLoop`, in the example and its sentence, is localised too (MDN, "Loops and iteration"; the English list knows "boucle")', () => {
    const src = '### Example\n\nIn this example, the label `markLoop` identifies a `while` loop.\n\n```js\nmarkLoop: while (theMark) {\n  doSomething();\n}\n```\n';
    const tgt = '### Exemple\n\nDans cet exemple, on utilise un label `memoBoucle` pour identifier une boucle `while`.\n\n```js\nmemoBoucle: while (memo == true) {\n  faireQQC();\n}\n```\n';
    expect(of(audit(src, 'fr', tgt), 'entity')).toEqual([]);
  });
  it('another API throughout is reported: `Object.values()` is no French name (Vue, "List Rendering", from a newer English)', () => {
    const src = 'You can also use `v-for` to iterate through the properties of an object. The iteration order will be based on the result of calling `Object.keys()` on the object:\n\n```js\nObject.keys(myObject)\n```\n';
    const tgt = 'Vous pouvez également utiliser `v-for` pour itérer sur les propriétés d’un objet. L’ordre d’itération sera basé sur le résultat de l’appel à `Object.values()` sur l’objet :\n\n```js\nObject.values(myObject)\n```\n';
    expect(of(audit(src, 'fr', tgt), 'entity')).toEqual(['entity: the code “Object.keys()” of the source is “Object.values()” in the translation']);
  });
});

describe('number: "3rd party" is a word (Vue, "Component Events", French)', () => {
  it('"code tiers" drops no number', () => {
    const en = 'If a native event (e.g., `click`) is defined in the `emits` option, the listener will now only listen to component-emitted `click` events and no longer respond to native `click` events, avoiding edge cases caused by DOM events manually dispatched by 3rd party code.\n';
    const fr = 'Si un événement natif (par exemple, `click`) est défini dans l’option `emits`, l’écouteur n’écoutera plus que les événements `click` émis par le composant, évitant ainsi les problèmes liés aux cas à la marge causés par des événements DOM envoyés manuellement par du code tiers.\n';
    expect(of(audit(en, 'fr', fr), 'number')).toEqual([]);
    expect(of(audit(en, 'fr', fr.replace('du code tiers', 'du code de 3 tiers')), 'number')).toEqual([]);
    expect(of(audit(en.replace('3rd party code', '3 scripts'), 'fr', fr), 'number')).toEqual(['number: “3” of the source is missing in the translation']);
  });
});

describe('truncation: "…" closing brackets, a heading for a sentence (MDN, French)', () => {
  it('"filtrer (comme un antivirus, contrôle parental…)" ends a list, as "etc." would', () => {
    const en = 'Proxies may perform numerous functions:\n\n- caching (the cache can be public or private, like the browser cache)\n- filtering (like an antivirus scan or parental controls)\n- load balancing (to allow multiple servers to serve different requests)\n- authentication (to control access to different resources)\n';
    const fr = 'Ceux-ci peuvent effectuer de nombreuses tâches :\n\n- mettre en cache (le cache peut alors être public ou privé, comme le cache du navigateur)\n- filtrer (comme un antivirus, contrôle parental…)\n- répartir la charge (pour permettre à de multiples serveurs de servir différentes requêtes)\n- authentifier (pour contrôler l’accès à différentes ressources)\n';
    expect(of(audit(en, 'fr', fr), 'truncation')).toEqual([]);
    expect(of(audit(en, 'fr', fr.replace('contrôle parental…)', 'contrôle…')), 'truncation')).toEqual([
      'truncation: the translation of source sentence 3 is cut short: it ends in “…” where the source does not, it is 61 % of the expected length',
    ]);
  });

  it('a heading paired with the sentence the English made of it is no cut sentence (test/fixtures/mdn)', () => {
    const findings = labels(findingsIn('test/fixtures/mdn/memory-management-fr'));
    // Before: "Les cycles ne posent plus problème" and "Limitation : libérer la mémoire
    // manuellement", paired with the English sentences made of them, were two sentences cut short.
    expect(of(findings, 'truncation')).toEqual([]);
    // The dates only the French gives are still reported.
    expect(of(findings, 'number')).toEqual(['number: “2012” in the translation is not in the source', 'number: “2019” in the translation is not in the source']);
  });
});

describe('Markdown: GitHub alerts and quote markers are markup (MDN, "Memory management")', () => {
  it('"> [!NOTE]" is no sentence "[!", and the "> " of a quote’s next lines is no text', () => {
    const text = 'Intro.\n\n> [!NOTE]\n> No modern JavaScript engine uses reference-counting for garbage collection anymore.\n> It is shown here for history.\n';
    const { masked } = maskMarkdown(text);
    expect(masked).not.toContain('[!');
    expect(masked).not.toContain('>');
    expect(masked).toContain('No modern JavaScript engine');
  });
});

describe('truncation: an image’s alt text is a caption (MDN, "Introduction", French)', () => {
  it('"![Console web](…)" for a long English alt text is no sentence cut short', () => {
    const en =
      'The console appears at the bottom of the browser window. Along the bottom of the console is an input line that you can use to enter JavaScript, and the output appears in the panel above:\n\n![A browser window with the web console open at the bottom, containing two lines of input and output. Text can be entered below that.](2019-04-04_00-15-29.png)\n\nThe console works the exact same way as `eval`: the last expression entered is returned.\n';
    const fr =
      'Une fois lancée, la console apparaît en bas de la fenêtre du navigateur. En bas de la zone occupée par la console, il y a une ligne de commande qui peut être utilisée pour saisir des instructions JavaScript, le résultat de ces instructions sera affiché dans le panneau au-dessus :\n\n![Console web](2019-04-04_00-15-29.png)\n\nLa console fonctionne exactement de la même manière que `eval` : la dernière expression saisie est retournée.\n';
    expect(of(audit(en, 'fr', fr), 'truncation')).toEqual([]);
    // A sentence of prose cut short is still one.
    const cut = fr.replace(' qui peut être utilisée pour saisir des instructions JavaScript, le résultat de ces instructions sera affiché dans le panneau au-dessus :', ' qui');
    const found = of(audit(en, 'fr', cut), 'truncation');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/cut short: it stops mid-sentence/);
  });
});

describe('truncation: a link’s text on its own list item is a title (MDN, "Memory management", French)', () => {
  const en = 'Memory is released when it is not needed anymore. The garbage collector finds such memory and frees it automatically, so the programmer does not have to.\n\n## See also\n\n- [Memory leaks in JavaScript and how to avoid them in modern web applications](https://example.org/leaks)\n- The performance of Mozilla software and add-ons is measured every night, on the desktop and on Android, by a fleet of test machines.\n';
  const fr = 'La mémoire est libérée quand elle n’est plus nécessaire. Le ramasse-miettes trouve cette mémoire et la libère automatiquement, sans que le programmeur ait à le faire.\n\n## Voir aussi\n\n- [Les fuites de mémoire en JavaScript et comment les éviter dans les applications web modernes](https://example.org/leaks)\n- [La performance pour les logiciels Mozilla](/fr/docs/Performance)\n';
  it('"- [La performance pour les logiciels Mozilla](…)" ends the page whole', () => {
    expect(of(audit(en, 'fr', fr), 'truncation')).toEqual([]);
  });
  it('a list item of prose cut short is still reported', () => {
    const found = of(audit(en, 'fr', fr.replace(/- \[([^\]]*)\]\([^)]*\)\n$/, '- $1 sont mesurées chaque nuit, sur\n')), 'truncation');
    expect(found).toHaveLength(1);
  });
});

describe('untranslated: a title the translation labels as English (Vue, "Component Events", French)', () => {
  const en = '# Component Events {#component-events}\n\n<div class="options-api">\n  <VueSchoolLink href="https://vueschool.io/lessons/defining-custom-events-emits" title="Free Vue.js Lesson on Defining Custom Events"/>\n</div>\n\nA component can emit custom events directly in template expressions (e.g. in a `v-on` handler) using the built-in `$emit` method.\n';
  it('"… Custom Events (EN)" is kept in English on purpose, and says so', () => {
    const fr = en
      .replace('# Component Events', '# Les événements de composant')
      .replace('Custom Events"/>', 'Custom Events (EN)"/>')
      .replace(
        'A component can emit custom events directly in template expressions (e.g. in a `v-on` handler) using the built-in `$emit` method.',
        'Un composant peut émettre des événements personnalisés directement à partir du template (par exemple, dans un gestionnaire d’événement `v-on`) à l’aide de la méthode native `$emit`.',
      );
    expect(of(audit(en, 'fr', fr), 'untranslated')).toEqual([]);
    expect(of(audit(en, 'fr', fr.replace(' (EN)', ' (new)')), 'untranslated')).toEqual(['untranslated: Sentence in English (the source language), not French: left untranslated']);
  });
});

describe('number: a number the translation says again (MDN, "Closures", French)', () => {
  const en =
    'In previous examples, each closure had its own lexical environment. Here though, there is a single lexical environment that is shared by the three functions: `counter.increment`, `counter.decrement`, and `counter.value`.\n';
  const fr =
    'Il y a beaucoup de différences par rapport aux exemples précédents. Au lieu de retourner une simple fonction, on retourne un objet anonyme qui contient 3 fonctions. Et ces 3 fonctions partagent le même environnement. L’objet retourné est affecté à la variable `compteur`, et les 3 fonctions sont alors accessibles sous les noms `compteur.increment`, `compteur.decrement`, et `compteur.valeur`.\n';
  it('"3 fonctions" three times for one "the three functions" adds no number', () => {
    expect(of(audit(en, 'fr', fr), 'number')).toEqual([]);
  });
  it('another value is still one the source lacks', () => {
    expect(of(audit(en, 'fr', fr.replace('les 3 fonctions sont', 'les 4 fonctions sont')), 'number')).toEqual(['number: “4” in the translation is not in the source']);
  });
});

describe('a quoted button label (React, "Manipulating the DOM with Refs")', () => {
  const en = 'Try pressing "Toggle with setState" a few times. The message should disappear and appear again. Then press "Remove from the DOM". This will forcefully remove it. Finally, press "Toggle with setState":\n';
  it('renamed with its button, « Basculer avec React », loses no name (French)', () => {
    const fr = 'Tentez de presser « Basculer avec React » quelques fois. Le message devrait disparaître, réapparaître, et ainsi de suite. Pressez ensuite « Retirer du DOM ». Ça va forcer son retrait. Pour finir, pressez à nouveau « Basculer avec React » :\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual([]);
    // A name outside the label is still required.
    const src = en.replace('The message should disappear and appear again.', 'The message from setState should disappear and appear again.');
    expect(of(audit(src, 'fr', fr), 'entity')).toEqual(['entity: the name “setState” of the source is missing from the translation']);
  });
  it('kept in English as the sample keeps it, is a quotation (minor), like "Remove from the DOM" beside it (Vietnamese)', () => {
    const vi = 'Thử nhấn "Toggle with setState" vài lần. Thông báo sẽ biến mất và xuất hiện trở lại. Sau đó nhấn "Remove from the DOM". Điều này sẽ buộc xóa nó. Cuối cùng, nhấn "Toggle with setState":\n';
    const found = findingsOf(en, 'vi', vi).filter((f) => f.check === 'untranslated');
    expect(found.map((f) => f.severity)).toEqual(['minor', 'minor', 'minor']);
  });
});

describe('number: a value in inline code wrapped to the next line (MDN, "Loops and iteration", French)', () => {
  const en = 'With each iteration, the loop increments `n` and adds that value to `x`. Therefore, `x` and `n` take on the following values:\n\n- After the first pass: `n` = `1` and `x` = `1`\n- After the second pass: `n` = `2` and `x` =\n  `3`\n- After the third pass: `n` = `3` and `x` =\n  `6`\n';
  it('"`x` = 3" in the translation is the source’s wrapped `3`', () => {
    const fr = 'À chaque itération, la boucle incrémente `n` et ajoute la valeur de `n` à `x`. `x` et `n` prennent donc les valeurs suivantes :\n\n- Après la première itération : `n` = 1 et `x` = 1\n- Après la deuxième itération : `n` = 2 et `x` = 3\n- Après la troisième itération : `n` = 3 et `x` = 6\n';
    expect(of(audit(en, 'fr', fr), 'number')).toEqual([]);
    expect(of(audit(en, 'fr', fr.replace('`x` = 6', '`x` = 7')), 'number')).toEqual(['number: “7” in the translation is not in the source']);
  });
});

describe('wrong-language: Vietnamese that keeps its technical terms (Kubernetes, "About cgroup v2")', () => {
  const en = 'cgroup v2 has the following requirements:\n\n* OS distribution enables cgroup v2\n* Linux Kernel version is >= 5.8\n* Container runtime supports cgroup v2. For example:\n  * [containerd](https://containerd.io/) v1.4 and later\n  * [cri-o](https://cri-o.io/) v1.20 and later\n';
  it('"Container runtime hỗ trợ cgroup v2. Ví dụ:" is a Vietnamese paragraph', () => {
    const vi = 'cgroup v2 có các yêu cầu sau:\n\n* Bản phân phối OS kích hoạt cgroup v2\n* Phiên bản Linux Kernel là 5.8 hoặc mới hơn\n* Container runtime hỗ trợ cgroup v2. Ví dụ:\n  * [containerd](https://containerd.io/) v1.4 và mới hơn\n  * [cri-o](https://cri-o.io/) v1.20 và mới hơn\n';
    expect(of(audit(en, 'vi', vi), 'wrong-language')).toEqual([]);
    // The English item pasted in is still one.
    const pasted = vi.replace('Container runtime hỗ trợ cgroup v2. Ví dụ:', 'Container runtime supports cgroup v2 on every node. For example, the runtime must be recent:');
    expect(of(audit(en, 'vi', pasted), 'wrong-language').length + of(audit(en, 'vi', pasted), 'untranslated').length).toBeGreaterThan(0);
  });
});

describe('duplicate: a label reused on purpose (Vue, "Template Refs", French: test/fixtures/docs)', () => {
  it('"Utilisation avant 3.5", heading three <details> blocks the English stored here lacks, is no repeated sentence', () => {
    const found = labels(findingsIn('test/fixtures/docs/vue-template-refs-fr'));
    expect(of(found, 'duplicate')).toEqual([]);
  });
  it('a sentence written twice still is a duplicate', () => {
    const sentence = 'Le tableau de refs ne garantit pas le même ordre que le tableau source.';
    const en = 'It should be noted that the ref array does not guarantee the same order as the source array.\n\nThe `ref` attribute can also be bound to a function.\n';
    const fr = `${sentence}\n\n${sentence}\n\nL’attribut \`ref\` peut également être lié à une fonction.\n`;
    expect(of(audit(en, 'fr', fr), 'duplicate')).toHaveLength(1);
  });
});

describe('wrong-language and untranslated: a table of contents of links (MDN, "Loops and iteration", French)', () => {
  const en = 'The statements for loops provided in JavaScript are:\n\n- [for statement](#for_statement)\n- [do...while statement](#do...while_statement)\n- [while statement](#while_statement)\n- [labeled statement](#labeled_statement)\n- [break statement](#break_statement)\n- [continue statement](#continue_statement)\n\nEach of these statements repeats an action a number of times.\n';
  const fr = 'Voici les instructions de boucle fournies par JavaScript :\n\n- [L\'instruction for](#linstruction_for)\n- [L\'instruction do...while](#linstruction_do...while)\n- [L\'instruction while](#linstruction_while)\n- [L\'instruction label](#linstruction_label)\n- [L\'instruction break](#linstruction_break)\n- [L\'instruction continue](#linstruction_continue)\n\nChacune de ces instructions répète une action un certain nombre de fois.\n';
  it('"- [L\'instruction while](#linstruction_while)" is French navigation: no English paragraphs, no English sentence', () => {
    const found = audit(en, 'fr', fr);
    expect(of(found, 'wrong-language')).toEqual([]);
    expect(of(found, 'untranslated')).toEqual([]);
  });
  it('an English sentence of prose left in the list is still reported', () => {
    const left = fr.replace('- [L\'instruction label](#linstruction_label)', '- The labeled statement lets you name a loop so that you can break out of it later.');
    expect(of(audit(en, 'fr', left), 'untranslated')).toEqual(['untranslated: Sentence in English (the source language), not French: left untranslated']);
  });
});

describe('alignment: heading ids a site numbered to tell twin headings apart (Vue, "Class and Style Bindings", French)', () => {
  // Two "Binding to Objects" sections (classes, then styles): the English ids are
  // "binding-to-objects" and "binding-to-objects-1", the French "-1" and "-2". Read as fixed
  // points, the French section on classes was paired with the English one on styles: 35 source
  // sentences reported omitted and 34 added, on a page translated section by section.
  const found = () => labels(findingsIn('test/fixtures/docs/vue-class-and-style-fr'));
  it('the sections are paired by their text, not by their numbers: no omission', () => {
    const all = found();
    expect(of(all, 'omission')).toEqual([]);
    // What the French really has: a paragraph on :style repeated in the section on classes, and an
    // id written without its "#" ("{binding-to-arrays-1}"), read as text.
    expect(of(all, 'addition')).toEqual(['addition: target sentences 24–27: text with no counterpart in the source']);
    expect(of(all, 'entity')).toEqual(['entity: the heading anchor “binding-to-arrays-1” has lost its “#” in the translation (“{binding-to-arrays-1}”): the section has no anchor, and the braces show as text']);
    // …whose "1" is no number added
    expect(of(all, 'number')).toEqual([]);
    expect(all).toHaveLength(2);
  });
});

// Round 3 (build 241d362, 18 new page pairs: React "useReducer", "useRef", "useContext",
// "Referencing values with refs" in French and Vietnamese; Vue "Computed", "Class and Style
// Bindings", "Component Basics" in French; Kubernetes "Leases", "Container environment",
// "Mixed version proxy" in French and Vietnamese; MDN "Working with objects" in French).

describe('MDX: a component’s own title prop is text (React, "useContext", French and Vietnamese)', () => {
  const en = "## Overriding context for a part of the tree {/*overriding-context-for-a-part-of-the-tree*/}\n\nYou can override the context for a part of the tree by wrapping that part in a provider with a different value.\n\n<Recipes title=\"Examples of overriding context\">\n\n#### Overriding a theme {/*overriding-a-theme*/}\n\nHere, the button *inside* the `Footer` receives a different context value (`\"light\"`) than the buttons outside (`\"dark\"`).\n\n</Recipes>\n";
  const fr = "## Surcharger le contexte pour une partie de l’arbre {/*overriding-context-for-a-part-of-the-tree*/}\n\nVous pouvez surcharger le contexte pour une partie de l’arbre en l’enrobant avec un fournisseur doté d’une valeur différente.\n\n<Recipes titleText=\"Exemples de surcharge de contexte\">\n\n#### Surcharger un thème {/*overriding-a-theme*/}\n\nIci, le bouton *à l’intérieur* du `Footer` reçoit une valeur de contexte différente (`\"light\"`) que les boutons à l’extérieur (`\"dark\"`).\n\n</Recipes>\n";
  it('`<Recipes titleText="Exemples de surcharge de contexte">` translates `title="Examples of overriding context"`', () => {
    expect(audit(en, 'fr', fr)).toEqual([]);
  });
  it('left in English, it is reported like any title', () => {
    const kept = fr.replace('Exemples de surcharge de contexte', 'Examples of overriding context');
    expect(of(audit(en, 'fr', kept), 'untranslated')).toHaveLength(1);
  });
});

describe('entity: names the translation renders in its own words', () => {
  it('a name in the text of a link the translation keeps (React, "useContext", French)', () => {
    const en = 'You can check the hierarchy using [React DevTools.](/learn/react-developer-tools)\n';
    const fr = 'Vérifiez si la hiérarchie est correcte en utilisant [les outils de développement React](/learn/react-developer-tools).\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual([]);
    // With another link, the link is reported; without links, the name is still missed.
    expect(of(audit(en, 'fr', fr.replace('/learn/react-developer-tools', '/learn/installation')), 'entity')).toEqual(['entity: the link “/learn/react-developer-tools” of the source is “/learn/installation” in the translation']);
    expect(of(audit(en.replace(/\[|\]\([^)]*\)/g, ''), 'fr', fr.replace(/\[|\]\([^)]*\)/g, '')), 'entity')).toEqual(['entity: the name “DevTools” of the source is missing from the translation']);
    // A name in a longer link text is not the link's title: Kubernetes' Vietnamese drops
    // "StorageClass" and keeps the link (judged true in test/kubernetes).
    const long = audit(
      '* [Dynamically provisioned PersistentVolumes with a StorageClass reclaim policy of Delete](/docs/concepts/storage/persistent-volumes/#delete)\n',
      'vi',
      '* [PersistentVolume được cấp phát động có chính sách thu hồi (reclaim policy) là Delete](/docs/concepts/storage/persistent-volumes/#delete)\n',
    );
    expect(of(long, 'entity')).toEqual(['entity: the name “StorageClass” of the source is missing from the translation']);
  });
  it('a compound term translated by its parts (Vue, "Component Basics", French)', () => {
    const en = 'We have been using PascalCase component names in our examples so far.\n';
    const fr = 'Jusqu’ici, nous avons utilisé des noms de composants en casse Pascal dans nos exemples.\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual([]);
    expect(of(audit(en, 'fr', 'Jusqu’ici, nous avons utilisé des noms de composants dans nos exemples.\n'), 'entity')).toEqual(['entity: the name “PascalCase” of the source is missing from the translation']);
  });
});

describe('entity: a playground link’s message shows the link shortened (Vue, "Component Basics", French)', () => {
  it('1.5 KB of base64 is shown as its start and end; expected and actual keep it whole', () => {
    const code = 'eyJBcHAudnVlIjoiPHNjcmlwdD5cbmltcG9ydCBIb21lIGZyb20gJy4vSG9tZS52dWUn'.repeat(20);
    const en = `Try it in the [Playground](https://sfc.vuejs.org/#${code}) now.\n`;
    const fr = `Essayez-le dans le [Playground](https://play.vuejs.org/#eNqNVE2P${code.slice(9)}) maintenant.\n`;
    const found = findingsOf(en, 'fr', fr).filter((f) => f.check === 'entity');
    expect(found).toHaveLength(1);
    expect(found[0].message.length).toBeLessThan(300);
    expect(found[0].message).toMatch(/^the link “https:\/\/sfc\.vuejs\.org\/#eyJB.*….*” of the source is “https:\/\/play\.vuejs\.org\/#eNqNVE2P.*….*” in the translation$/);
    expect(found[0].expected).toBe(`https://sfc.vuejs.org/#${code}`);
  });
  it('never cuts a character in two (an emoji where the cut falls)', () => {
    const url = `https://example.org/${'a'.repeat(49)}😀${'b'.repeat(60)}😀${'c'.repeat(19)}`;
    const shown = shownUrl(url);
    expect(shown).toBe(`https://example.org/${'a'.repeat(49)}…😀${'c'.repeat(19)}`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(shown)).toBe(false);
  });
});

describe('moved: a section the translation placed elsewhere, as the heading ids show (Vue, "Template Refs", French)', () => {
  // The French puts "## Ref sur un composant {#ref-on-component}" before the section on `v-for`;
  // the English has it last. Read in order, the English section was "the translation stops after
  // source sentence 28 of 40" (critical) and the French one an addition.
  const dir = 'test/fixtures/docs/vue-template-refs-fr';
  it('is one minor move, no truncation and no addition where it stands', () => {
    const found = labels(findingsIn(dir));
    expect(of(found, 'truncation')).toEqual([]);
    expect(of(found, 'moved')).toEqual(['moved: source sentences 29–40 are translated 18 sentences earlier (target sentences 19–33)']);
    expect(of(found, 'addition').some((f) => f.includes('19–30'))).toBe(false);
  });
  it('a section missing from the translation is still a translation that stops early', () => {
    const en = readFileSync(join(dir, 'en.md'), 'utf8');
    const fr = readFileSync(join(dir, 'fr.md'), 'utf8');
    const start = fr.indexOf('## Ref sur un composant');
    const end = fr.indexOf('## Refs à l');
    expect(start).toBeGreaterThan(0);
    const found = audit(en, 'fr', fr.slice(0, start) + fr.slice(end));
    expect(of(found, 'moved')).toEqual([]);
    expect(of(found, 'truncation')).toEqual([expect.stringMatching(/^truncation: the translation stops after source sentence 28 of 40/)]);
  });
});

describe('untranslated: a third language’s word that the source writes too is a name (Kubernetes, "Runtime Class", Vietnamese)', () => {
  const en = '#### {{< glossary_tooltip term_id="cri-o" >}}\n\nRuntime handlers are configured through CRI-O\'s configuration at `/etc/crio/crio.conf`. See CRI-O\'s config documentation for more details.\n';
  it('"cấu hình cri-o" is no French "cri-o"', () => {
    const vi = '#### cri-o\n\nRuntime handlers được cấu hình thông qua cấu hình cri-o tại `/etc/crio/crio.conf`. Xem tài liệu cấu hình của cri-o để biết thêm chi tiết.\n';
    expect(of(audit(en, 'vi', vi), 'untranslated')).toEqual([]);
  });
  it('a French word the source does not write is still French', () => {
    const vi = '#### cri-o\n\nRuntime handlers được cấu hình thông qua cấu hình cri-o tại `/etc/crio/crio.conf`. Xem tài liệu des développeurs để biết thêm chi tiết.\n';
    expect(of(audit(en, 'vi', vi), 'untranslated')).toEqual([expect.stringMatching(/^untranslated: French “(?:des )?développeurs” in the Vietnamese text$/)]);
  });
});

describe('number: a version written "v1.20" answers "version 1.20" (Kubernetes, "Owners and Dependents", French)', () => {
  const en = 'In v1.20+, if a cluster-scoped dependent specifies a namespaced kind as an owner, it is treated as having an unresolvable owner reference.\n';
  it('"À partir de la version 1.20" adds no number', () => {
    const fr = 'À partir de la version 1.20, si un dépendant à portée de cluster spécifie un type à portée de namespace en tant que propriétaire, il est traité comme ayant une référence de propriétaire irrésolvable.\n';
    expect(of(audit(en, 'fr', fr), 'number')).toEqual([]);
  });
  it('another number in the translation is still reported', () => {
    const fr = 'À partir de la version 1.20, si 3 dépendants à portée de cluster spécifient un type à portée de namespace en tant que propriétaire, ils sont traités comme ayant une référence de propriétaire irrésolvable.\n';
    expect(of(audit(en, 'fr', fr), 'number')).toEqual(['number: “3” in the translation is not in the source']);
  });
});

describe('truncation: where a translation stops, the last pair is no place to look for names (MDN, "Memory management", French)', () => {
  // The French ends on "Voir aussi" links, paired with the English "…`WeakSet` got the name from the
  // concept of weakly held values": the links of that sentence were "missing" from a list item.
  it('one truncation, its last sentence a title, and no link "missing" from it', () => {
    const found = labels(findingsIn('test/fixtures/mdn/memory-management-fr-page'));
    expect(of(found, 'truncation')).toEqual(['truncation: the translation stops after source sentence 75 of 120: the last 45 sentences (44 % of the source words) have no translation']);
    expect(found.filter((f) => /WeakSet|Global_Objects\/(?:Map|Set)\b/.test(f))).toEqual([]);
  });
});

describe('entity: a heading id that lost its "#" (Vue, "Props", French: "#### Objet {object}")', () => {
  const en = '## Prop Validation {#prop-validation}\n\nComponents can specify requirements for their props.\n\n#### Object {#object}\n\nAn object prop may have a default value.\n';
  it('is reported where the source has the id', () => {
    const fr = '## Validation des props {#prop-validation}\n\nLes composants peuvent spécifier des exigences pour leurs props.\n\n#### Objet {object}\n\nUne prop objet peut avoir une valeur par défaut.\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual(['entity: the heading anchor “object” has lost its “#” in the translation (“{object}”): the section has no anchor, and the braces show as text']);
  });
  it('an id kept with its "#" is quiet, and braces the source has no id for are not an id', () => {
    const fr = '## Validation des props {#prop-validation}\n\nLes composants peuvent spécifier des exigences pour leurs props.\n\n#### Objet {#object}\n\nUne prop objet peut avoir une valeur par défaut.\n';
    expect(audit(en, 'fr', fr)).toEqual([]);
    expect(of(audit(en, 'fr', fr.replace('#### Objet {#object}', '#### Objet {#object} {plain}')), 'entity')).toEqual([]);
  });
});
