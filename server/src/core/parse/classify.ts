import type { ProfileId } from './model';
import { namesPart } from './roles';

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

// Month and day may be blanks still to fill (×月×日), as in a draft made for next year. The dash is the 破折号
// —— (U+2014), or what other fonts and keyboards give for it: ―― (U+2015, in procuratorates' layouts), －－, --.
const DATE_LINE = /^(——|—|――|―|－－|--|-)?\s*(\d{4})年(\d{1,2}|[×XＸ]{1,2})月(\d{1,2}|[×XＸ]{1,2})日\s*在/;

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
  return PART_HEADING_END.test(s) && namesPart(s);
}

const PART_HEADING_END = /(回顾|总结|设想|安排|任务|计划|建议|打算|主要工作|工作情况|思路|要点|不足|问题|差距|成就)$/;

/** 附件1 / 附件2 名词解释 / 附件：…… */
export function readAppendix(line: string): { titleOffset: number } | undefined {
  if (line.charCodeAt(0) !== 0x9644) return undefined; // 附
  const match = /^附件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*/.exec(line);
  if (!match || line.length > 40 || /[。；]/.test(line)) return undefined;
  return { titleOffset: match[0].length };
}

/** The report kind from its title (and speaker): the profile whose parts it must have. */
export function kindOf(title: string): ProfileId {
  if (/人大常委会|人民代表大会常务委员会|人大常务委员会/.test(title)) return 'npc';
  // 政协 in full: 中国人民政治协商会议××省委员会常务委员会工作报告 (its 常务委员会 is not the people's congress's).
  if (/政协|政治协商会议/.test(title)) return 'cppcc';
  if (/检察院/.test(title)) return 'procuratorate';
  if (/法院/.test(title)) return 'court';
  if (/政府工作报告|人民政府/.test(title)) return 'government';
  return 'generic';
}

export function isHtmlCommentLine(line: string): boolean {
  return /^<!--.*-->$/.test(line);
}
