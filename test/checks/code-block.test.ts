// The code-block check on real pages' examples: React's Vietnamese "useReducer" lost the
// styles.css of its Immer sandbox (37 code blocks for the English 38), and no other check could see
// it — code is masked out of the sentences. What must not be reported: examples whose strings,
// comments and text between tags were translated, examples moved, a program's output rewritten
// with the translation's own names (the French Rust book), examples of a passage that is already
// an addition or an omission, and blocks after the point where a translation stops.
import { describe, expect, it } from 'vitest';
import { ofCheck as of, pairFindings as audit } from '../helpers/judged.js';

describe('code-block: an example the translation lost (React, "useReducer", Vietnamese)', () => {
  // The Immer sandbox: App.js, then its styles.css, then package.json. The Vietnamese page has 37
  // code blocks for the English 38: the styles are gone, and the example renders unstyled.
  const app = (label: string, comment: string) =>
    ['```js src/App.js', "import { useImmerReducer } from 'use-immer';", '', 'export default function TaskApp() {', `  // ${comment}`, '  const [tasks, dispatch] = useImmerReducer(tasksReducer, initialTasks);', `  return <h1>${label}</h1>;`, '}', '```', ''].join('\n');
  const css = ['```css', 'button { margin: 5px; }', 'li { list-style-type: none; }', 'ul, li { margin: 0; padding: 0; }', '```', ''].join('\n');
  const pkg = ['```json package.json', '{', '  "dependencies": {', '    "immer": "1.7.3",', '    "use-immer": "0.5.1"', '  }', '}', '```', ''].join('\n');
  const en = ['## Writing concise update logic with Immer', '', 'If you like mutating style, you can use the Immer library.', '', app('Prague itinerary', 'a reducer written as mutations'), css, pkg, 'Reducers must be pure, so they shouldn’t mutate state.', ''].join('\n');
  const vi = (...blocks: string[]) =>
    ['## Viết logic cập nhật ngắn gọn với Immer', '', 'Nếu bạn thích phong cách thay đổi trực tiếp, bạn có thể dùng thư viện Immer.', '', ...blocks, 'Reducer phải thuần khiết, vì vậy chúng không nên thay đổi state.', ''].join('\n');

  it('the styles.css the translation dropped is reported, once, where it would be', () => {
    const found = audit(en, 'vi', vi(app('Lịch trình Praha', 'một reducer viết như thay đổi trực tiếp'), pkg));
    expect(of(found, 'code-block')).toEqual(['code-block: a code block of the source (css, 3 lines: “button { margin: 5px; }”) has no counterpart in the translation']);
  });
  it('an example whose text, strings and comments were translated is the same example', () => {
    expect(of(audit(en, 'vi', vi(app('Lịch trình Praha', 'một reducer viết như thay đổi trực tiếp'), css, pkg)), 'code-block')).toEqual([]);
  });
  it('an example the translation moved is no omission', () => {
    expect(of(audit(en, 'vi', vi(css, app('Lịch trình Praha', 'một reducer'), pkg)), 'code-block')).toEqual([]);
  });
  it('an example the translation adds is a minor addition', () => {
    const extra = ['```js', 'const nextTasks = produce(tasks, (draft) => {', '  draft.push({ id: nextId, text: text, done: false });', '});', '```', ''].join('\n');
    expect(of(audit(en, 'vi', vi(app('Lịch trình Praha', 'một reducer'), css, extra, pkg)), 'code-block')).toEqual(['code-block: a code block of the translation (js, 3 lines: “const nextTasks = produce(tasks, (draft) => {”) has no counterpart in the source']);
  });
});

describe('code-block: a program’s output rewritten with the translation’s own names (Rust book, "Drop", French)', () => {
  const en = 'When we run this program, we’ll see the following output:\n\n```text\nCustomSmartPointers created.\nDropping CustomSmartPointer with data `other stuff`!\nDropping CustomSmartPointer with data `my stuff`!\n```\n\nRust automatically called `drop` for us when our instances went out of scope.\n';
  it('an output block of the same kind and length, in its place, is the same block', () => {
    const fr = 'Lorsque nous exécutons ce programme, nous devrions voir la sortie suivante :\n\n```text\nPointeurPerso créés.\nNettoyage d\'un PointeurPerso avec la donnée `d\'autres trucs` !\nNettoyage d\'un PointeurPerso avec la donnée `des trucs` !\n```\n\nRust a appelé automatiquement `drop` pour nous lorsque nos instances sont sorties de la portée.\n';
    expect(of(audit(en, 'fr', fr), 'code-block')).toEqual([]);
  });
});


