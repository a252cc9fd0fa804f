import type { Rule } from './types';
import { expectedMarks } from '../parse/marker';

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
    // Inline enumerations inside paragraphs: 一是：…… and 第一、…… (GB/T 15834-2011 4.5.3.2 注).
    const inline = /(^|[。；;！？!?])([\s\u3000]*)(([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3}))([：:，,、])/g;
    for (const p of ctx.doc.paragraphs) {
      if (p.kind === 'heading' || !/是|第/.test(p.text)) continue;
      inline.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = inline.exec(p.text))) {
        const isShi = m[4] !== undefined;
        const mark = m[6];
        if (!isShi && (mark === '，' || mark === ',')) continue;
        const markAt = p.start + m.index + m[0].length - mark.length;
        const word = m[3];
        const want = isShi ? '' : '，';
        ctx.report({
          start: markAt - word.length,
          end: markAt + 1,
          message: isShi
            ? { zh: `“${word}”后不加标点，此处为“${mark}”`, en: `No mark after “${word}”; found “${mark}”` }
            : { zh: `“${word}”后应为逗号“，”，此处为“${mark}”`, en: `“${word}” takes a comma “，”, found “${mark}”` },
          fixes: [{ title: isShi ? { zh: `删除“${mark}”`, en: `Remove “${mark}”` } : { zh: '改为“，”', en: 'Replace with “，”' }, edits: [{ start: markAt, end: markAt + 1, newText: want }], all: true }],
        });
      }
    }
  },
};
