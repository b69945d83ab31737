// The options of `tqc check` that read the repository's history or split a run: stale translations
// (--since, --previous-source), pull-request runs (--changed-since) and CI matrices (--shard).
export const HISTORY_OPTIONS = {
  since: {
    type: 'string',
    describe: 'report translations whose source changed since REV (git); without REV, since each translation file\'s last commit (put a bare --since after the paths)',
  },
  'previous-source': { type: 'string', describe: 'the source file the translation was made from (instead of --since, for one document)' },
  'changed-since': { type: 'string', describe: 'check only the documents whose source or translation changed since REV (git diff)' },
  shard: { type: 'string', describe: 'check share K of N of the documents (by a hash of the document path), e.g. 2/4; join the JSON audits with tqc merge' },
} as const;
