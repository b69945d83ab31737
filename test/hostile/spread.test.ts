// No input-sized array is ever spread into call arguments: `Math.min(...kept)`, `out.push(...g)`,
// `String.fromCharCode(...units)` pass every element as an argument, and past ~100,000 elements
// V8 throws "Maximum call stack size exceeded" (tqc exited 3 on one sentence repeated 125,000
// times). The rule is checked on the syntax tree of every file in src/ (rolldown's parser, which
// vitest already brings), so a comment or a string holding "...(" does not count, and neither does
// an array literal `[...xs]` (built by iteration, no argument limit). `f.apply(null, xs)` is the
// same call under another name and is refused too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { describe, expect, it } from 'vitest';

type Node = { type: string; start: number; end: number; [k: string]: unknown };

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|mts|js|mjs)$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

/** "file:line: code" for every call with a spread argument, or `.apply(…)`. */
function spreadCalls(file: string, code: string): string[] {
  const ast = parseAst(code, { lang: 'ts' }, file) as unknown as Node;
  const found: string[] = [];
  const where = (n: Node) => `${relative('.', file)}:${code.slice(0, n.start).split('\n').length}: ${code.slice(n.start, Math.min(n.end, n.start + 80))}`;
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== 'object' || typeof (n as Node).type !== 'string') return;
    const node = n as Node;
    if (node.type === 'CallExpression' || node.type === 'NewExpression') {
      const args = node.arguments as Node[];
      const callee = node.callee as Node;
      const isApply = callee.type === 'MemberExpression' && (callee.property as Node).type === 'Identifier' && (callee.property as { name: string }).name === 'apply' && args.length === 2;
      if (args.some((a) => a.type === 'SpreadElement') || isApply) found.push(where(node));
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'type' && typeof v === 'object') visit(v);
  };
  visit(ast);
  return found;
}

describe('no spread of arrays into call arguments', () => {
  it('the detector finds the shapes that crashed (self-test)', () => {
    const code = 'const a = Math.min(...kept); out.push(...g); s += String.fromCharCode(...units); f.apply(null, xs); const ok = [...xs]; // g(...x)\nconst t = "h(...y)";';
    expect(spreadCalls('self-test.ts', code).map((l) => l.split(': ')[1])).toEqual(['Math.min(...kept)', 'out.push(...g)', 'String.fromCharCode(...units)', 'f.apply(null, xs)']);
  });

  it('src/ has none', () => {
    const files = sources('src');
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => spreadCalls(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
});
