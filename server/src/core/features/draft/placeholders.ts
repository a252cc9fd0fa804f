import { placeholder } from '../../parse/placeholder';
import { numberToChinese } from '../../text/numerals';

/**
 * What each placeholder of the next-year draft asks the author to write. One form for all (【待补充：…】,
 * parse/placeholder.ts) so that the checker lists them and a search finds every gap left.
 */
export const ASK = {
  /** Under each task of last year's plan, in the review. */
  task: placeholder('对照上年部署，写明完成情况、主要数据和成效'),
  /** The review of a report whose plan listed no numbered tasks. */
  review: (y: number) => placeholder(`对照${y}年工作部署，逐项写明完成情况、主要数据和成效`),
  shortcomings: placeholder('存在的主要差距和不足，以及改进的打算'),
  requirements: (next: number) => placeholder(`${next}年工作的总体要求（指导思想、工作思路）`),
  targets: (next: number) => placeholder(`${next}年主要预期目标`),
  /** The plan's lead paragraph, when the source's plan opens with one that is not the goals. */
  planLead: (next: number) => placeholder(`${next}年工作的总体考虑`),
  taskHeading: (n: number) => placeholder(`第${numberToChinese(n)}项任务`),
  taskBody: placeholder('主要举措、目标和责任'),
  /** A plan without numbered items in the source. */
  plan: (next: number) => placeholder(`${next}年的工作任务`),
  selfBuilding: placeholder('自身建设的安排'),
  closing: placeholder('结束语'),
};

/**
 * The shortcomings paragraph of the review: a lead of the draft's own that the parser reads as the
 * shortcomings paragraph (parse/roles.ts, isShortcomingsParagraph), so the outline shows it where it belongs,
 * then what to write.
 */
export const SHORTCOMINGS_LEAD = '同时，我们也清醒看到，工作中还存在一些差距和不足：';
