import type { Rule } from '../lint/types';
import { markIndex } from '../analysis/markIndex';
import { msg } from '../l10n/message';

const PAIRS: Record<string, string> = { '（': '）', '“': '”', '‘': '’', '《': '》', '〔': '〕', '【': '】' };
const CLOSERS: Record<string, string> = { '）': '（', '”': '“', '’': '‘', '》': '《', '〕': '〔', '】': '【' };
/**
 * Each paired mark's kind by UTF-16 code, as an index into the stacks plus one: positive for an opener,
 * negative for its closer (a table look-up, not a Map: it runs for every paired mark).
 */
const KIND = /* @__PURE__ */ (() => {
  const table = new Int8Array(0x10000);
  Object.keys(PAIRS).forEach((open, kind) => {
    table[open.charCodeAt(0)] = kind + 1;
    table[PAIRS[open].charCodeAt(0)] = -(kind + 1);
  });
  return table;
})();
const KINDS = Object.keys(PAIRS).length;

/** Paired marks open and close within one paragraph (GB/T 15834-2011 4.1.4, 4.9, 4.15). */
export const pairedMarks: Rule = {
  id: 'paired-marks',
  defaultLevel: 'warning',
  category: 'typography',
  fix: 'none',
  description: msg("Unbalanced （）“”‘’《》〔〕 within a paragraph"),
  check(ctx) {
    const text = ctx.doc.text;
    const index = markIndex(ctx.doc);
    // One stack per kind of mark (“（” and “《” may interleave in real text without being wrong), emptied
    // at each paragraph's end; marks arrive in document order, so the paragraph is tracked by its end.
    // Unmatched marks are reported paragraph by paragraph, in order, until the engine says the rule's cap
    // is reached: a hostile paste of 100,000 “（” costs one pass, with no spread of huge arrays. Stacks are
    // emptied by resetting their heights, which costs nothing in the common paragraph where all is matched.
    const blockAt = index.blockCursor();
    const stacks: number[][] = Array.from({ length: KINDS }, () => []);
    const heights = new Int32Array(KINDS);
    let open = 0;
    let strays: number[] = [];
    let full = false;
    let blockEnd = -1;
    const flush = () => {
      if (open === 0 && strays.length === 0) return;
      const unmatched = strays;
      for (let kind = 0; kind < KINDS; kind++) {
        for (let h = 0; h < heights[kind]; h++) unmatched.push(stacks[kind][h]);
        heights[kind] = 0;
      }
      open = 0;
      strays = [];
      if (unmatched.length > 1) unmatched.sort((x, y) => x - y);
      for (const at of unmatched) {
        const ch = text[at];
        const partner = PAIRS[ch] ?? CLOSERS[ch];
        full = !ctx.report({
          start: at,
          end: at + 1,
          message: msg("“{0}” has no matching “{1}” in this paragraph", ch, partner),
        });
        if (full) return;
      }
    };
    const paired = index.paired;
    for (let j = 0; j < paired.length; j++) {
      const at = paired[j];
      if (at >= blockEnd) {
        flush();
        if (full) return;
        const block = blockAt(at);
        blockEnd = block >= 0 ? index.blocks.end(block) : at + 1;
      }
      const signed = KIND[text.charCodeAt(at)];
      if (signed > 0) {
        const kind = signed - 1;
        stacks[kind][heights[kind]++] = at;
        open++;
        continue;
      }
      const kind = -signed - 1;
      if (heights[kind] > 0) {
        heights[kind]--;
        open--;
      } else {
        strays.push(at);
      }
    }
    flush();
  },
};