describe('code-block: what other checks report already', () => {
  const en = '## Getters should be side-effect free\n\nIt is important to remember that computed getter functions should only perform pure computation.\n\n```js\nconst fullName = computed(() => firstName.value + lastName.value);\n```\n\nLater, we will discuss how we can perform side effects in reaction to state changes with watchers.\n';
  it('an example of a section the source lacks is part of that addition (Vue, "Computed Properties", French)', () => {
    const fr = [
      '## Les accesseurs ne doivent pas avoir d’effets de bord',
      '',
      'Il est important de se rappeler que les fonctions d’accès calculées doivent uniquement effectuer des calculs purs.',
      '',
      '```js',
      'const fullName = computed(() => firstName.value + lastName.value);',
      '```',
      '',
      'Plus tard, nous verrons comment réaliser des effets de bord en réaction aux changements d’état avec les observateurs.',
      '',
      '## Obtenir la valeur précédente',
      '',
      'Depuis la version 3.4, la fonction d’accès reçoit la valeur précédente comme premier argument, ce qui peut servir à la réutiliser.',
      '',
      '```js',
      'const alwaysSmall = computed((previous) => {',
      '  if (count.value <= 3) return count.value;',
      '  return previous;',
      '});',
      '```',
      '',
    ].join('\n');
    const found = audit(en, 'fr', fr);
    expect(of(found, 'code-block')).toEqual([]);
    expect(of(found, 'addition')).toHaveLength(1);
  });
  it('blocks after the point where the translation stops are the truncation', () => {
    const long = en + '\n## Avoid mutating computed value\n\nThe returned value from a computed property is derived state. Think of it as a temporary snapshot.\n\n```js\nconst snapshot = computed(() => list.value.slice(0, limit.value));\n```\n\nUpdating a snapshot does not make sense, so a computed return value should be treated as read-only and never be mutated.\n\nInstead, update the source state it depends on to trigger new computations.\n';
    const fr = '## Les accesseurs ne doivent pas avoir d’effets de bord\n\nIl est important de se rappeler que les fonctions d’accès calculées doivent uniquement effectuer des calculs purs.\n\n```js\nconst fullName = computed(() => firstName.value + lastName.value);\n```\n';
    const found = audit(long, 'fr', fr);
    expect(of(found, 'code-block')).toEqual([]);
    expect(of(found, 'truncation')).toHaveLength(1);
    // …and the example right after the last sentence translated: a page cut after a paragraph
    // loses the example that followed it (eval:damage cut React's pages so).
    const cutBefore = '## Les accesseurs ne doivent pas avoir d’effets de bord\n\nIl est important de se rappeler que les fonctions d’accès calculées doivent uniquement effectuer des calculs purs.\n';
    const cut = audit(long, 'fr', cutBefore);
    expect(of(cut, 'code-block')).toEqual([]);
    expect(of(cut, 'truncation')).toHaveLength(1);
  });
});

describe('code-block: hostile blocks', () => {
  it('a file of 3,000 examples a side is not compared (no finding rather than a guess), in bounded time and memory', () => {
    const block = (k: number) => `\`\`\`js\nconst value${k} = compute(${k}, input${k});\n\`\`\`\n`;
    const ids = Array.from({ length: 3000 }, (_, k) => k);
    const en = ids.map((k) => `Example ${k} computes a value.\n\n${block(k)}`).join('\n');
    const fr = ids.map((k) => `L’exemple ${k} calcule une valeur.\n\n${k === 1500 ? '' : block(k)}`).join('\n');
    expect(of(audit(en, 'fr', fr), 'code-block')).toEqual([]);
  });
  it('500 examples a side are compared, and the one the translation lost is found', () => {
    const block = (k: number) => `\`\`\`js\nconst value${k} = compute(${k}, input${k});\n\`\`\`\n`;
    const ids = Array.from({ length: 500 }, (_, k) => k);
    const en = ids.map((k) => `Example ${k} computes a value.\n\n${block(k)}`).join('\n');
    const fr = ids.map((k) => `L’exemple ${k} calcule une valeur.\n\n${k === 250 ? '' : block(k)}`).join('\n');
    expect(of(audit(en, 'fr', fr), 'code-block')).toEqual(['code-block: a code block of the source (js, 1 line: “const value250 = compute(250, input250);”) has no counterpart in the translation']);
  });
  it('comments and strings left open read in linear time (200,000 "/*", quotes without their mate)', () => {
    const hostile = '```js\n' + '/*'.repeat(100_000) + '\n' + 'a"b\'c`'.repeat(20_000) + '\n```\n';
    const en = 'The example below is long.\n\n' + hostile;
    const fr = 'L’exemple ci-dessous est long.\n\n' + hostile;
    expect(of(audit(en, 'fr', fr), 'code-block')).toEqual([]);
  });
});
