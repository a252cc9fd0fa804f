import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseReport } from '../../server/src/core/parse/parser';
import {
  MIN_SCORE, ReportComparer, annualParts, compareReports, features, matchTasks, planTasks, reviewPassages, tasksByParagraph, unansweredTasks,
  type Comparison, type Passage, type TaskAnswer,
} from '../../server/src/core/features/compare';
import { shortcomingsOf } from '../../server/src/core/parse/roles';
import { HAVE_SHARED, REPO_ROOT, SHARED, lines, sharedTexts } from '../helpers/fixture';

const passage = (line: number, heading: string, text = ''): Passage => ({ line, name: heading || text.slice(0, 10), heading, text });

describe('compare: this year’s review against last year’s plan', () => {
  it('reads Chinese without spaces as character pairs, drops pairs every report uses, keeps quoted terms whole', () => {
    const f = features('加快推进“两新”政策落地');
    assert.ok(f.has('“两新”'));
    assert.ok(f.has('政策'));
    assert.ok(!f.has('推进'), 'a word every report uses says nothing');
    assert.ok(!f.has('新”'), 'no pair spans a quotation mark');
  });

  it('matches each task with the paragraph that reports on it, best first, and lists a task nobody answered', () => {
    const tasks = [
      passage(0, '（一）实施“两新”政策，扩大有效投资', '推动大规模设备更新和消费品以旧换新，扩大有效投资。'),
      passage(1, '（二）深化医药卫生体制改革', '推进县域医共体建设，提高基层医疗服务能力。'),
      passage(2, '（三）建设海洋强省', '发展远洋渔业和海上风电，建设现代化港口群。'),
    ];
    const answers = [
      passage(10, '', '一是“两新”政策成效明显。设备更新投资增长12%，消费品以旧换新带动销售额超百亿元。'),
      passage(11, '', '二是医疗服务能力稳步提高。县域医共体实现全覆盖，基层医疗机构诊疗量增长8%。'),
      passage(12, '', '三是文化事业繁荣发展。新建图书馆十座，举办群众文化活动两千场。'),
    ];
    const result = matchTasks(tasks, answers);
    assert.deepEqual(result.map((r) => r.task.line), [0, 1, 2], 'tasks keep their order');
    assert.equal(result[0].matches[0].line, 10);
    assert.equal(result[1].matches[0].line, 11);
    assert.deepEqual(result[2].matches, [], 'the sea was promised and not reported on');
    for (const r of result) for (let i = 1; i < r.matches.length; i++) assert.ok(r.matches[i - 1].score >= r.matches[i].score);
  });

  it('one paragraph may answer several tasks', () => {
    const tasks = [passage(0, '（一）稳定粮食生产', '粮食播种面积稳定，粮食产量保持稳定。'), passage(1, '（二）发展乡村旅游', '打造乡村旅游精品线路，发展乡村旅游。')];
    const answers = [passage(5, '', '一是乡村振兴扎实推进。粮食产量保持稳定，乡村旅游精品线路接待游客增长两成。')];
    assert.deepEqual(matchTasks(tasks, answers).map((r) => r.matches[0]?.line), [5, 5]);
  });

  it('finds the plan part of last year’s report and the review part of this year’s, or says which is missing', () => {
    const last = parseReport(lines('某区人民政府工作报告', '——2025年1月10日在某区第一届人民代表大会第五次会议上',
      '一、2024年工作回顾', '过去一年，我们做了很多工作。', '二、2025年工作安排', '（一）实施“两新”政策，扩大有效投资。推动设备更新。', '（二）建设海洋强区。发展远洋渔业。'));
    const current = parseReport(lines('某区人民政府工作报告', '——2026年1月10日在某区第一届人民代表大会第六次会议上',
      '一、2025年工作回顾', '一是“两新”政策成效明显，设备更新投资增长12%。', '二、2026年工作安排', '（一）继续努力。'));
    const result = compareReports(last, current);
    assert.equal(result.missing, undefined);
    assert.deepEqual(result.answers.map((a) => [a.task.line + 1, a.matches.map((m) => m.line + 1)]), [[6, [4]], [7, []]]);
    assert.equal(compareReports(current, parseReport('没有结构的一段话。')).missing, 'review');
    assert.equal(compareReports(parseReport('没有结构的一段话。'), current).missing, 'plan');
  });

  it('the shortcomings of the review report on no task: a problem named there is not an answer', () => {
    const last = parseReport(lines('某区人民政府工作报告', '——2025年1月10日在某区第一届人民代表大会第五次会议上',
      '一、2024年工作回顾', '过去一年，我们做了很多工作。', '二、2025年工作安排',
      '（一）实施“两新”政策，扩大有效投资。推动设备更新和消费品以旧换新。', '（二）建设海洋强区。发展远洋渔业和海上风电，建设现代化港口。'));
    const current = parseReport(lines('某区人民政府工作报告', '——2026年1月10日在某区第一届人民代表大会第六次会议上',
      '一、2025年工作回顾', '一是“两新”政策成效明显，设备更新投资增长12%，消费品以旧换新销售额增长9%。',
      '同时，我们也清醒地看到，工作中还存在不少困难和问题。',
      '海洋经济发展不充分，远洋渔业和海上风电规模偏小，港口建设滞后。',
      '二、2026年工作安排', '（一）继续努力。'));
    const result = compareReports(last, current);
    assert.equal(result.review?.line, 2, 'the review part, where the editor reports what is unanswered');
    assert.deepEqual(unansweredTasks(result).map((t) => [t.line + 1, t.name]), [[7, '（二）建设海洋强区']]);
    assert.deepEqual([...tasksByParagraph(result)], [[3, ['（一）实施“两新”政策，扩大有效投资']]]);
  });

  const pair = ['20_guangdong-gov-2025.txt', '21_guangdong-gov-2026.txt'].map((n) => path.join(SHARED, 'corpus', n));
  it('on a real pair (广东 2025 -> 2026): the best match is a paragraph a reader would choose for at least 80% of the tasks', function () {
    if (!HAVE_SHARED || !pair.every((p) => fs.existsSync(p))) this.skip();
    const [last, current] = pair.map((p) => parseReport(fs.readFileSync(p, 'utf8')));
    const { answers } = compareReports(last, current);
    // Chosen by reading both reports: task line (2025) -> the 2026 review paragraphs that report on it (1-based).
    const expected: Record<number, number[]> = {
      32: [17], // 大湾区“一点两地” -> 这是粤港澳大湾区建设纵深推进的五年
      37: [13], // “百县千镇万村高质量发展工程” -> 五是“百县千镇万村高质量发展工程”实现三年初见成效
      42: [10], // 扩大内需 -> 二是推动全省经济运行稳中有进（消费、投资、外贸）
      47: [11, 18], // 制造业当家、现代化产业体系 -> 三是科技创新和产业创新深度融合 / 产业科技互促双强的五年
      52: [11, 18], // 全过程创新链、教育科技人才 -> the same two
      57: [19, 12], // 市场经济体制、改革 -> 改革动力开放活力的五年 / 四是营商环境
      63: [19, 10], // 开放 -> 改革动力开放活力的五年 / 二是（外贸外资）
      67: [21], // 绿美广东生态建设 -> 绿美广东生态建设绘就新画卷的五年
      72: [9, 22], // 文化、旅游、体育 -> 一是承办十五运会 / 人民生活品质的五年
      78: [22, 14], // 民生 -> 人民生活品质的五年 / 六是全力保障和改善民生
      86: [14, 22], // 法治广东、平安广东 -> 民生与安全
      91: [23], // 政府自身建设 -> 五年来，我们深刻领悟……（政府自身建设）
    };
    assert.deepEqual(answers.map((a) => a.task.line + 1), Object.keys(expected).map(Number), 'one entry per task of the 2025 plan, in order');
    const right = answers.filter((a) => a.matches.length && expected[a.task.line + 1].includes(a.matches[0].line + 1));
    assert.ok(right.length / answers.length >= 0.8, `${right.length} of ${answers.length}: ${answers.map((a) => `${a.task.line + 1}->${a.matches[0]?.line + 1}`).join(' ')}`);
  });
});

