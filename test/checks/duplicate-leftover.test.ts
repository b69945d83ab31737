// duplicate: leftover fragments of an edit — a phrase repeated at a line start right after the
// text ending with it. The cases are the two real French security pages of issue 10.
import { describe, expect, it } from 'vitest';
import { duplicate } from '../../src/checks/duplicate.js';
import { documentFromFile } from '../../src/corpus/index.js';
import { makeAlignment, makeContext } from '../helpers/make.js';

const doc = (lang: string, text: string, format: 'text' | 'markdown') =>
  documentFromFile({ path: `${lang}.${format === 'text' ? 'txt' : 'md'}`, text, encoding: 'utf-8', format }, { detectParagraphs: false });
const run = (en: string, fr: string, format: 'text' | 'markdown' = 'markdown') => {
  const ctx = makeContext(makeAlignment(doc('en', en, format), doc('fr', fr, format)));
  return { ctx, found: duplicate.run(ctx).filter((f) => f.message.includes('leftover')) };
};
const spanOf = (ctx: ReturnType<typeof run>['ctx'], r: { start: number; end: number } | null) => ctx.alignment.target.file.text.slice(r!.start, r!.end);

describe('duplicate: leftover fragments', () => {
  it('"… sont utilisés.⏎sont utilisés." in a hard-wrapped paragraph', () => {
    const { ctx, found } = run(
      'Only strictly necessary cookies\nare used.',
      'Seuls les cookies strictement nécessaires sont utilisés.\nsont utilisés.',
    );
    expect(found).toHaveLength(1);
    expect(spanOf(ctx, found[0].target)).toBe('sont utilisés');
  });

  it('"… par la plateforme⏎la plateforme HackerOne" inside one sentence', () => {
    const { ctx, found } = run(
      'Vulnerabilities reported through the\nHackerOne platform are reviewed weekly.',
      'Les vulnérabilités signalées par la plateforme\nla plateforme HackerOne sont examinées chaque semaine.',
    );
    expect(found).toHaveLength(1);
    expect(spanOf(ctx, found[0].target)).toBe('la plateforme');
  });

  it('plain text: each line a paragraph, the leftover line is still found', () => {
    const { found } = run('Only strictly necessary cookies are used.', 'Seuls les cookies strictement nécessaires sont utilisés.\nsont utilisés.', 'text');
    expect(found).toHaveLength(1);
  });

  it('two list items ending alike are no leftover (React, "Lifecycle of Reactive Effects", French)', () => {
    const en = '1. `✅ Connecting to "general" room at https://localhost:1234...` *(development-only)*\n1. `❌ Disconnected from "general" room at https://localhost:1234.` *(development-only)*\n';
    const fr = '1. `✅ Connexion au salon « general » sur https://localhost:1234...` *(seulement en développement)*\n2. `❌ Déconnexion du salon « general » sur https://localhost:1234.` *(seulement en développement)*\n';
    expect(run(en, fr).found).toEqual([]);
    // …but a wrapped line inside an item still is one
    const { found } = run('1. Only strictly necessary cookies\n   are used.\n', '1. Seuls les cookies strictement nécessaires sont utilisés.\n   sont utilisés.\n');
    expect(found).toHaveLength(1);
  });

  it('what must stay quiet: a heading echoed by its paragraph, a single repeated word, a refrain the source has too', () => {
    expect(run('## Installing the CLI\n\nInstalling the CLI takes a minute.', '## Installer la CLI\n\nInstaller la CLI prend une minute.').found).toEqual([]);
    expect(run('We met them in the\nevening.', 'Nous les avons vus le\nle soir.').found).toEqual([]);
    expect(run('Never again, never again.', 'Plus jamais,\nplus jamais.').found).toEqual([]);
    expect(run('Never again.', 'Plus jamais,\nplus jamais.').found).toHaveLength(1);
  });
});
