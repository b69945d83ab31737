import { describe, expect, it } from 'vitest';
import { clip, codeSpan, escapeHtml, escapeHtmlText, escapeMarkdown, escapeXml, escapeXmlText } from '../../src/report/escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<img src=x onerror="a('1')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt; &amp; co');
  });
  it('leaves ordinary Vietnamese and French text alone', () => {
    expect(escapeHtml('Tuần… «plus grand que tout» 42 %')).toBe('Tuần… «plus grand que tout» 42 %');
  });
});

describe('escapeHtmlText', () => {
  it('shows a RIGHT-TO-LEFT OVERRIDE as a visible token instead of letting it flip the line', () => {
    const out = escapeHtmlText('Price: \u202Eevil\u202C 100');
    expect(out).not.toContain('\u202E');
    expect(out).toContain('⟨U+202E⟩');
    expect(out).toContain('⟨U+202C⟩');
    expect(out.startsWith('Price: <span class="ctl"')).toBe(true);
  });
  it('keeps tabs and line ends, which are ordinary text', () => {
    expect(escapeHtmlText('a\tb\nc')).toBe('a\tb\nc');
  });
});

describe('escapeXml', () => {
  it('writes forbidden control characters and lone surrogates as visible text', () => {
    expect(escapeXml('a\u0001b\uD800c')).toBe('a\\u0001b\\ud800c');
    expect(escapeXmlText('x\u001Fy')).toBe('x\\u001fy');
  });
  it('keeps a valid surrogate pair (emoji) intact', () => {
    expect(escapeXml('ok 😀')).toBe('ok 😀');
  });
  it('keeps line ends as references in attributes but literal in text', () => {
    expect(escapeXml('a\nb<"')).toBe('a&#10;b&lt;&quot;');
    expect(escapeXmlText('a\nb<"')).toBe('a\nb&lt;"');
  });
});

describe('escapeMarkdown', () => {
  it('backslash-escapes markup and breaks mentions, issue links and autolinks invisibly', () => {
    const out = escapeMarkdown('**bold** <b> @octocat #12 https://x.io [a](b)');
    expect(out).toBe('\\*\\*bold\\*\\* \\<b\\> @\u2060octocat \\#\u206012 https\\:\u2060//x\\.io \\[a\\]\\(b\\)');
  });
  it('flattens line ends so a message cannot end a list item', () => {
    expect(escapeMarkdown('a\n# b')).toBe('a \\# b');
  });
});

describe('codeSpan', () => {
  it('uses a fence longer than any run of backticks inside', () => {
    expect(codeSpan('a ` b `` c')).toBe('```a ` b `` c```');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
  it('keeps a span on one line', () => {
    expect(codeSpan('a\r\nb')).toBe('`a ⏎ b`');
  });
  it('does not write an empty span (which Markdown would print as two backticks)', () => {
    expect(codeSpan('')).toBe('` `');
  });
});

describe('clip', () => {
  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(clip('abcdef', 4)).toBe('abc…');
    expect(clip('ab😀cd', 4)).toBe('ab…');
    expect(clip('short', 10)).toBe('short');
  });
});
