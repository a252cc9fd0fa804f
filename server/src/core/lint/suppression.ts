import type { LineTable } from '../text/lines';

/**
 * Inline suppression, as markdownlint does it:
 *   <!-- workreport-disable rule-id -->   <!-- workreport-enable rule-id -->
 *   <!-- workreport-disable-next-line rule-id -->    (no id = every rule)
 */
interface Directive {
  readonly line: number;
  readonly kind: 'disable' | 'enable' | 'disable-next-line';
  /** Empty = all rules. */
  readonly ids: readonly string[];
}

const DIRECTIVE = /<!--\s*workreport-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

export class Suppressions {
  private readonly directives: Directive[] = [];

  constructor(lines: LineTable) {
    if (!lines.text.includes('workreport-')) return;
    for (let i = 0; i < lines.length; i++) {
      const text = lines.lineText(i);
      if (!text.includes('<!--')) continue;
      DIRECTIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DIRECTIVE.exec(text))) {
        const ids = m[2].split(/[\s,]+/).filter(Boolean);
        this.directives.push({ line: i, kind: m[1] as Directive['kind'], ids });
      }
    }
  }

  get empty(): boolean {
    return this.directives.length === 0;
  }

  isSuppressed(ruleId: string, line: number): boolean {
    let off = false;
    for (const d of this.directives) {
      if (d.line > line) break;
      const applies = d.ids.length === 0 || d.ids.includes(ruleId);
      if (!applies) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line === line - 1) return true;
      } else if (d.line < line || d.kind === 'disable') {
        off = d.kind === 'disable';
      }
    }
    return off;
  }
}