describe('compare while typing: every version as if compared from scratch', () => {
  const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'compare');
  const LAST = fs.readFileSync(path.join(FIXTURES, '某市2025年政府工作报告.md'), 'utf8');
  const THIS = fs.readFileSync(path.join(FIXTURES, '某市2026年政府工作报告.md'), 'utf8');
  const SEA = '五是海洋强市建设起步。远洋渔业产量增长一成，海上风电装机新增五十万千瓦，现代化港口群加快建设。';
  /** What the editor shows of a comparison: each task's matches, the unanswered tasks and where the review is. */
  const shown = (c: Comparison) => ({ answers: c.answers, missing: c.missing, review: c.review && [c.review.line, c.review.range.start, c.review.range.end] });
  /** Compares `text` with the comparer kept across versions and from scratch (both reports parsed anew); returns the comparison. */
  const both = (comparer: ReportComparer, text: string, last = LAST): Comparison => {
    const kept = comparer.compare(parseReport(text));
    assert.deepEqual(shown(kept), shown(compareReports(parseReport(last), parseReport(text))));
    return kept;
  };
  const replace = (text: string, from: string, to: string) => {
    assert.ok(text.includes(from), from);
    return text.replace(from, to);
  };

  it('edits inside the review, in one paragraph or adding and deleting one, and outside it, with 𠮷 and CRLF', () => {
    const comparer = new ReportComparer(parseReport(LAST));
    let text = THIS;
    const unanswered = () => unansweredTasks(both(comparer, text)).map((t) => t.name);
    assert.deepEqual(unanswered(), ['（三）建设海洋强市']);
    text = replace(text, '设备更新投资', '设备𠮷更新投资'); // one paragraph of the review
    assert.deepEqual(unanswered(), ['（三）建设海洋强市']);
    text = replace(text, '同时，我们也清醒地看到', `${SEA}\n\n同时，我们也清醒地看到`); // a paragraph added
    assert.deepEqual(unanswered(), []);
    assert.equal(tasksByParagraph(both(comparer, text)).get(16)?.[0], '（三）建设海洋强市');
    text = replace(text, '二是医疗服务能力稳步提高。县域医共体实现全覆盖，基层医疗机构诊疗量增长8%。\n\n', ''); // a paragraph deleted
    assert.deepEqual(unanswered(), ['（二）深化医药卫生体制改革']);
    text = replace(text, '海洋经济发展不充分', '海洋𠮷经济发展不充分'); // the shortcomings: no answer either way
    assert.deepEqual(unanswered(), ['（二）深化医药卫生体制改革']);
    text = replace(text, '继续实施“两新”政策。', '继续实施“两新”政策，推进医共体建设。'); // this year's plan: outside the review
    assert.deepEqual(unanswered(), ['（二）深化医药卫生体制改革']);
    text = replace(text, '## 一、2025年工作回顾', '各位代表：\n\n## 一、2025年工作回顾'); // every line of the review moves down by two
    const moved = both(comparer, text);
    assert.equal(moved.review?.line, 6);
    text = text.replace(/\n/g, '\r\n');
    assert.deepEqual(both(comparer, text).answers, moved.answers, 'CRLF: the same lines');
    text = replace(text, '粮食产量一百零二万吨', '粮食产量𠮷一百零二万吨');
    both(comparer, text);
  });

  it('an edit outside the review reuses the last matching; a changed paragraph does not', () => {
    const comparer = new ReportComparer(parseReport(LAST));
    const before = comparer.compare(parseReport(THIS));
    const outside = comparer.compare(parseReport(replace(THIS, '继续实施“两新”政策。', '继续实施“两新”政策，建设海洋强市。')));
    assert.equal(outside.answers, before.answers, 'the same matching, not made again');
    const inside = comparer.compare(parseReport(replace(THIS, '新增托位两千一百个', '新增托位两千二百个')));
    assert.notEqual(inside.answers, before.answers);
    assert.deepEqual(inside.answers, compareReports(parseReport(LAST), parseReport(replace(THIS, '新增托位两千一百个', '新增托位两千二百个'))).answers);
  });

  const pair = ['20_guangdong-gov-2025.txt', '21_guangdong-gov-2026.txt'].map((n) => path.join(SHARED, 'corpus', n));
  it('on a real pair (广东 2025 -> 2026): forty edits, most inside the review, each version as compared from scratch', function () {
    if (!HAVE_SHARED || !pair.every((p) => fs.existsSync(p))) this.skip();
    const [last, current] = pair.map((p) => fs.readFileSync(p, 'utf8'));
    const comparer = new ReportComparer(parseReport(last));
    let text = current;
    let seed = 2026;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const typed = ['，', '𠮷', '海洋渔业', '“百千万工程”', '\r\n', '\n\n', '乡村振兴', '。'];
    for (let k = 0; k < 40; k++) {
      const review = comparer.compare(parseReport(text)).review!;
      const at = k % 4 === 3 ? random(text.length) : review.range.start + random(review.range.end - review.range.start);
      text = k % 5 === 4 ? text.slice(0, at) + text.slice(at + 1 + random(30)) : text.slice(0, at) + typed[random(typed.length)] + text.slice(at);
      both(comparer, text, last);
    }
  });
});

