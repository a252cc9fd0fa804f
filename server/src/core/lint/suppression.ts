import type { LineTable } from '../text/lines';
import type { TextEdit } from '../text/edit';

/**
 * Inline suppression, as markdownlint does it:
 *   <!-- workreport-disable rule-id -->   <!-- workreport-enable rule-id -->
 *   <!-- workreport-disable-next-line rule-id -->    (no id = every rule)
 *
 * A directive runs from a `<!--` to the first `-->` after it, with no `>` between. Comments are found
 * with indexOf and each `-->` is looked for once, so a line of 50,000 unclosed `<!-- workreport-disable `
 * costs one pass (a regular expression tried every `<!--` against the rest of the line: quadratic, 45 s for
 * 1 MB). Lookups are by rule id in Maps (ids are the author's text: `constructor` is an id like any other).
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';
type Kind = DirectiveKind;

/** The region directives (disable, enable) that apply to one rule id, or to every rule, in document order. */
interface Regions {
  readonly lines: number[];
  readonly order: number[];
  readonly off: boolean[];
}

const EVERY_RULE = '';
const PREFIX = 'workreport-';
const KINDS: readonly Kind[] = ['disable-next-line', 'disable', 'enable'];

/** The comment that writes a directive, as the reader below reads it back. */
export function directiveComment(kind: DirectiveKind, ruleIds: readonly string[] = []): string {
  return ['<!--', `${PREFIX}${kind}`, ...ruleIds, '-->'].join(' ');
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
  private count = 0;
  private readonly regions = new Map<string, Regions>();
  /** By rule id: the lines a disable-next-line silences, and the lines that hold a disable (which silences its own line). */
  private readonly nextLines = new Map<string, Set<number>>();
  private readonly disableLines = new Map<string, Set<number>>();

  constructor(lines: LineTable) {
    if (!lines.text.includes(PREFIX)) return;
    for (let i = 0; i < lines.length; i++) {
      const text = lines.lineText(i);
      if (text.includes('<!--')) this.readLine(text, i);
    }
  }

  get empty(): boolean {
    return this.count === 0;
  }

  private readLine(text: string, line: number): void {
    let close = -1;
    let gt = -1;
    for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open + 1)) {
      const body = open + 4;
      if (close < body) close = text.indexOf('-->', body);
      // No `-->` after this `<!--`: none after any later one either.
      if (close < 0) return;
      if (gt < body) gt = text.indexOf('>', body);
      if (gt < close) continue;
      const directive = parseDirective(text.slice(body, close));
      if (!directive) continue;
      this.add(directive.kind, directive.ids, line);
      open = close + 2;
    }
  }

  private add(kind: Kind, ids: readonly string[], line: number): void {
    const order = this.count++;
    for (const id of ids.length ? ids : [EVERY_RULE]) {
      if (kind === 'disable-next-line') setFor(this.nextLines, id).add(line + 1);
      else {
        if (kind === 'disable') setFor(this.disableLines, id).add(line);
        let r = this.regions.get(id);
        if (!r) this.regions.set(id, (r = { lines: [], order: [], off: [] }));
        r.lines.push(line);
        r.order.push(order);
        r.off.push(kind === 'disable');
      }
    }
  }

  /**
   * Whether a rule is silenced on a line: by a disable-next-line on the line before, a disable on the line
   * itself, or the last disable/enable on an earlier line (an enable takes effect on the line after it).
   */
  isSuppressed(ruleId: string, line: number): boolean {
    if (this.nextLines.get(EVERY_RULE)?.has(line) || this.nextLines.get(ruleId)?.has(line)) return true;
    if (this.disableLines.get(EVERY_RULE)?.has(line) || this.disableLines.get(ruleId)?.has(line)) return true;
    const all = lastBefore(this.regions.get(EVERY_RULE), line);
    const own = lastBefore(this.regions.get(ruleId), line);
    const last = !all ? own : !own ? all : all.order > own.order ? all : own;
    return last?.off ?? false;
  }
}

function setFor(map: Map<string, Set<number>>, id: string): Set<number> {
  let set = map.get(id);
  if (!set) map.set(id, (set = new Set()));
  return set;
}

/** The kind and rule ids of a comment's body (` workreport-disable a, b `), or undefined. */
function parseDirective(body: string): { kind: Kind; ids: string[] } | undefined {
  const start = body.search(/\S/);
  if (start < 0 || !body.startsWith(PREFIX, start)) return undefined;
  const at = start + PREFIX.length;
  const kind = KINDS.find((k) => body.startsWith(k, at) && !/\w/.test(body.charAt(at + k.length)));
  if (!kind) return undefined;
  return { kind, ids: body.slice(at + kind.length).split(/[\s,]+/).filter(Boolean) };
}

/** The last region directive on a line before `line`, by binary search. */
function lastBefore(r: Regions | undefined, line: number): { order: number; off: boolean } | undefined {
  if (!r) return undefined;
  let lo = 0, hi = r.lines.length - 1, hit = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r.lines[mid] < line) {
      hit = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return hit < 0 ? undefined : { order: r.order[hit], off: r.off[hit] };
}
