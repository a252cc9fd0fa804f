import { RULES } from '../core/rules/index';
import { TOO_LARGE_ID } from '../core/lint/engine';
import type { Severity } from '../core/lint/types';
import { RULES_DOC_URL } from '../core/docs';
import type { FileResult } from './check';
import type { Translator } from '../core/l10n/message';
import { translator } from '../core/l10n/message';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const DEFAULT_LEVEL = (l: string): 'error' | 'warning' | 'note' | 'none' => (l === 'off' ? 'none' : l === 'error' ? 'error' : l === 'warning' ? 'warning' : 'note');

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the tool's rules with help links, results with
 * 1-based lines and columns counted in UTF-16 code units (declared by columnKind).
 */
export function toSarif(results: readonly FileResult[], version: string, tr: Translator): object {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'workreport',
          version,
          semanticVersion: version,
          informationUri: RULES_DOC_URL.replace(/\/blob\/.*$/, ''),
          rules: [...RULES.map((r) => ({
            id: r.id,
            name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
            shortDescription: { text: tr(r.description) },
            fullDescription: { text: translator()(r.description) },
            helpUri: `${RULES_DOC_URL}#${r.id}`,
            defaultConfiguration: { level: DEFAULT_LEVEL(r.defaultLevel) },
            properties: { category: r.category },
          })), {
            id: TOO_LARGE_ID,
            shortDescription: { text: 'Document too large to check' },
            helpUri: `${RULES_DOC_URL}#${TOO_LARGE_ID}`,
            defaultConfiguration: { level: 'note' },
          }],
        },
      },
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((r) => r.problems.map((p) => ({
        ruleId: p.ruleId,
        level: LEVEL[p.severity],
        message: { text: p.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: r.relative },
            region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
          },
        }],
      }))),
    }],
  };
}
