// Documentation read unseen on 2026-12-06 (round 7, build fb2d632): The Modern JavaScript
// Tutorial in French and Vietnamese (javascript.info, CC BY-NC-SA: its text is not copied — each
// case below is written here in the shape of the real one) and React's docs in Spanish, German and
// Italian. Every false alarm found there is one case, with what must still be reported beside it.
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/corpus/index.js';
import { maskMarkdown } from '../../src/corpus/markdown.js';
import { ofCheck as of, pairFindings as audit } from '../helpers/judged.js';
import { writeTree } from '../helpers/tree.js';
import { join } from 'node:path';

const FENCE = '```';

describe('a fence whose info string quotes code (javascript.info: ```smart header="…`this == undefined`")', () => {
  // CommonMark allows no backtick in a backtick fence's info string: the opening line was read as
  // prose, and the bare closing fence opened a block that ran to the end of the page. Both
  // versions lost their last half; the Vietnamese, whose box held more, was "cut" (critical).
  const box = (title: string, body: string) => `${FENCE}${FENCE[0]}smart header="${title}"\n${body}\n${FENCE}${FENCE[0]}\n`;
  const en = `# Methods\n\nA method is a function stored in a property of an object.\n\n${box('Calling without an object', 'We can even call the function without an object at all.')}\nArrow functions have no own value of the keyword, and they take it from the outer function.\n\nThat is all there is to say about them, and the chapter ends here.\n`;
  const vi = `# Phương thức\n\nPhương thức là một hàm được lưu trong thuộc tính của một đối tượng.\n\n${box('Gọi mà không có đối tượng: `this == undefined`', 'Chúng ta thậm chí có thể gọi hàm mà không có đối tượng nào cả.')}\nCác arrow function không có giá trị riêng của từ khóa đó, chúng lấy nó từ hàm bên ngoài.\n\nĐó là tất cả những gì cần nói về chúng, và chương này kết thúc ở đây.\n`;
  it('is read as the box its site renders: the page is whole, nothing is cut', () => {
    const found = audit(en, 'vi', vi);
    expect(of(found, 'truncation')).toEqual([]);
    expect(of(found, 'omission')).toEqual([]);
  });
  it('the box holds prose: an English sentence left in it is reported', () => {
    const left = vi.replace('Chúng ta thậm chí có thể gọi hàm mà không có đối tượng nào cả.', 'We can even call the function without an object at all.');
    expect(of(audit(en, 'vi', left), 'untranslated')).toEqual(['untranslated: Sentence left untranslated: identical to the English source']);
  });
});

describe('a box titled with code (javascript.info: ````smart header="new function() { ... }")', () => {
  const page = (title: string, body: string) =>
    body.startsWith('Many') ? `# Constructor\n\nA constructor function creates objects.\n\n${FENCE}smart header="${title}"\n${body}\n${FENCE}\n` : `# Constructeur\n\nUn constructeur crée des objets.\n\n${FENCE}smart header="${title}"\n${body}\n${FENCE}\n`;
  it('the code of its title is no sentence left untranslated; a title of words is still read', () => {
    const en = page('new function() { ... }', 'Many lines of code that create one object can be wrapped in a function.');
    const fr = page('new function() { ... }', 'Plusieurs lignes de code qui créent un seul objet peuvent être placées dans une fonction.');
    expect(of(audit(en, 'fr', fr), 'untranslated')).toEqual([]);
    const en2 = page('Omitting brackets', 'Many lines of code that create one object can be wrapped in a function.');
    const fr2 = page('Omitting brackets', 'Plusieurs lignes de code qui créent un seul objet peuvent être placées dans une fonction.');
    expect(of(audit(en2, 'fr', fr2), 'untranslated')).toEqual(['untranslated: Sentence left untranslated: identical to the English source']);
  });
});

