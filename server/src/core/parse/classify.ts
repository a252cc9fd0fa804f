import type { PartRole, ProfileId } from './model';
import { codeSet } from '../text/lines';

/**
 * Recognisers for the lines that make a report's frame: title, date+meeting line, speaker, web-page
 * noise, part headings, salutations. Each is a plain function of one line's text so that tests can
 * state the genre's conventions one line at a time.
 */

const SENTENCE_PUNCT = /[。，；！？,;!?]/;

/** …工作报告, 政府工作报告 (摘要) — a short line ending in 报告, with nothing of a sentence in it. */
export function isTitleLine(line: string): boolean {
  if (line.length < 4 || line.length > 60 || !line.includes('报告')) return false;
  if (SENTENCE_PUNCT.test(line) || /[：:]/.test(line)) return false;
  return /报告\s*(（摘要）|\(摘要\))?$/.test(line);
}

/** A title line with its subtitle (and perhaps the speaker) run into it: 政府工作报告——2025年3月5日在…… */
export function splitMergedTitle(line: string): number | undefined {
  // The title ends in 报告 within its first 62 characters: a bounded search backwards, not a scan of the line.
  if (line.length > 160 || line.lastIndexOf('报告', 61) < 2) return undefined;
  const match = /^(.{2,60}?报告)(\s*(——|—|\s)\s*\d{4}年\d{1,2}月\d{1,2}日)/.exec(line);
  return match ? match[1].length : undefined;
}

// Month and day may be blanks still to fill (×月×日), as in a draft made for next year.
const DATE_LINE = /^(——|—|－－|--|-)?\s*(\d{4})年(\d{1,2}|[×XＸ]{1,2})月(\d{1,2}|[×XＸ]{1,2})日\s*在/;

/** ——2025年3月5日在第十四届全国人民代表大会第三次会议上; returns the year and its offset in the line. */
export function readDateLine(line: string): { year: number; yearOffset: number } | undefined {
  const match = DATE_LINE.exec(line);
  if (!match) return undefined;
  return { year: Number(match[2]), yearOffset: match[0].indexOf(match[2]) };
}

/** A date line that stops before the meeting is named continues on the next line (06: ……第十四届 / 人民代表大会第一次会议上). */
export function dateLineIsComplete(line: string): boolean {
  return /(会议|大会|会)上/.test(line);
}

export function isDateContinuation(line: string): boolean {
  return line.length <= 40 && /(会议|大会)上\s*(（摘要）|\(摘要\))?$/.test(line) && !SENTENCE_PUNCT.test(line);
}

const OFFICE_TITLES = '主任|副主任|主席|副主席|省长|副省长|市长|副市长|区长|县长|州长|总理|院长|检察长|委员长|旗长|盟长|镇长|乡长|书记';
const SPEAKER = new RegExp(`(${OFFICE_TITLES})[\\s\\u3000]*[\\u4e00-\\u9fff·]{2,5}$`);

/** □ 徐汇区人大常委会主任 李新华 / 国务院总理　李强 / 省长 胡玉亭 */
export function isSpeakerLine(line: string): boolean {
  if (line.length > 40 || SENTENCE_PUNCT.test(line)) return false;
  return /^[□■◇]/.test(line) || SPEAKER.test(line);
}

/** Lines that web pages add around a report: 来源：, 时间：, 分享:, bare timestamps, photo captions. */
export function isNoiseLine(line: string): boolean {
  if (line.length > 120) return false;
  return /^(来源|时间|作者|编辑|责任编辑|分享|发布时间|字号|打印|关闭|浏览次数|【字体)\s*[:：]?/.test(line) && line.length <= 40
    || /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/.test(line)
    || line === '未知标题'
    || /^新华社.{0,20}电/.test(line)
    || line.endsWith('摄');
}

/** 各位代表！ / 各位委员， / 各位代表： — the opening and the closing both start so. */
export function isSalutation(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first !== 0x5404 && first !== 0x540c) return false; // 各 / 同
  return /^(各位代表|各位委员|各位常委|各位人大代表|各位政协委员|同志们)\s*[！!，,：:]/.test(line) || /^(各位代表|各位委员)\s*$/.test(line);
}

