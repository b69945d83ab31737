// SARIF 2.1.0 for code-scanning dashboards (GitHub, Azure DevOps, VS Code's SARIF viewer).
// Rules come from the check registry; each finding is a result located in the target file (or,
// for an omission, which has no target text, in the target file with the source as a related
// location). Columns are UTF-16 code units, as JavaScript strings count them.
import type { Audit, AuditDocumentVersion, Finding, Severity, Span } from '../types/index.js';
import { checksOf } from './format.js';
import { placeSpan } from './positions.js';

/** The code-scanning category of tqc's results (the part before the last '/'). */
export const SARIF_CATEGORY = 'tqc/translations/';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Critical and major findings block (error); minor ones are worth a look (warning). */
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', major: 'error', minor: 'warning' };

/** A relative path with forward slashes, percent-encoded per segment; absolute paths become file URIs. */
export function artifactUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const encode = (s: string) => s.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${p.slice(0, 2)}${encode(p.slice(2))}`;
  if (p.startsWith('/')) return `file://${encode(p)}`;
  return encode(p.replace(/^(\.\/)+/, ''));
}

function region(version: AuditDocumentVersion, span: Span): Record<string, unknown> | undefined {
  const place = placeSpan(version, span);
  if (!place) return undefined;
  const snippet = { text: span.text };
  const { start, end } = place;
  if (start.line !== undefined && end.line !== undefined) {
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, snippet };
  }
  // No line table in this audit: character offsets are still exact.
  return { charOffset: start.offset, charLength: end.offset - start.offset, snippet };
}

function location(version: AuditDocumentVersion, span: Span | null): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: artifactUri(version.path) } };
  const r = span ? region(version, span) : undefined;
  if (r) physicalLocation.region = r;
  return { physicalLocation };
}

function result(f: Finding, ruleIndex: number, target: AuditDocumentVersion, source: AuditDocumentVersion): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.check,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.message },
    locations: [location(target, f.target)],
  };
  if (f.source) out.relatedLocations = [{ id: 1, ...location(source, f.source), message: { text: `source (${source.lang})` } }];
  out.partialFingerprints = { 'tqcFingerprint/v1': f.fingerprint };
  const properties: Record<string, unknown> = { severity: f.severity, category: f.category, lang: f.lang };
  if (f.key !== undefined) {
    // Catalogs: the unit's key, also as a logical location (SARIF's place for "which message").
    properties.key = f.key;
    (out.locations as Record<string, unknown>[])[0].logicalLocations = [{ name: f.key, kind: 'member' }];
  }
  if (f.actual !== undefined) properties.actual = f.actual;
  if (f.expected !== undefined) properties.expected = f.expected;
  if (f.alsoSeenBy?.length) properties.alsoSeenBy = f.alsoSeenBy.map((a) => a.check);
  out.properties = properties;
  return out;
}

export function sarif(audit: Audit): string {
  const all = audit.documents.flatMap((d) => d.targets.flatMap((t) => t.findings));
  const checks = checksOf(all);
  const index = new Map(checks.map((c, i) => [c.id, i]));
  const rules = checks.map((c) => ({
    id: c.id,
    shortDescription: { text: c.description },
    defaultConfiguration: { level: SARIF_LEVEL[c.severity] },
    properties: { category: c.category, severity: c.severity },
  }));
  const results = audit.documents.flatMap((d) =>
    d.targets.flatMap((t) => t.findings.map((f) => result(f, index.get(f.check) ?? -1, t, d.source))),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tqc', version: audit.tool.version, rules } },
        // One run for the whole invocation, in a category of its own: code scanning rejects an
        // upload holding several runs of one tool and category (codeql-action, 2025).
        automationDetails: { id: SARIF_CATEGORY },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
