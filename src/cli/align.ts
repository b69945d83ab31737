// `tqc align SOURCE TARGET`: print the sentence alignment in the field's usual bead format
// ([0]:[0], [3, 4]:[5], []:[7], [9]:[]), or as JSON with the sentence texts.
import type { CommandModule } from 'yargs';
import { alignDocuments, formatBeads } from '../align/index.js';
import { dirname } from 'node:path';
import { loadDocument } from '../corpus/index.js';
import { InputError, type Alignment, type Lang } from '../types/index.js';
import { parseLangs } from './options.js';
import { writeStdout } from './io.js';

interface AlignArgs {
  source: string;
  target: string;
  format: string;
  langs?: string;
  'sentences-per-line': boolean;
}

/** What `tqc align` computes for two files: read, segment, align, one document pair per call.
 *  scripts/eval-align.ts scores exactly this, so the README's figure is the command's. */
export function alignFiles(sourcePath: string, targetPath: string, opts: { langs?: readonly Lang[]; sentencesPerLine?: boolean } = {}): Alignment {
  const { langs } = opts;
  // Side by side in one directory, its name is neither file's language (de/001 fr/001 are named by theirs).
  const directoryNamesLang = dirname(sourcePath) !== dirname(targetPath);
  const load = { sentencesPerLine: opts.sentencesPerLine ?? false, candidates: langs ? [...langs] : undefined, directoryNamesLang };
  const source = loadDocument(sourcePath, { ...load, lang: langs?.[0] });
  const target = loadDocument(targetPath, { ...load, lang: langs?.[1] });
  return alignDocuments(source, target);
}

export function alignCommand(done: (code: number) => void): CommandModule<object, AlignArgs> {
  return {
    command: 'align <source> <target>',
    describe: 'Align the sentences of a translation to its source and print the beads',
    builder: (y) =>
      y
        .positional('source', { type: 'string', demandOption: true })
        .positional('target', { type: 'string', demandOption: true })
        .option('format', { type: 'string', default: 'text', choices: ['text', 'json'], describe: 'beads one per line, or JSON with the sentence texts' })
        .option('langs', { type: 'string', describe: 'SRC,TGT languages when the file names do not tell (vi.txt, article.fr.md)' })
        .option('sentences-per-line', { type: 'boolean', default: false, describe: 'the input is already one sentence per line (as aligner benchmarks are)' }),
    handler: async (args) => {
      const langs = args.langs ? parseLangs(args.langs) : undefined;
      if (langs && langs.length !== 2) throw new InputError(null, '--langs for align takes two languages: SRC,TGT');
      const { source, target, beads } = alignFiles(args.source, args.target, { langs, sentencesPerLine: args['sentences-per-line'] });
      if (args.format === 'json') {
        const side = (d: typeof source) => ({ path: d.file.path, lang: d.lang, sentences: d.sentences.length });
        const json = {
          source: side(source),
          target: side(target),
          beads: beads.map((b) => ({
            source: b.source,
            target: b.target,
            sourceText: b.source.map((i) => source.sentences[i].text),
            targetText: b.target.map((j) => target.sentences[j].text),
          })),
        };
        await writeStdout(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        const text = formatBeads(beads);
        await writeStdout(text.endsWith('\n') || text === '' ? text : `${text}\n`);
      }
      done(0);
    },
  };
}
