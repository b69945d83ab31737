// Documents for the --shard / merge tests and measurements: `count` directories, each the shipped
// article (English source, French and Vietnamese translations) varied by its index — a paragraph
// of a translation dropped, a number changed — so documents differ and carry findings.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = 'corpus/llama-gpu-cluster';

const paragraphs = (text: string) => text.split(/\n\s*\n/);

export function writeDocuments(dir: string, count: number): string[] {
  const en = readFileSync(join(SEED, 'en.txt'), 'utf8');
  const fr = readFileSync(join(SEED, 'fr.txt'), 'utf8');
  const vi = readFileSync(join(SEED, 'vi.txt'), 'utf8');
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = `article-${String(i).padStart(3, '0')}`;
    const doc = join(dir, name);
    mkdirSync(doc, { recursive: true });
    const frParas = paragraphs(fr);
    frParas.splice(i % frParas.length, 1);
    const source = i % 3 === 0 ? en.replace(/\d+/, (n) => String(Number(n) + i)) : en;
    writeFileSync(join(doc, 'en.txt'), source);
    writeFileSync(join(doc, 'fr.txt'), frParas.join('\n\n'));
    writeFileSync(join(doc, 'vi.txt'), i % 2 === 0 ? vi : `${vi}\n\n${paragraphs(en)[i % 4]}\n`);
    names.push(name);
  }
  return names;
}
