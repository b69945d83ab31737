// React API reference pages (first read 2026-12-06, unseen before): useRef, useContext, memo,
// useCallback, createContext in French and Vietnamese. What they taught, with the real text: the
// memo page pair is a fixture (test/fixtures/react-reference, CC BY 4.0); the French excerpts
// below are quoted from fr.react.dev's "useRef" page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPhraseCodes } from '../../src/align/markup-anchors.js';
import { sectionStarts } from '../../src/align/sections.js';
import { IDENTIFIER } from '../../src/corpus/inline-codes.js';
import { looksLikeMdx, maskMarkdown } from '../../src/corpus/markdown.js';
import { isProgramMessage } from '../../src/checks/shared/lines.js';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';

const auditDir = (dir: string) => {
  const [set] = discover([dir], { sourceLang: 'en', aligned: false });
  return auditDocumentSet(set, defaultConfig());
};
const majors = (dir: string) =>
  auditDir(dir)
    .targets.flatMap((t) => t.findings)
    .filter((f) => f.severity === 'major' || f.severity === 'critical')
    .map((f) => `${f.check}: ${f.message}`);

describe('a section the English gained, before the last one (memo, Vietnamese)', () => {
  const dir = 'test/fixtures/react-reference/memo-vi';

  it('is one omission, the translated "Troubleshooting" section paired with its source; no truncation, no addition', () => {
    // Until sections with shared heading ids were fixed points, the translated "Troubleshooting"
    // was paired with the start of the new section: a critical truncation ("the translation stops
    // after source sentence 98"), two additions and a missing link, the new section itself unsaid.
    expect(majors(dir)).toEqual([
      'omission: source sentences 3–4 (2 sentences, 26 words) have no translation', // the React Compiler <Note>
      'omission: source sentences 96–113 (18 sentences, 179 words) have no translation',
    ]);
  });

  it('the sections both versions mark with the same id are the fixed points, in order', () => {
    const [set] = discover([dir], { sourceLang: 'en', aligned: false });
    const starts = sectionStarts(set.source, set.targets[0]);
    const text = (i: number) => set.source.sentences[i].text;
    // The 13 ids of the Vietnamese page but one: the heading "### `memo(Component, arePropsEqual?)`"
    // is all code, no sentence to fix. The new section's id is the English page's own.
    expect(starts.length).toBe(12);
    expect(starts.map(([i]) => text(i))).toContain('Troubleshooting');
    const [i, j] = starts.find(([s]) => text(s) === 'Troubleshooting')!;
    expect(set.targets[0].sentences[j].text).toBe('Khắc phục sự cố');
    expect(i - j).toBe(21); // the new section's 18 sentences, the <Note>'s 2, and one sentence split otherwise
  });
});

// fr.react.dev, "useRef", Troubleshooting (the French no-break spaces typed as spaces).
const EN = `---
title: useRef
---

## Troubleshooting {/*troubleshooting*/}

### I can't get a ref to a custom component {/*i-cant-get-a-ref-to-a-custom-component*/}

If you try to pass a \`ref\` to your own component like this:

\`\`\`js
const inputRef = useRef(null);

return <MyInput ref={inputRef} />;
\`\`\`

You might get an error in the console:

<ConsoleBlock level="error">

TypeError: Cannot read properties of null

</ConsoleBlock>

By default, your own components don't expose refs to the DOM nodes inside them.

To fix this, find the component that you want to get a ref to:
`;
const FR = (defaultLine: string) => `---
title: useRef
---

## Dépannage {/*troubleshooting*/}

### Je n'arrive pas à obtenir une ref vers un composant personnalisé {/*i-cant-get-a-ref-to-a-custom-component*/}

Si vous tentez de passer une \`ref\` à votre propre composant, comme ceci :

\`\`\`js
const inputRef = useRef(null);

return <MyInput ref={inputRef} />;
\`\`\`

…vous obtiendrez peut-être une erreur dans la console :

<ConsoleBlock level="error">

TypeError: Cannot read properties of null

</ConsoleBlock>

*(«  Avertissement : les fonctions composants ne peuvent pas recevoir de refs.  Toute tentative d'accéder à cette ref échouera.  Souhaitiez-vous utiliser React.forwardRef() ? », NdT)*

${defaultLine}

Pour corriger ça, trouvez le composant vers lequel vous souhaitez obtenir une ref :
`;
const write = (fr: string): string => {
  const dir = mkdtempSync(join(tmpdir(), 'tqc-useref-'));
  writeFileSync(join(dir, 'en.mdx'), EN);
  writeFileSync(join(dir, 'fr.mdx'), fr);
  return dir;
};

