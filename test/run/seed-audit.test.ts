// The shipped corpus, through the whole pipeline (read → segment → align → checks → placed spans):
// every defect the seed carries is found at its exact span, and the correct conversions and kept
// names are not flagged. This is what an editor reviewing corpus/llama-gpu-cluster would expect.
import { describe, expect, it } from 'vitest';
import { auditDocumentSet } from '../../src/run/audit.js';
import { defaultConfig } from '../../src/run/config.js';
import { discover } from '../../src/run/discover.js';
import type { AuditDocument, AuditTarget, Finding } from '../../src/types/index.js';

const [set] = discover(['corpus/llama-gpu-cluster'], { sourceLang: 'en', aligned: false });
const audit: AuditDocument = auditDocumentSet(set, defaultConfig());
const target = (lang: string): AuditTarget => audit.targets.find((t) => t.lang === lang)!;
const vi = target('vi');
const fr = target('fr');
const by = (t: AuditTarget, check: string): Finding[] => t.findings.filter((f) => f.check === check);
const targetTexts = (t: AuditTarget): string[] => t.findings.map((f) => f.target?.text ?? '');

describe('the seed corpus: what must be found', () => {
  it('reads the three versions with their languages, English as the source', () => {
    expect(audit.source.lang).toBe('en');
    expect(audit.source.sentences).toHaveLength(27);
    expect(audit.targets.map((t) => [t.lang, t.sentences.length])).toEqual([
      ['fr', 33],
      ['vi', 17],
    ]);
  });

  it('vi: English “through cash” left in, with the source span it corresponds to', () => {
    const f = by(vi, 'untranslated').find((x) => x.target?.text === 'through cash')!;
    expect(f).toBeDefined();
    expect(f.severity).toBe('major');
    expect(f.category).toBe('Accuracy/Untranslated');
    expect(f.source?.text).toBe('burning through cash');
    expect(vi.sentences[f.target!.segments[0]].text.slice(f.target!.start, f.target!.end)).toBe('through cash');
  });

  it('vi: French “développeurs” named as French and as leaked from the French version', () => {
    const f = by(vi, 'untranslated').find((x) => x.target?.text === 'développeurs')!;
    expect(f.message).toMatch(/French/);
    expect(f.message).toMatch(/fr\.txt/);
    expect(f.source?.text).toBe('developers');
  });

  it('vi: the translation stops at “Tuần…”: one critical finding saying how much is missing', () => {
    const [f] = by(vi, 'truncation');
    expect(by(vi, 'truncation')).toHaveLength(1);
    expect(f.severity).toBe('critical');
    expect(f.target?.text).toBe('Tuần…');
    expect(f.message).toMatch(/13 sentences/);
    expect(f.source?.text.startsWith('On Tuesday, Google CEO Sundar Pichai')).toBe(true);
    expect(f.source?.text.endsWith('pull off subsidizing Llama for everyone else.')).toBe(true);
    // No omission finding for the same gap, and no per-number noise from the cut sentence.
    expect(by(vi, 'omission')).toEqual([]);
    expect(vi.summary.coverage).toBeCloseTo(14 / 27, 3);
  });

  it('vi: “ChatGPT” became “Chat GPT”', () => {
    const [f] = by(vi, 'entity');
    expect(f.target?.text).toBe('Chat GPT');
    expect(f.expected).toBe('ChatGPT');
  });

  it('vi: the hashtag line and the Nguồn credit are minor additions', () => {
    const adds = by(vi, 'addition').map((f) => [f.severity, f.target?.text.slice(0, 12)]);
    expect(adds).toContainEqual(['minor', '#Meta #AI #L']);
    expect(adds).toContainEqual(['minor', 'Nguồn: https']);
  });

  it('fr: the repeated title is a duplicate; the four-line English footer is one finding per problem', () => {
    const dup = by(fr, 'duplicate');
    expect(dup).toHaveLength(1);
    expect(dup[0].target?.segments).toEqual([1, 1]);
    // "Source link" and the comment form ("Leave a Reply / Your email address will not be
    // published. Required fields are marked *") were five findings from three checks, minor and
    // major at once; now each problem is one `addition` (it knows the text is a credit line and page
    // boilerplate: delete it) naming the checks that saw it only as English.
    const footer = fr.findings.filter((f) => f.target && f.target.segments[0] >= 29);
    expect(footer.map((f) => [f.check, f.severity, f.target?.text.split('\n')[0]])).toEqual([
      ['addition', 'minor', 'Source link'],
      ['addition', 'minor', 'Leave a Reply'],
    ]);
    expect(footer[0].alsoSeenBy?.map((a) => a.check)).toEqual(['untranslated']);
    expect(footer[1].alsoSeenBy?.map((a) => a.check).sort()).toEqual(['untranslated', 'wrong-language']);
    expect(by(fr, 'untranslated')).toEqual([]);
    expect(by(fr, 'wrong-language')).toEqual([]);
    expect(by(fr, 'addition').every((f) => f.severity === 'minor')).toBe(true);
  });

  it('12 findings in all (was 14 before one problem became one finding: the French footer’s 5 are 2; then the dropped “more than”)', () => {
    expect(fr.findings).toHaveLength(4);
    expect(vi.findings).toHaveLength(8);
  });

  it('vi: “an increase of more than 42 percent” → “tăng 42%”: the approximate figure reads as exact (minor)', () => {
    const f = by(vi, 'number').filter((x) => x.severity === 'minor');
    expect(f.map((x) => [x.target?.text, x.source?.text])).toEqual([['42', 'more than 42']]);
  });

  it('MQM: the half-missing Vietnamese scores far worse than the complete French', () => {
    expect(vi.summary.mqmScore).toBeGreaterThan(10 * fr.summary.mqmScore);
  });
});

