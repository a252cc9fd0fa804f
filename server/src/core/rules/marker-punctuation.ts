import type { Rule } from './types';
import { expectedMarks } from '../parse/marker';
import { markIndex } from './markIndex';

const LEVEL_EXAMPLE = ['', '一、', '（一）', '1.', '（1）', '①'];

/**
 * The mark after a marker (GB/T 15834-2011 4.5.3.2 and B.3.4; GB/T 9704-2012 §7.3.3):
 * 一、 takes the 顿号; （一） and （1） take nothing; 1. takes the dot; 一是 takes nothing; 第一 takes the comma.
 */
export const markerPunctuation: Rule = {
  id: 'marker-punctuation',
  defaultLevel: 'error',
  category: 'structure',
  fix: 'all',
  description: { zh: '序号后的标点：“一、”用顿号，“（一）”后不加标点，“1.”用圆点', en: 'The mark after a marker: 一、, （一） with none, 1.' },
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
        ? { zh: `“${head}”后不加标点，此处为“${m.mark}”`, en: `No mark after “${head}”; found “${m.mark}”` }
        : { zh: `“${head}”后应为“${want}”，此处为“${m.mark || '无'}”（${LEVEL_EXAMPLE[m.level]}）`, en: `“${head}” takes “${want}”, found “${m.mark || 'none'}” (${LEVEL_EXAMPLE[m.level]})` };
      ctx.report({
        start: m.start,
        end: m.end,
        message,
        fixes: [{ title: want ? { zh: `改为“${want}”`, en: `Replace with “${want}”` } : { zh: `删除“${m.mark}”`, en: `Remove “${m.mark}”` }, edits: [{ start: m.markStart, end: m.end, newText: want }], all: true }],
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
          ? { zh: `“${word}”后不加标点，此处为“${mark}”`, en: `No mark after “${word}”; found “${mark}”` }
          : { zh: `“${word}”后应为逗号“，”，此处为“${mark}”`, en: `“${word}” takes a comma “，”, found “${mark}”` },
        fixes: [{ title: isShi ? { zh: `删除“${mark}”`, en: `Remove “${mark}”` } : { zh: '改为“，”', en: 'Replace with “，”' }, edits: [{ start: markAt, end: markAt + 1, newText: want }], all: true }],
      });
    }
  },
};