describe('a console message and a translator’s note (useRef, French)', () => {
  it('the error message kept in English and a three-sentence note marked NdT raise nothing', () => {
    // Before: "Sentence left untranslated: identical to the English source" on the TypeError, and
    // "target sentences 105–107: text with no counterpart in the source" on the note.
    expect(majors(write(FR("Par défaut, vos propres composants n'exposent pas de refs vers les nœuds DOM qu'ils contiennent.")))).toEqual([]);
  });

  it('prose left in English beside them is still reported', () => {
    expect(majors(write(FR("By default, your own components don't expose refs to the DOM nodes inside them.")))).toEqual([
      'untranslated: Sentence left untranslated: identical to the English source',
    ]);
  });

  it('reads a compound error type and a colon as a program’s message, not a bare "Warning:" label', () => {
    expect(isProgramMessage('TypeError: Cannot read properties of null')).toBe(true);
    expect(isProgramMessage('Uncaught ReferenceError: x is not defined')).toBe(true);
    expect(isProgramMessage('DeprecationWarning: Buffer() is deprecated')).toBe(true);
    expect(isProgramMessage('Warning: back up the file first.')).toBe(false);
    expect(isProgramMessage('Error handling is covered below: read it first.')).toBe(false);
  });
});

// react.dev keeps its pages as .md files written in MDX. Two sections of the Vietnamese "useState"
// page (test/fixtures/react-reference/usestate-vi, verbatim): a paragraph right after "</Sandpack>"
// with no blank line, and an error message in inline code that the translation keeps and glosses.
describe('an .md file written in MDX (useState, Vietnamese)', () => {
  const dir = 'test/fixtures/react-reference/usestate-vi';

  it('raises nothing: the paragraph after </Sandpack> keeps its links, the glossed error message pairs', () => {
    // Before: read as CommonMark, "</Sandpack>" opened an HTML block that swallowed the paragraph
    // (both its links "missing"), and the sentence with the glossed message was two added ones.
    expect(majors(dir)).toEqual([]);
  });

  it('is read as MDX when it shows components or {/* */} comments, and as Markdown otherwise', () => {
    expect(looksLikeMdx('## Usage {/*usage*/}\n\nText.\n')).toBe(true);
    expect(looksLikeMdx('<Sandpack>\n\n```js\nx\n```\n\n</Sandpack>\n')).toBe(true);
    expect(looksLikeMdx('# Title\n\nA <b>bold</b> claim, {curly} and <br> tags.\n')).toBe(false);
    expect(looksLikeMdx('{/*'.repeat(50_000))).toBe(false); // no closing: one look, not one per opening
    // The English "useMemo" page's "{/* TODO(@poteto) … */}" was a sentence, "has no translation".
    const masked = maskMarkdown('Text.\n\n{/* TODO(@poteto) - investigate potential false positives */}\n\nMore text.\n').masked;
    expect(masked).not.toContain('TODO');
  });

  it('anchors the alignment on inline code both versions keep as written, and only on that', () => {
    const [set] = discover([dir], { sourceLang: 'en', aligned: false });
    const phrases = [...sharedPhraseCodes(set.source, set.targets[0])];
    expect(phrases).toContain('Too many re-renders. React limits the number of renders to prevent an infinite loop.');
    expect(phrases.every((p) => p.length >= 16 && !IDENTIFIER.test(p))).toBe(true); // identifiers anchor anyway
  });
});
