// The field's bead notation, one bead per line: `[0]:[0]`, `[3, 4]:[5]`, `[]:[7]`, `[9]:[]`
// (the format of the Bleualign/Vecalign gold files).
import type { Bead } from '../types/index.js';

export function formatBead(b: Bead): string {
  return `[${b.source.join(', ')}]:[${b.target.join(', ')}]`;
}

export function formatBeads(beads: readonly Bead[]): string {
  return beads.map((b) => `${formatBead(b)}\n`).join('');
}

function indices(list: string, line: number): number[] {
  const t = list.trim();
  if (t === '') return [];
  return t.split(',').map((x) => {
    const v = x.trim();
    if (!/^\d+$/.test(v)) throw new SyntaxError(`bead line ${line}: "${v}" is not a sentence index`);
    return Number(v);
  });
}

/** Parses the notation; blank lines are skipped. Throws SyntaxError on a malformed line. */
export function parseBeads(text: string): Bead[] {
  const beads: Bead[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, k) => {
    const line = raw.trim();
    if (line === '') return;
    const m = /^\[([^\]]*)\]\s*:\s*\[([^\]]*)\]$/.exec(line);
    if (!m) throw new SyntaxError(`bead line ${k + 1}: expected "[i, …]:[j, …]", got "${line}"`);
    beads.push({ source: indices(m[1], k + 1), target: indices(m[2], k + 1) });
  });
  return beads;
}
