// The large inputs of issue 11 (rows 3 and 4), generated, never committed; shared by
// test/hostile/huge.test.ts (behind TQC_HUGE=1: minutes each) and `npm run bench huge`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HugeCase {
  name: string;
  /** Arguments after `tqc check`, relative to the case directory. */
  args: string[];
}

/** 1,000,000 short lines a side (--aligned, JSON): the audit is more JSON than V8's longest string. */
export function millionLines(dir: string, lines = 1_000_000): HugeCase {
  const en: string[] = [];
  const fr: string[] = [];
  for (let i = 0; i < lines; i++) {
    en.push(`Line ${i} is short.`);
    fr.push(`La ligne ${i} est courte.`);
  }
  writeFileSync(join(dir, 'en.txt'), `${en.join('\n')}\n`);
  writeFileSync(join(dir, 'fr.txt'), `${fr.join('\n')}\n`);
  return { name: `${lines.toLocaleString('en')} lines a side, --aligned --format json`, args: ['en.txt', 'fr.txt', '--aligned', '--format', 'json', '--out', 'out', '--quiet'] };
}

/** A one-sentence source against a translation of 300,000 added sentences (ten to a paragraph). */
export function addedSentences(dir: string, sentences = 300_000): HugeCase {
  const fr: string[] = [];
  for (let i = 0; i < sentences; i++) fr.push(`Phrase ajoutée numéro ${i}.${i % 10 === 9 ? '\n' : ' '}`);
  writeFileSync(join(dir, 'en.txt'), 'Meta expects to spend as much as $40 billion this year.\n');
  writeFileSync(join(dir, 'fr.txt'), fr.join(''));
  return { name: `one source sentence, ${sentences.toLocaleString('en')} added sentences`, args: ['en.txt', 'fr.txt', '--format', 'json', '--out', 'out', '--quiet'] };
}