/**
 * The matching written plainly, as compare.ts describes it (a heading's features count twice; tf·idf with the
 * document frequency over the tasks and the paragraphs together; cosine; at most three matches): what the editor
 * keeps from one version to the next must not change a score.
 */
function plainMatching(tasks: readonly Passage[], answers: readonly Passage[]): TaskAnswer[] {
  const featuresOf = (p: Passage) => {
    const f = features(p.text);
    for (const [k, w] of features(p.heading)) f.set(k, (f.get(k) ?? 0) + w * 2);
    return f;
  };
  const all = [...tasks, ...answers].map(featuresOf);
  const df = new Map<string, number>();
  for (const f of all) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const vectors = all.map((f) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [k, w] of f) {
      const x = (1 + Math.log(w)) * Math.log((all.length + 1) / (df.get(k)! + 1));
      v.set(k, x);
      norm += x * x;
    }
    return { v, norm: Math.sqrt(norm) || 1 };
  });
  return tasks.map((task, t) => {
    const tv = vectors[t];
    const scored = answers.map((answer, a) => {
      const av = vectors[tasks.length + a];
      let dot = 0;
      for (const [k, x] of tv.v) dot += x * (av.v.get(k) ?? 0);
      return { line: answer.line, name: answer.name, score: dot / (tv.norm * av.norm) };
    });
    const matches = scored.filter((m) => m.score >= MIN_SCORE).map((m) => ({ ...m, score: Math.round(m.score * 100) / 100 }));
    matches.sort((x, y) => y.score - x.score || x.line - y.line);
    return { task: { line: task.line, name: task.name }, matches: matches.slice(0, 3) };
  });
}

describe('compare: the matching is the formula written plainly', () => {
  it('on every real report’s plan against the next report’s review (corpus and seeds)', function () {
    if (!HAVE_SHARED) this.skip();
    const docs = [...sharedTexts('corpus'), ...sharedTexts('seeds')].map((t) => parseReport(t.text));
    let compared = 0;
    docs.forEach((last, i) => {
      const current = docs[(i + 1) % docs.length];
      const plan = last.reports.map((r) => annualParts(r).plan).find((p) => p);
      const report = current.reports.find((r) => annualParts(r).review);
      const review = report && annualParts(report).review;
      if (!plan || !report || !review) return;
      const answers = reviewPassages(current, review, shortcomingsOf(report).filter((s) => s.range.start >= review.range.start && s.range.start < review.range.end));
      const tasks = planTasks(last, plan);
      assert.deepEqual(compareReports(last, current).answers, plainMatching(tasks, answers));
      compared++;
    });
    assert.ok(compared >= 5, `${compared} pairs compared`);
  });
});