const REVIEW_FIRST = /回顾|总结/;
const PLAN_WORDS = /设想|安排|任务|计划|建议|今年|新的一年|今后|目标|重点工作|工作部署|打算|总体要求|政策取向/;
const REVIEW_WORDS = /过去一年|过去五年|一年来|五年来|主要工作|工作情况|发展成就|工作成效/;
const SHORTCOMING_WORDS = /差距|不足|存在的问题|问题和挑战|困难和挑战/;

/**
 * The role a heading's words give a part; undefined when they name none. 主要工作 names either part
 * (2020年主要工作 looks back, 2026年主要工作 plans ahead), so the year decides when the session year is known.
 */
export function partRoleOf(heading: string, sessionYear?: number): PartRole | undefined {
  if (REVIEW_FIRST.test(heading)) return 'review';
  if (PLAN_WORDS.test(heading)) return 'plan';
  const y = headingYear(heading);
  if (/主要工作/.test(heading) && y && sessionYear && y.year >= sessionYear) return 'plan';
  if (REVIEW_WORDS.test(heading)) return 'review';
  if (SHORTCOMING_WORDS.test(heading)) return 'shortcomings';
  return undefined;
}

/**
 * A stand-alone part heading written as a plain line (as pasted from Word): short, no sentence inside,
 * and naming a part: 2020年主要工作回顾, 过去一年的主要工作, 2021年工作设想.
 */
export function isPlainPartHeading(s: string): boolean {
  if (s.length < 4 || s.length > 24 || SENTENCE_PUNCT.test(s) || /[：:]/.test(s)) return false;
  // A lead-in sentence (今年要重点做好9个方面工作：) introduces items; it names no part.
  if (/(今年|我们|重点)要|做好|以下|如下|个方面/.test(s)) return false;
  if (isSalutation(s) || isTitleLine(s)) return false;
  // Headings name the part last: 2020年主要工作回顾 / 2021年工作设想 / 今后一年工作的建议.
  return partRoleOf(s) !== undefined && PART_HEADING_END.test(s);
}

const PART_HEADING_END = /(回顾|总结|设想|安排|任务|计划|建议|打算|主要工作|工作情况|思路|要点|不足|问题|差距|成就)$/;

/** 附件1 / 附件2 名词解释 / 附件：…… */
export function readAppendix(line: string): { titleOffset: number } | undefined {
  if (line.charCodeAt(0) !== 0x9644) return undefined; // 附
  const match = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*/.exec(line);
  if (!match || line.length > 40 || /[。；]/.test(line)) return undefined;
  return { titleOffset: match[0].length };
}

const SHORTCOMINGS_FIRST = codeSet('回同我但当在与也必这过对');

/** The shortcomings sentence: 回顾过去的一年，我们的工作还存在差距 / 清醒看到面临的问题和挑战. */
export function isShortcomingsParagraph(s: string): boolean {
  if (!SHORTCOMINGS_FIRST.has(s.charCodeAt(0))) return false;
  if (!/^(回顾|同时|我们也|我们|但|当然|在肯定|与此同时|也要|必须|这些|这一年|过去一年|对此)/.test(s)) return false;
  return /(存在|还有|面临|看到|仍有)[^。！]{0,24}(差距|不足|问题|挑战|短板|困难)/.test(s.slice(0, 60));
}

/** The report kind from its title (and speaker): the profile whose parts it must have. */
export function kindOf(title: string): ProfileId {
  if (/人大常委会|人民代表大会常务委员会|人大常务委员会/.test(title)) return 'npc';
  if (/政协/.test(title)) return 'cppcc';
  if (/检察院/.test(title)) return 'procuratorate';
  if (/法院/.test(title)) return 'court';
  if (/政府工作报告|人民政府/.test(title)) return 'government';
  return 'generic';
}

/** A title's own year: 2026年河北省政府工作报告 -> 2026. */
export function titleYear(title: string): number | undefined {
  const m = /(\d{4})年/.exec(title);
  return m ? Number(m[1]) : undefined;
}

/** The first four-digit year (四位数年份) in a heading, with its offset. */
export function headingYear(s: string): { year: number; offset: number } | undefined {
  const m = /(?<!\d)(\d{4})年/.exec(s);
  return m ? { year: Number(m[1]), offset: m.index } : undefined;
}

/** A five-year review: 过去五年 / 五年来 / “十四五”时期 (换届之年). */
export function isFiveYearHeading(s: string): boolean {
  return /过去五年|五年来|今后五年|时期|届/.test(s);
}

export function isHtmlCommentLine(line: string): boolean {
  return /^<!--.*-->$/.test(line);
}
