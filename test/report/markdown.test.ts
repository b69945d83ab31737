import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/report/index.js';
import { MARKDOWN_MAX_CHARS } from '../../src/report/markdown.js';
import type { Audit, Finding } from '../../src/types/index.js';
import { finding, payloadAudit, seedAudit, spanIn } from './fixture.js';

const md = (a: Audit, maxChars?: number) => REPORTERS.md(a, maxChars ? { maxChars } : undefined);

describe('markdown reporter', () => {
  const out = md(seedAudit());

  it('opens with the verdict and a summary row per language', () => {
    expect(out).toContain('❌ 2 of 2 translations have findings at major and above.');
    expect(out).toContain('| Vietnamese (vi) | `corpus/llama-gpu-cluster/vi.txt` | 1 | 4 | 1 | 78.6 | 51.9 % |');
    expect(out).toContain('| French (fr) | `corpus/llama-gpu-cluster/fr.txt` | 0 | 4 | 1 | 35.9 | 100.0 % |');
  });

  it('groups findings by language, then severity, most serious first', () => {
    const vi = out.indexOf('### Vietnamese');
    const fr = out.indexOf('### French');
    const crit = out.indexOf('#### ✖ Critical (1)');
    const major = out.indexOf('#### ▲ Major (4)');
    expect(vi).toBeGreaterThan(0);
    expect(vi < crit && crit < major && major < fr).toBe(true);
    expect(out.indexOf('<details><summary>● Minor (1)</summary>', fr)).toBeGreaterThan(fr);
  });

  it('shows the check, the message, and the target and source snippets as code spans', () => {
    expect(out).toContain('- ✖ **truncation** — The translation stops at “Tuần…”\\: the 27\\-word source sentence is cut to one word  \n  translation, sentence 15: `Tuần…`  \n  source, sentence 14: `Last week,');
    expect(out).toContain('translation, sentence 9: `9 pour cent`  \n  source, sentence 7: `9 percent`');
  });

  it('renders document text inert: no raw HTML, no mention, backticks cannot close the span', () => {
    const evil = md(payloadAudit());
    // Outside code spans, no `<` or `&` is left unescaped.
    const prose = evil.replace(/(`+)[^`]*?(?:`(?!\1)[^`]*?)*\1/g, '').replace(/<\/?(details|summary|sub)>/g, '');
    expect(prose).not.toMatch(/(^|[^\\])[<&]/m);
    expect(evil).toContain('Markup in the translation\\: \\<script\\>');
    expect(evil).toContain('translation, sentence 1: `<script>window.__pwned = 1; alert(1)</script>`');
    expect(evil).toContain('```` Price: ⟨U+202E⟩evil⟨U+202C⟩ 100 & co ` `` ``` ````');
    expect(evil).not.toContain('\u202E');
    expect(evil).toContain('@\u2060octocat');
  });

  it('says so when a translation has no findings', () => {
    const a = seedAudit();
    a.documents[0].targets[1].findings = [];
    expect(md(a)).toContain('No findings.');
  });

  it(`stays under ${MARKDOWN_MAX_CHARS} characters, keeping serious findings and counting the rest`, () => {
    const a = seedAudit();
    const t = a.documents[0].targets[0];
    const extra: Finding[] = [];
    for (let i = 0; i < 5000; i++) {
      const check = i % 5 === 0 ? 'number' : 'untranslated';
      extra.push(finding(check, 'vi', `Minor finding ${i} about “Meta”`, spanIn({ ...t }, 2, 'Meta'), spanIn(a.documents[0].source, 1, 'Meta'), { severity: 'minor' }));
    }
    t.findings = [...t.findings, ...extra];
    t.summary.counts.bySeverity.minor += extra.length;
    const out = md(a);
    expect(out.length).toBeLessThanOrEqual(MARKDOWN_MAX_CHARS);
    // Every critical and major finding is listed in full.
    expect(out).toContain('**truncation**');
    expect(out).toContain('**omission**');
    expect(out).toContain('**wrong\\-language**');
    // The cut minor ones are counted by check, largest first.
    const m = /- … and (\d+) more minor findings: untranslated (\d+), number (\d+)\n/.exec(out);
    expect(m).not.toBeNull();
    const [, rest, u, n] = m!.map(Number);
    expect(u + n).toBe(rest);
    const shown = (out.match(/- ● \*\*(untranslated|number|addition)\*\*/g) ?? []).length;
    expect(shown + rest).toBe(5001);
    expect(shown).toBeGreaterThan(100);
  });

  it('keeps the cap with a small limit too, and degrades to the summary when even headings do not fit', () => {
    const a = seedAudit();
    const small = md(a, 2500);
    expect(small.length).toBeLessThanOrEqual(2500);
    expect(small).toContain('**truncation**');
    expect(small).toMatch(/… and \d+ more (major|minor) finding/);
    const limits = [700, 900, 1100, 1300, 1600, 2000];
    for (const limit of limits) expect(md(a, limit).length).toBeLessThanOrEqual(limit);
    expect(limits.some((limit) => md(a, limit).includes('Too many findings to list in a comment'))).toBe(true);
  });
});