describe("a site's directives alone in a paragraph are markup (javascript.info's [cut], [recent browser=\"new\"])", () => {
  it('are hidden from the text; a link or a bracketed phrase is not', () => {
    const md = '[recent browser="new"]\n\nThe operator is new.\n\n[cut]\n\n[Next]\n\n[citation needed]\n\n[Next]: /next\n';
    const { masked } = maskMarkdown(md);
    expect(masked).not.toContain('recent');
    expect(masked).not.toContain('cut');
    expect(masked).toContain('Next');
    expect(masked).toContain('citation needed');
  });
  it('a translation that dropped "[cut]" or kept "[recent …]" as written has no finding for it', () => {
    const en = '[recent browser="new"]\n\nThe nullish coalescing operator is written as two question marks.\n\n[cut]\n\nIt treats null and undefined alike.\n';
    const fr = '[recent browser="new"]\n\nL’opérateur de coalescence des nuls s’écrit avec deux points d’interrogation.\n\nIl traite null et undefined de la même manière.\n';
    expect(audit(en, 'fr', fr)).toEqual([]);
  });
});

describe('a paragraph opening with "..." continues the sentence before it (javascript.info, "var")', () => {
  it('the marks open the next sentence instead of standing alone', () => {
    const dir = writeTree({ 'en.md': '# Var\n\nThe code below works.\n\n...Is technically the same as this:\n\n(...) And so on, for every case.\n' }, 'tqc-dots-');
    const doc = loadDocument(join(dir, 'en.md'), { lang: 'en' });
    expect(doc.sentences.map((s) => s.text.trim())).toEqual(['Var', 'The code below works.', '...Is technically the same as this:', '(...) And so on, for every case.']);
  });
});

describe("untranslated: the language's keywords named in prose (javascript.info's Vietnamese \"this\")", () => {
  const en = '# Methods\n\nTo access the object, a method can use the `this` keyword.\n\nThe same function may have a different "this" when called from different objects, and `this` is evaluated at run time.\n';
  it('a word the page writes as inline code is code, quoted or not', () => {
    const vi = '# Phương thức\n\nĐể truy cập đối tượng, một phương thức có thể sử dụng từ khóa `this`.\n\nCùng một hàm có thể có "this" khác nhau khi được gọi từ các đối tượng khác nhau, và `this` được đánh giá trong thời gian chạy.\n';
    expect(of(audit(en, 'vi', vi), 'untranslated')).toEqual([]);
  });
  it('English the page never writes as code is still reported', () => {
    const vi = '# Phương thức\n\nĐể truy cập đối tượng, một phương thức có thể sử dụng từ khóa `this`.\n\nCùng một hàm có thể có "this" khác nhau when called from different objects, và `this` được đánh giá trong thời gian chạy.\n';
    expect(of(audit(en, 'vi', vi), 'untranslated')).toEqual(['untranslated: English “when called from different objects” left untranslated']);
  });
});

describe('entity: a name the translation renames everywhere, its code included (React, "Your First Component", German)', () => {
  const en = `# Your first component\n\n${FENCE}js\nexport default function Profile() {\n  return <img src="a.jpg" alt="Katherine" />;\n}\n${FENCE}\n\nWith \`function Profile() { }\` you define a JavaScript function with the name \`Profile\`.\n\nThe \`<Profile />\` tag starts with a capital letter so that React knows that we want to use our component \`Profile\`.\n`;
  const de = (tag: string) => `# Deine erste Komponente\n\n${FENCE}js\nexport default function Profil() {\n  return <img src="a.jpg" alt="Katherine" />;\n}\n${FENCE}\n\nMit \`function Profil() { }\` definierst du eine JavaScript Funktion mit dem Namen \`Profil\`.\n\nDer \`${tag}\` Tag beginnt mit einem Großbuchstaben, damit React weiß, dass wir unsere Komponente \`Profil\` nutzen wollen.\n`;
  it('`Profil` for `Profile` in the code and the prose alike is a localised name', () => {
    expect(of(audit(en, 'de', de('<Profil />')), 'entity')).toEqual([]);
  });
  it('a name mistyped once, beside the right one in the code, is still reported', () => {
    const typo = de('<Profil />').replace(/Profil\b/g, 'Profile').replace('unsere Komponente `Profile`', 'unsere Komponente `Profle`');
    expect(of(audit(en, 'de', typo), 'entity')).toEqual(['entity: the code “Profle” of the translation is not in the source, which has “Profile”: a mistyped name?']);
  });
});

