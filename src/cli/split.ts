// `tqc split FILE --out DIR`: a file that holds several languages (the Vietnamese seed carries the
// English original after its `Nguồn:` line) becomes one file per language, DIR/<lang>.txt,
// by detecting the language of each paragraph.
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { readSourceFile, splitByLanguage } from '../corpus/index.js';
import { resolveArgument } from '../corpus/paths.js';
import { OutputGuard } from './io.js';

interface SplitArgs {
  file: string;
  out: string;
}

export function splitCommand(done: (code: number) => void): CommandModule<object, SplitArgs> {
  return {
    command: 'split <file>',
    describe: 'Split a file holding several languages into one file per language',
    builder: (y) =>
      y
        .positional('file', { type: 'string', demandOption: true })
        .option('out', { type: 'string', demandOption: true, describe: 'directory for the <lang>.txt files' }),
    handler: async (args) => {
      const file = readSourceFile(resolveArgument(args.file));
      const guard = new OutputGuard();
      guard.protect([args.file]);
      for (const part of splitByLanguage(file)) {
        const path = join(args.out, `${part.lang}.txt`);
        await guard.write(path, part.text);
        process.stderr.write(`tqc: wrote ${path}\n`);
      }
      done(0);
    },
  };
}
