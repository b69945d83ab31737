// kept-term: the English terms a Vietnamese translation keeps, once per translation, off by default.
import { describe, expect, it } from 'vitest';
import { keptTerm } from '../../src/checks/kept-term.js';
import { untranslated } from '../../src/checks/untranslated.js';
import { pair } from '../helpers/make.js';

// React docs (react.dev / vi.react.dev, CC BY 4.0), "Your First Component".
const EN = ['Components are one of the core concepts of React.', 'They are the foundation upon which you build user interfaces.', 'React lets you combine your markup, CSS, and JavaScript into custom components.'];
const VI = ['Component là một trong những khái niệm cốt lõi của React.', 'Chúng là nền tảng mà bạn xây dựng giao diện người dùng (UI).', 'React cho phép bạn kết hợp markup, CSS và JavaScript thành các component tùy chỉnh.'];

describe('kept-term', () => {
  it('is off unless the config turns it on', () => {
    expect(keptTerm.enabled).toBe(false);
  });

  it('lists the kept terms once, most frequent first, at the first one', () => {
    const ctx = pair('en', EN, 'vi', [...VI, 'Mỗi component trả về markup của nó.']);
    expect(untranslated.run(ctx)).toEqual([]);
    const [f, ...rest] = keptTerm.run(ctx);
    expect(rest).toEqual([]);
    expect(f.message).toBe('2 English terms kept in the Vietnamese text: component ×2, markup ×2 (a term base entry makes one an error)');
    expect(f.severity ?? keptTerm.severity).toBe('minor');
    const t = ctx.alignment.target.file.text;
    expect(t.slice(f.target!.start, f.target!.end)).toBe('markup');
  });

  it('says nothing when the translation keeps no term, nor about prose left in English', () => {
    expect(keptTerm.run(pair('en', ['A GPU cluster is burning through cash.'], 'vi', ['Một cụm GPU đang đốt through cash.']))).toEqual([]);
  });
});
