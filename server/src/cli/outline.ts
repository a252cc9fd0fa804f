import { parseReport } from '../core/parse/parser';
import { documentSymbols, type ReportSymbol } from '../core/features/outline';
import { positionOf } from '../core/text/position';
import type { ReportDocument } from '../core/parse/model';
import { msg, type Translator } from '../core/l10n/message';

export interface OutlineJson {
  name: string;
  kind: string;
  role?: string;
  words: number;
  line: number;
  children: OutlineJson[];
}

/** The outline in the CLI's language: its notice for headings beyond the cap is a message too. */
export function outlineOf(text: string, tr: Translator): { doc: ReportDocument; symbols: ReportSymbol[] } {
  const doc = parseReport(text);
  return { doc, symbols: documentSymbols(doc, undefined, tr) };
}

export function outlineJson(doc: ReportDocument, symbols: readonly ReportSymbol[]): OutlineJson[] {
  return symbols.map((s) => ({
    name: s.name,
    kind: s.role,
    role: s.node.role,
    words: s.words,
    line: positionOf(doc.lines, s.range.start).line + 1,
    children: outlineJson(doc, s.children),
  }));
}

/** The tree as indented text, 字数 on the right. */
export function outlineText(symbols: readonly ReportSymbol[], tr: Translator): string {
  const lines: string[] = [];
  const visit = (list: readonly ReportSymbol[], depth: number) => {
    for (const s of list) {
      const role = s.roleName ? ` [${tr(s.roleName)}]` : '';
      lines.push(`${'  '.repeat(depth)}${s.name}${role}  ${tr(msg('{0} chars', s.words))}`);
      visit(s.children, depth + 1);
    }
  };
  visit(symbols, 0);
  return lines.join('\n');
}
