import type { ReportDocument, Report } from '../parse/model';
import type { ResolvedConfig } from '../config/config';
import type { Finding, Fix, Rule, RuleContext, Severity } from './types';
import { Suppressions } from './suppression';
import { msg } from '../l10n/message';

export const TOO_LARGE_ID = 'document-too-large';
/** No editor shows more than this usefully; the cap keeps hostile input linear in time and output. */
export const MAX_FINDINGS_PER_RULE = 1000;

/** Told of each fix the engine refused; tests count them (built-in rules must cause none). */
export type RefusedFixSink = (ruleId: string, fix: Fix) => void;

/** Runs every enabled rule over a parsed document and returns findings in document order. */
export function checkDocument(doc: ReportDocument, config: ResolvedConfig, rules: readonly Rule[], refused?: RefusedFixSink): Finding[] {
  if (doc.text.length > config.maxDocumentSize) {
    return [{
      ruleId: TOO_LARGE_ID, start: 0, end: 0, severity: 'information', fixes: [],
      message: msg("The document is larger than {0} characters (workreport.maxDocumentSize); checks are off, the outline still works", config.maxDocumentSize),
    }];
  }
  const findings: Finding[] = [];
  const enabled = new Map<string, Severity>();
  for (const rule of rules) {
    const level = config.levels[rule.id] ?? rule.defaultLevel;
    if (level !== 'off') enabled.set(rule.id, level);
  }
  for (const rule of rules) {
    const severity = enabled.get(rule.id);
    if (!severity) continue;
    let count = 0;
    const ctx: RuleContext = {
      doc,
      config,
      sessionYear: (report: Report) => config.sessionYear ?? report.sessionYear,
      isEnabled: (id) => enabled.has(id),
      report: (f) => {
        // A hostile paste (100 KB of “（”) must not turn into 100,000 diagnostics: past the cap, a rule stops.
        if (count >= MAX_FINDINGS_PER_RULE) return false;
        count++;
        findings.push({ ruleId: rule.id, start: characterStart(doc.text, f.start), end: characterEnd(doc.text, f.end), message: f.message, severity, fixes: allowedFixes(rule, f.fixes, refused) });
        return count < MAX_FINDINGS_PER_RULE;
      },
    };
    rule.check(ctx);
  }
  const suppressions = new Suppressions(doc.lines);
  const kept = suppressions.empty ? findings : findings.filter((f) => !suppressions.isSuppressed(f.ruleId, doc.lines.lineAt(f.start)));
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * The fixes a rule may offer by its declared kind: none from a rule declared `fix: 'none'`, and none that joins
 * fix-all from a rule declared `fix: 'quick'` (fix-all runs on save; it applies only what a rule vouches for).
 * A refused fix is dropped and the finding kept.
 */
function allowedFixes(rule: Rule, fixes: readonly Fix[] | undefined, refused: RefusedFixSink | undefined): readonly Fix[] {
  if (fixes === undefined) return [];
  if (rule.fix === 'all' || fixes.length === 0) return fixes;
  const kept = rule.fix === 'quick' ? fixes.filter((fix) => !fix.all) : [];
  if (kept.length === fixes.length) return fixes;
  for (const fix of fixes) if (!kept.includes(fix)) refused?.(rule.id, fix);
  return kept;
}

/**
 * A range's ends moved out to whole characters: a rule that cuts a range at a length (part-order's first 20
 * units of a paragraph) must not end it between the two halves of a surrogate pair (😀, 𠮷), a position no
 * editor can show and LSP does not allow.
 */
function characterStart(text: string, offset: number): number {
  return isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset - 1 : offset;
}

function characterEnd(text: string, offset: number): number {
  return isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1)) ? offset + 1 : offset;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
