// `tqc check PATH...`: audit a document set (a directory of versions, or a source and its
// translations), write reports, and gate CI by exit code.
import type { CommandModule } from 'yargs';
import { CHECKS } from '../checks/index.js';
import { readBytes } from '../corpus/read.js';
import { REPORT_FORMATS, terminalSummary } from '../report/index.js';
import { githubBlobBase } from '../report/github.js';
import { auditDocumentSet, type DocumentSet } from '../run/audit.js';
import { applyBaseline, makeBaseline, parseBaseline } from '../run/baseline.js';
import { loadConfig } from '../run/config.js';
import { discover, documentPlan, readDocumentDir } from '../run/discover.js';
import { auditInParallel, defaultJobs } from './jobs.js';
import { confirmValidations, precomputedFor, startOffloads } from './offload.js';
import { exceeds } from '../run/gate.js';
import { TOOL_VERSION } from '../run/version.js';
import type { Audit, AuditDocument, Severity } from '../types/index.js';
import { InputError, SEVERITIES } from '../types/index.js';
import { parseFormats, parseLangs } from './options.js';
import { OutputGuard } from './io.js';
import { progress } from './progress.js';
import { HISTORY_OPTIONS } from './history-options.js';
import { githubOutputs, reportNamesOf, writeReports } from './reports.js';
import { attachPrevious } from '../run/since.js';
import { Scope, parseShard } from '../run/scope.js';

interface CheckArgs {
  paths?: string[];
  format?: string;
  out?: string;
  'fail-on'?: string;
  langs?: string;
  'source-lang'?: string;
  aligned: boolean;
  config?: string;
  baseline?: string;
  'write-baseline'?: string;
  quiet: boolean;
  since?: string;
  'previous-source'?: string;
  'changed-since'?: string;
  shard?: string;
  jobs?: number;
}