describe('entity: a capitalised term translated into words of the language is no mistyped name (javascript.info, French)', () => {
  const en = '# Function object\n\n## Named Function Expression\n\nA Named Function Expression is a function expression that has a name.\n';
  it('"Fonction Expression Nommée (NFE)" for "Named Function Expression"', () => {
    const fr = '# L’objet fonction\n\n## Fonction Expression Nommée (NFE)\n\nUne Fonction Expression Nommée est une expression de fonction qui a un nom.\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual([]);
  });
});

describe('MDN in Spanish (round 8, read unseen): links and a stop inside code', () => {
  it('a localised link that differs in case alone is the same page (MDN serves paths whatever their case)', () => {
    const en = '# Flexbox\n\nSee [aligning items](/en-US/docs/Web/CSS/CSS_Flexible_Box_Layout/Aligning_Items_in_a_Flex_Container) for the details of alignment.\n';
    const es = '# Flexbox\n\nConsulte [alinear elementos](/es/docs/Web/CSS/CSS_flexible_box_layout/Aligning_items_in_a_flex_container) para los detalles de la alineación.\n';
    expect(of(audit(en, 'es', es), 'entity')).toEqual([]);
    const other = es.replace('Aligning_items_in_a_flex_container', 'Ordering_flex_items');
    expect(of(audit(en, 'es', other), 'entity')).toHaveLength(1);
  });
  it('a sentence ending on inline code that holds its stop ("… o el `switch.`") is not cut on "el"', () => {
    const en = '# Loops\n\n1. The first form of the syntax terminates the innermost enclosing loop or `switch`.\n';
    const es = '# Bucles\n\n1. La primera forma de la sintaxis termina el bucle envolvente más interno o el `switch.`\n';
    expect(of(audit(en, 'es', es), 'truncation')).toEqual([]);
  });
});

describe('Vite in Spanish and Kubernetes in French and Vietnamese (round 9, read unseen)', () => {
  it('a page linked by its Markdown file or by its address is one page (VitePress)', () => {
    const en = '# Dependency pre-bundling\n\nSee [`build.commonjsOptions`](/config/build-options.md#build-commonjsoptions) for the options.\n';
    const es = '# Pre-empaquetado de dependencias\n\nConsulta [`build.commonjsOptions`](/config/build-options#build-commonjsoptions) para las opciones.\n';
    expect(of(audit(en, 'es', es), 'entity')).toEqual([]);
    expect(of(audit(en, 'es', es.replace('build-options#', 'server-options#')), 'entity')).toHaveLength(1);
  });
  it('an acronym\'s English plural is the name, invariable in French ("des ClusterIP" for "ClusterIPs")', () => {
    const en = '# Service ClusterIP allocation\n\nKubernetes assigns ClusterIPs to Services from a configured range of addresses.\n';
    const fr = '# Allocation des adresses IP de cluster\n\nKubernetes attribue des ClusterIP aux Services à partir d’une plage d’adresses configurée.\n';
    expect(of(audit(en, 'fr', fr), 'entity')).toEqual([]);
  });
  it('terms a Vietnamese page keeps in English, joined by its own "hay" (or), are no English sentence', () => {
    const en = '# Cloud controller\n\nBefore the CCM, the kubelet initialised a node with cloud details such as the IP address, region or instance type.\n';
    const vi = '# Trình quản lý cloud\n\nTrước khi có CCM, Kubelet khởi tạo một Node với thông tin từ cloud như địa chỉ IP, region hay instance type.\n';
    expect(of(audit(en, 'vi', vi), 'untranslated')).toEqual([]);
  });
});

describe("a definition list's indented paragraphs are read (kramdown, Pandoc; javascript.info's hints)", () => {
  it('the paragraphs under ": definition" are text, not indented code; the marker is markup', () => {
    const md = '# Hints\n\n`"default"`\n: Occurs in rare cases when the operator is not sure what type to expect.\n\n    For instance, binary plus can work both with strings and numbers.\n\n    ```js\n    let total = obj1 + obj2;\n    ```\n\nThe end.\n';
    const { masked } = maskMarkdown(md);
    expect(masked).toContain('For instance, binary plus can work both with strings and numbers.');
    expect(masked).not.toContain('let total');
    expect(masked).not.toMatch(/: Occurs/);
    // Not after a blank line, nor in fenced code: a colon opening a line stays as written there.
    expect(maskMarkdown('Text.\n\n: not a definition here\n').masked).toContain(': not a definition');
  });
});
