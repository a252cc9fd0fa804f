import type { Rule } from '../lint/types';
import { expectedMarks, standardForm } from '../parse/marker';
import { markIndex } from '../analysis/markIndex';
import { msg } from '../l10n/message';

/**
 * The mark after a marker (GB/T 15834-2011 4.5.3.2 and B.3.4; GB/T 9704-2012 §7.3.3):
 * 一、 takes the 顿号; （一） and （1） take nothing; 1. takes the dot; 一是 takes nothing; 第一 takes the comma.
 */
export const markerPunctuation: Rule = {
  id: 'marker-punctuation',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'all',
  description: msg("The mark after a marker: 一、, （一） with none, 1."),
  check(ctx) {
    const text = ctx.doc.text;
    for (const n of ctx.doc.numbered) {
      const m = n.marker!;
      const allowed = expectedMarks(m.level);
      // A composed glyph (⒈ ㈠) is rewritten whole by marker-bracket, mark included.
      if (allowed.includes(m.mark) || (m.brackets === 'glyph' && m.mark === '')) continue;
      const want = allowed[0];
      const head = text.slice(m.start, m.markStart);
      const message = want === ''
        ? msg("No mark after “{0}”; found “{1}”", head, m.mark)
        : msg("“{0}” takes “{1}”, found “{2}” ({3})", head, want, m.mark || msg('none'), standardForm(m.level));
      ctx.report({
        start: m.start,
        end: m.end,
        message,
        fixes: [{ title: want ? msg("Replace with “{0}”", want) : msg("Remove “{0}”", m.mark), edits: [{ start: m.markStart, end: spacesAfter(text, m.end), newText: want }], all: true }],
      });
    }
    // Inline enumerations inside paragraphs: 一是：…… and 第一、…… (GB/T 15834-2011 4.5.3.2 注),
    // where they open a sentence: at the start of a paragraph or after a clause end.
    const index = markIndex(ctx.doc);
    for (const at of index.inlineEnumeration) {
      const blockStart = index.blocks.start(index.blocks.at(at));
      let k = at;
      while (k > blockStart && /[\s\u3000]/.test(text[k - 1])) k--;
      if (k > blockStart && !'。；;！？!?：:'.includes(text[k - 1])) continue;
      const isShi = text[at + 1] === '是';
      const word = isShi ? text.slice(at, at + 2) : /^第[一二三四五六七八九十]{1,3}/.exec(text.slice(at, at + 4))![0];
      if (isShi && text[k - 1] !== undefined && (text[k - 1] === '：' || text[k - 1] === ':') && k > blockStart) continue;
      const markAt = at + word.length;
      const mark = text[markAt];
      const want = isShi ? '' : '，';
      ctx.report({
        start: at,
        end: markAt + 1,
        message: isShi
          ? msg("No mark after “{0}”; found “{1}”", word, mark)
          : msg("“{0}” takes a comma “，”, found “{1}”", word, mark),
        fixes: [{ title: isShi ? msg("Remove “{0}”", mark) : msg("Replace with “，”"), edits: [{ start: markAt, end: markAt + 1, newText: want }], all: true }],
      });
    }
  },
};

/**
 * Where the spaces after a wrong mark end: “三. 2026年” was typed as a Latin list (a dot, then a space), and
 * “三、 2026年” would keep half the typo; no form of GB/T 9704-2012 §7.3.3 puts a space after the marker.
 */
function spacesAfter(text: string, at: number): number {
  let end = at;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t' || text[end] === '\u3000')) end++;
  return end;
}