export function checkCommand(done: (code: number) => void): CommandModule<object, CheckArgs> {
  return {
    command: 'check [paths..]',
    describe: 'Align every translation to its source, run the checks and write the audit',
    builder: (y) =>
      y
        .positional('paths', { type: 'string', array: true, describe: 'a directory of versions (en.txt, vi.txt, …), a directory of such directories (content/), language trees (docs/en/, docs/fr/), catalogs (locales/en.json, app.fr.xlf, fr.po), or a source file followed by its translations' })
        .option('format', { type: 'string', describe: `report formats, comma-separated: ${REPORT_FORMATS.join(', ')} (default: text on a terminal, json when piped)` })
        .option('out', { type: 'string', describe: 'write DIR/<document>.<format> for each document, but one DIR/tqc.sarif for the run, and DIR/summary.md for several documents with md (otherwise the report goes to stdout)' })
        .option('fail-on', { type: 'string', describe: 'exit 1 when a finding is at or above this severity: minor, major, critical or none (default major)' })
        .option('langs', { type: 'string', describe: 'languages of the files in order, e.g. en,vi,fr (file names like vi.txt win)' })
        .option('source-lang', { type: 'string', describe: 'the source language inside a directory (default en)' })
        .option('aligned', { type: 'boolean', default: false, describe: 'the files are pre-aligned: line i of each translation translates line i of the source' })
        .option('config', { type: 'string', describe: 'configuration file (default: tqc.config.json found from the working directory up)' })
        .option('baseline', { type: 'string', describe: 'report only findings that are not in this baseline file' })
        .option('write-baseline', { type: 'string', describe: 'record the current findings in this baseline file' })
        .option('quiet', { type: 'boolean', default: false, describe: 'no summary on stderr' })
        .option('jobs', { type: 'number', describe: 'documents checked at once, on worker threads (default: one fewer than the cores, for runs of 16 documents per thread or more; never more than the cores); the reports are the same for any number' })
        .options(HISTORY_OPTIONS),
    handler: async (args) => {
      const loaded = loadConfig(args.config, process.cwd(), CHECKS.map((c) => c.id));
      if (!loaded.ok) throw new InputError(null, loaded.error);
      const config = loaded.config;
      if (!args.paths || args.paths.length === 0) {
        throw new InputError(null, 'check: name what to check — a directory of versions (tqc check content/), or a source and its translations (tqc check en.txt fr.txt)');
      }
      // Readable text on a terminal, JSON for programs (a pipe or a file).
      const formats = parseFormats(args.format ?? (process.stdout.isTTY && !args.out ? 'text' : 'json'), REPORT_FORMATS);
      const failOn = parseFailOn(args['fail-on'] ?? config.failOn ?? 'major');
      if (!args.out && formats.length > 1) throw new InputError(null, `--format ${formats.join(',')} writes several reports: name a directory with --out`);
      const langs = args.langs ? parseLangs(args.langs) : config.langs;
      const scope = new Scope({ shard: args.shard === undefined ? undefined : parseShard(args.shard), changedSince: args['changed-since'] });
      const skipped = (path: string, why: string) => {
        if (!args.quiet) process.stderr.write(`tqc: ${path}: ${why}\n`);
      };
      const jobs = parseJobs(args.jobs);
      const discoverOpts = { langs, sourceLang: args['source-lang'] ?? config.sourceLang ?? 'en', aligned: args.aligned };
      const keep = scope.active ? (p: string, f: readonly string[]) => scope.keep(p, f) : undefined;
      const guard = new OutputGuard();
      // Several document directories and more than one job: shared out to worker threads
      // (cli/jobs.ts). Files named one by one, catalogs and --previous-source stay on this thread.
      const plan = jobs > 1 && args['previous-source'] === undefined ? documentPlan(args.paths, { ...discoverOpts, keep, skipped }) : null;
      let documents: AuditDocument[];
      // Unasked, threads only pay on a run long enough to hide their start-up (~0.2 s each: the
      // bundle compiled again, the language models loaded again): 4 documents took 0.95 s on one
      // thread and 1.35 s on two.
      if (plan && plan.length > 1 && (args.jobs !== undefined || plan.length >= AUTO_JOBS_MIN_PER_JOB * jobs)) {
        const tick = progress(plan.length);
        const run = await auditInParallel(plan, { discover: discoverOpts, since: args.since, config: args.config, cwd: process.cwd() }, jobs, tick);
        guard.protect(run.paths);
        documents = run.documents;
      } else {
        // One document listed (or none), or no plan: read here, as one thread reads everything —
        // but a large catalog or --aligned pair named file by file is read by a worker too, which
        // runs some of its checks meanwhile (cli/offload.ts).
        const offloads = plan || scope.active || args['previous-source'] !== undefined || args.since !== undefined ? new Map() : startOffloads(args.paths, { discover: discoverOpts, config: args.config, cwd: process.cwd() });
        // In a function of its own: a local of this async handler stays in its generator's
        // registers until the handler returns, and the document sets (texts, sentences, caches
        // keyed by them) were still held while the reports were written — ~60 MB of a
        // 100,000-sentence pair's heap. A set is also let go as soon as it is audited.
        const paths = args.paths;
        const auditAll = (): AuditDocument[] => {
          const kept: (DocumentSet | undefined)[] = plan ? plan.map((dir) => readDocumentDir(dir, discoverOpts)) : discover(paths, { ...discoverOpts, keep, skipped });
          attachPrevious(kept as DocumentSet[], { since: args.since, previousSource: args['previous-source'] });
          guard.protect(kept.flatMap((s) => (s ? [s.source, ...s.targets].map((d) => d.file.path) : [])));
          const tick = progress(kept.length);
          const out: AuditDocument[] = [];
          for (let i = 0; i < kept.length; i++) {
            const set = kept[i] as DocumentSet;
            kept[i] = undefined;
            out.push(auditDocumentSet(set, config, precomputedFor(set, offloads)));
            tick(i + 1, set.name);
          }
          return out;
        };
        try {
          documents = auditAll();
        } catch (err) {
          // A PO file validated by the worker was read here unvalidated: if it is malformed, that is
          // the error to give (exit 2), whatever reading it unvalidated ran into.
          if (!(err instanceof InputError)) confirmValidations(offloads);
          throw err;
        }
        confirmValidations(offloads);
      }
      let audit: Audit = { schema: 'tqc-audit', version: 1, tool: { name: 'tqc', version: TOOL_VERSION }, failOn, documents, ...scope.auditFields() };
      if (args.baseline) {
        const text = readBytes(args.baseline, 'baseline file').toString('utf8');
        const baseline = parseBaseline(text, args.baseline);
        // Version 1 hashed whole spans: its fingerprints match nothing now. Say so rather than
        // report every known finding as new without a word.
        if (baseline.version !== 2 && !args.quiet) {
          process.stderr.write(`tqc: ${args.baseline}: a version ${String(baseline.version)} baseline from an older tqc; its findings are keyed differently and will show as new: record it again with --write-baseline\n`);
        }
        audit = applyBaseline(audit, baseline, config.mqm);
      }
      // Report names are settled before anything is written: a clash is refused, not half-written.
      const names = args.out ? reportNamesOf(audit) : [];
      let recorded: string | undefined;
      if (args['write-baseline']) {
        const baseline = makeBaseline(audit);
        await guard.write(args['write-baseline'], `${JSON.stringify(baseline, null, 2)}\n`);
        const n = baseline.findings.length;
        const docs = audit.documents.length;
        recorded = `wrote ${args['write-baseline']}: ${n} finding${n === 1 ? '' : 's'} of ${docs} document${docs === 1 ? '' : 's'} recorded; from now on, --baseline ${args['write-baseline']} reports only new ones\n`;
      }

      const inActions = process.env.GITHUB_ACTIONS === 'true';
      const blobBase = inActions ? githubBlobBase(process.env) : undefined;
      await writeReports(audit, formats, args.out, guard, names, { blobBase });
      if (inActions) githubOutputs(audit, blobBase);
      if (!args.quiet) process.stderr.write(terminalSummary(audit, { color: useColor(), baseline: Boolean(args.baseline) }));
      if (recorded !== undefined) {
        // Recording today's findings is what the run was asked for: it succeeds whatever they are.
        if (!args.quiet) process.stderr.write(`tqc: ${recorded}`);
        done(0);
        return;
      }
      done(exceeds(audit, failOn) ? 1 : 0);
    },
  };
}

/** Documents per thread below which an unasked --jobs stays on one thread. */
const AUTO_JOBS_MIN_PER_JOB = 16;

/** --jobs: a whole number of at least 1 (default: the number of cores). */
export function parseJobs(value: number | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!Number.isInteger(value) || value < 1) throw new InputError(null, `--jobs ${String(value)}: give a whole number of documents to check at once, 1 or more`);
  return value;
}

export function parseFailOn(value: string): Severity | 'none' {
  if (value === 'none' || (SEVERITIES as readonly string[]).includes(value)) return value as Severity | 'none';
  throw new InputError(null, `--fail-on must be one of ${SEVERITIES.join(', ')}, none (got "${value}")`);
}

function useColor(): boolean {
  return Boolean(process.stderr.isTTY) && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '');
}
