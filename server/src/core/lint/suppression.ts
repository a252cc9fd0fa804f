import type { LineTable } from '../text/lines';
import type { TextEdit } from '../text/edit';

/**
 * Inline suppression, as markdownlint does it:
 *   <!-- workreport-disable rule-id -->   <!-- workreport-enable rule-id -->
 *   <!-- workreport-disable-next-line rule-id -->    (no id = every rule)
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

interface Directive {
  readonly line: number;
  readonly kind: DirectiveKind;
  /** Empty = all rules. */
  readonly ids: readonly string[];
}

const DIRECTIVE_PREFIX = 'workreport-';
const DIRECTIVE = new RegExp(`<!--\\s*${DIRECTIVE_PREFIX}(disable-next-line|disable|enable)\\b([^>]*?)-->`, 'g');

/** The comment that writes a directive, as the reader below reads it back. */
export function directiveComment(kind: DirectiveKind, ruleIds: readonly string[] = []): string {
  return ['<!--', `${DIRECTIVE_PREFIX}${kind}`, ...ruleIds, '-->'].join(' ');
}

/**
 * Silences one rule on the line holding `offset`: a disable-next-line comment inserted above it, with the
 * line's indentation and the document's own line break, so the edited document stays consistent.
 */
export function disableNextLineEdit(lines: LineTable, offset: number, ruleId: string): TextEdit {
  const line = lines.lineAt(offset);
  const start = lines.start(line);
  const indent = /^[\s\u3000]*/.exec(lines.lineText(line))![0];
  return { start, end: start, newText: `${indent}${directiveComment('disable-next-line', [ruleId])}${lineBreakNear(lines, line)}` };
}

/** The break ending a line, or the one before it on the last line; \n in a one-line text. */
function lineBreakNear(lines: LineTable, line: number): string {
  const withBreak = line + 1 < lines.length ? line : line - 1;
  return withBreak >= 0 ? lines.text.slice(lines.end(withBreak), lines.next(withBreak)) : '\n';
}

export class Suppressions {
  private readonly directives: Directive[] = [];

  constructor(lines: LineTable) {
    if (!lines.text.includes(DIRECTIVE_PREFIX)) return;
    for (let i = 0; i < lines.length; i++) {
      const text = lines.lineText(i);
      if (!text.includes('<!--')) continue;
      DIRECTIVE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = DIRECTIVE.exec(text))) {
        const ids = m[2].split(/[\s,]+/).filter(Boolean);
        this.directives.push({ line: i, kind: m[1] as DirectiveKind, ids });
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