describe('the seed corpus: what must not be flagged', () => {
  it('numbers in every locale format match: 100,000 / 100.000 / 100 000, $40 billion / 40 tỷ USD / 40 milliards de dollars, 42 percent / 42% / 42 %, 9 percent / 9 pour cent', () => {
    // The one number finding is the dropped approximator (above), not a value.
    expect(by(vi, 'number').filter((f) => !f.message.includes('approximate'))).toEqual([]);
    expect(by(fr, 'number')).toEqual([]);
  });

  it('kept names, brands, codes and loanwords are not untranslated: Meta, Llama, OpenAI, ChatGPT, El Capitan, WhatsApp, GPU, CEO, H100, chip, megawatt', () => {
    const flagged = [...targetTexts(vi), ...targetTexts(fr)].join(' | ');
    for (const kept of ['Meta', 'Llama', 'OpenAI', 'El Capitan', 'WhatsApp', 'GPU', 'CEO', 'H100', 'chip', 'megawatt', 'Facebook', 'Sam Altman']) {
      expect(flagged.split(' | ').filter((t) => t === kept)).toEqual([]);
    }
    expect(by(vi, 'untranslated').map((f) => f.target?.text)).toEqual(['through cash', 'développeurs']);
  });

  it('the French translation is complete: no truncation, omission or entity finding', () => {
    expect(by(fr, 'truncation')).toEqual([]);
    expect(by(fr, 'omission')).toEqual([]);
    expect(by(fr, 'entity')).toEqual([]);
    expect(fr.summary.coverage).toBe(1);
  });

  it('every span slices to its text in its own version', () => {
    for (const t of audit.targets) {
      for (const f of t.findings) {
        for (const [span, version] of [
          [f.target, t],
          [f.source, audit.source],
        ] as const) {
          if (!span) continue;
          const first = version.sentences[span.segments[0]];
          const last = version.sentences[span.segments[1]];
          const fileStart = first.start + span.start;
          const fileEnd = last.start + span.end;
          expect(fileEnd).toBeGreaterThanOrEqual(fileStart);
          if (span.segments[0] === span.segments[1]) expect(first.text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });
});
