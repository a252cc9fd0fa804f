import type { OutlineNode, Report, ReportDocument } from '../parse/model';
import { numberToChinese } from '../text/numerals';
import { partWithRole } from '../parse/roles';

export interface NextYearDraft {
  readonly text: string;
  readonly sessionYear?: number;
}

export const PLACEHOLDER = {
  review: '（待补充：对照上年部署，写明完成情况和成效。）',
  shortcomings: '（待补充：工作中存在的差距和不足。）',
  plan: '（待补充）',
};

const setYear = (heading: string, y: number) => heading.replace(/(?<!\d)\d{4}(?=年)/, String(y));

const shiftYears = (s: string, from: number) => s.replace(/(?<!\d)(\d{4})(?=年)/g, (y) => (Number(y) >= from - 1 && Number(y) <= from ? String(Number(y) + 1) : y));

/**
 * Next year's draft from this year's report, as offices make it every autumn — but without the copy's
 * traps: years move on by one, the date line and session ordinal become blanks to fill, the review part
 * lists last year's plan sections as headings to report against, the plan part is an empty skeleton,
 * and the closing is kept. The original document is not touched.
 */
export function draftNextYear(doc: ReportDocument, sessionYearOverride?: number): NextYearDraft {
  const out: string[] = [];
  let next: number | undefined;
  for (const report of doc.reports) {
    const y = sessionYearOverride ?? report.sessionYear;
    next = y !== undefined ? y + 1 : undefined;
    out.push(draftOne(doc, report, y));
  }
  return { text: out.join('\n\n') + '\n', sessionYear: next };
}

function draftOne(doc: ReportDocument, report: Report, y: number | undefined): string {
  const text = doc.text;
  const md = report.markdown;
  const h = (level: number, s: string) => (md ? `${'#'.repeat(level)} ${s}` : s);
  const blocks: string[] = [];
  const year = y ?? new Date().getFullYear();
  const next = year + 1;
  blocks.push(h(1, shiftYears(report.title || '工作报告', year)));
  if (report.dateLine) {
    const date = text.slice(report.dateLine.start, report.dateLine.end).replace(/\r?\n/g, '');
    blocks.push(date
      .replace(/(\d{4})年\d{1,2}月\d{1,2}日/, `${next}年×月×日`)
      .replace(/第[一二三四五六七八九十]+次/, '第×次'));
  } else {
    blocks.push(`${next}年×月×日在××第×次会议上`);
  }
  if (report.speaker) blocks.push(text.slice(report.speaker.start, report.speaker.end));

  const parts = report.children.filter((c) => c.type === 'part');
  const numberedParts = parts.some((p) => p.marker);
  // Roles (parse/roles.ts) name one review and one annual plan; five-year and goals parts are not copied.
  const review = partWithRole(report, 'review');
  const annualPlan = partWithRole(report, 'plan');
  // The headings name the right years outright: a draft copied from a report that was itself a year
  // behind (2023年主要工作回顾 in a 2025 report) must not carry the mistake forward.
  const reviewHeading = review ? setYear(review.heading, year) : `${year}年工作回顾`;
  const planHeading = annualPlan ? setYear(annualPlan.heading, next) : `${next}年工作设想`;
  // Last year's plan becomes this year's checklist: its sections, as headings to report against.
  const toReport = annualPlan ? annualPlan.children.filter((c) => c.marker) : [];

  let partNo = 1;
  const partHeading = (heading: string) => (numberedParts ? h(2, `${numberToChinese(partNo++)}、${heading}`) : h(2, heading));
  blocks.push(partHeading(reviewHeading));
  // Government parts are themselves the 一、 sections (items （一） beneath); other parts hold 一、 sections.
  const partsAreSections = numberedParts && parts.some((p) => p.level === 1);
  const childForm = (n: number) => (partsAreSections ? `（${numberToChinese(n)}）` : `${numberToChinese(n)}、`);
  if (toReport.length === 0) {
    blocks.push(h(3, `${childForm(1)}`), PLACEHOLDER.review);
  } else {
    toReport.forEach((s: OutlineNode, i) => blocks.push(h(3, `${childForm(i + 1)}${s.heading}`), PLACEHOLDER.review));
  }
  blocks.push(PLACEHOLDER.shortcomings);
  blocks.push(partHeading(planHeading));
  blocks.push(h(3, `${childForm(1)}${PLACEHOLDER.plan}`), h(3, `${childForm(2)}${PLACEHOLDER.plan}`));
  for (const p of report.closing) blocks.push(doc.paragraphs.text(p));
  return blocks.join('\n\n');
}
