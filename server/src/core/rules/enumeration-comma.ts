import type { Rule } from '../lint/types';
import { markIndex } from '../analysis/markIndex';
import { isHan } from '../text/lines';
import { msg } from '../l10n/message';

/**
 * No 顿号 between the items of a pure list of quoted or book-titled items (GB/T 15834-2011 4.5.3.5: 《条例》
 * 《规定》, “两重”“两新”), and none before 等. Only pure lists: where the quoted items share a list with an item
 * that is not quoted (贯彻“一国两制”、“港人治港”、“澳人治澳”、高度自治的方针; 用好“两重”、“两新”、新型政策性金融
 * 工具), the 顿号 separates the list's items alike and stays. The State Council and most provinces keep the
 * 顿号 in pure lists too, as house style, and fixed formulas are written as the Party and State write them: so
 * this is a hint, and its fix is offered in the lightbulb, never applied by fix-all.
 */
export const enumerationComma: Rule = {
  id: 'enumeration-comma',
  defaultLevel: 'hint',
  category: 'typography',
  fix: 'quick',
  description: msg("No 、 between quoted or book-titled items, or before 等"),
  check(ctx) {
    const text = ctx.doc.text;
    // Candidates come in document order; a list is read once, at its first 顿号, for all of them.
    let list: QuotedList | undefined;
    for (const at of markIndex(ctx.doc).enumerationComma) {
      if (text[at + 1] === '等') {
        // 等额 等级 等同 …: a word of its own after a list's 顿号, not the 等 that closes a list.
        if (NOT_CLOSING_DENG.includes(text[at + 2])) continue;
      } else {
        if (!list || at >= list.end) list = readList(text, at);
        if (!list.pure) continue;
      }
      ctx.report({
        start: at,
        end: at + 1,
        message: text[at + 1] === '等' ? msg("No 、 before 等") : msg("No 、 between quoted or book-titled items"),
        fixes: [{ title: msg("Remove the 、"), edits: [{ start: at, end: at + 1, newText: '' }], all: false }],
      });
    }
  },
};

const NOT_CLOSING_DENG = '额级同待候距值价量效高比于到身速边分腰温压离次';

/**
 * Formulas of the Party and State written with the 顿号 between their quoted parts, every year, in every
 * report that names them: “一国两制”、“港人治港”、“澳人治澳” and “爱国者治港”、“爱国者治澳”.
 */
const FORMULAS = new Set(['一国两制', '港人治港', '澳人治澳', '爱国者治港', '爱国者治澳']);

/** The quoted or titled items joined by 、 around one 顿号: where the list ends, and whether it is pure. */
interface QuotedList {
  readonly end: number;
  readonly pure: boolean;
}

const OPENER: Record<string, string> = { '”': '“', '》': '《' };
const CLOSER: Record<string, string> = { '“': '”', '《': '》' };
/** No quoted item is longer: a longer search would cross into another sentence's marks. */
const MAX_ITEM = 80;

/** `comma` stands between a closing ” or 》 and an opening “ or 《 (see markIndex). */
function readList(text: string, comma: number): QuotedList {
  const items: [number, number][] = [];
  // Backwards: the item before the 顿号, and the items before it joined by 、.
  let close = comma - 1;
  for (;;) {
    const open = matchBack(text, close);
    if (open < 0) break;
    items.unshift([open, close]);
    if (text[open - 1] !== '、' || !OPENER[text[open - 2]]) break;
    close = open - 2;
  }
  // Forwards: the items after it.
  let open = comma + 1;
  let end = comma + 1;
  for (;;) {
    const closeAt = matchForward(text, open);
    if (closeAt < 0) break;
    items.push([open, closeAt]);
    end = closeAt + 1;
    if (text[end] !== '、' || !CLOSER[text[end + 1]]) break;
    open = end + 1;
  }
  const first = items.length > 0 ? items[0][0] : comma;
  const pure = items.length >= 2 && !followsItem(text, first) && !itemFollows(text, end)
    && !items.every(([o, c]) => FORMULAS.has(text.slice(o + 1, c)));
  return { end, pure };
}

/** The opening mark of the item whose closing mark is at `close`, or -1. */
function matchBack(text: string, close: number): number {
  const want = OPENER[text[close]];
  if (!want) return -1;
  for (let k = close - 1; k >= 0 && close - k <= MAX_ITEM; k--) {
    const ch = text[k];
    if (ch === want) return k;
    if (ch === '\n' || ch === text[close]) return -1;
  }
  return -1;
}

/** The closing mark of the item opened at `open`, or -1. */
function matchForward(text: string, open: number): number {
  const want = CLOSER[text[open]];
  if (!want) return -1;
  for (let k = open + 1; k < text.length && k - open <= MAX_ITEM; k++) {
    const ch = text[k];
    if (ch === want) return k;
    if (ch === '\n' || ch === '\r' || ch === text[open]) return -1;
  }
  return -1;
}

/** A list item without marks stands before the first quoted one: ……、“两重”、“两新”. */
function followsItem(text: string, first: number): boolean {
  return text[first - 1] === '、';
}

/**
 * A list item without marks follows the last quoted one: “两新”、新型政策性金融工具 (directly or after the words
 * the last item carries on with: “组团式”教育医疗帮扶、建筑业……), or “一单两报”和货物…… joined by 和 及 与 或.
 */
function itemFollows(text: string, end: number): boolean {
  if (text[end] === '、') return text[end + 1] !== '等';
  const joined = /^(和|及|与|以及|或)/.exec(text.slice(end, end + 2));
  if (joined) return !CLOSER[text[end + joined[0].length]];
  let k = end;
  while (k < text.length && k - end <= MAX_ITEM && isHan(text[k])) k++;
  return k > end && text[k] === '、';
}
