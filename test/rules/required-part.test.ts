import { ruleTester, report, lines, HEAD, REVIEW } from '../helpers/ruleTester';
import type { WorkreportConfig } from '../../server/src/core/config/config';

const STRICT: WorkreportConfig = { profile: 'strict', profiles: { strict: { required: ['review', 'shortcomings', 'plan'] } } };

// Each report kind requires parts: by default a review of last year and a plan for this year. Quick fix only:
// inserting a part's skeleton is an offer, never something fix-all does on save.
ruleTester('required-part', {
  valid: [
    report('一、甲', '正文。'),
    { name: 'a profile that requires the shortcomings part, which is there', text: report('一、甲', '正文。', '回顾过去的一年，我们的工作还存在差距。'), config: STRICT },
  ],
  invalid: [
    {
      name: 'a report without a plan part is offered its skeleton',
      text: lines(HEAD, REVIEW, '一、甲', '正文。'),
      errors: [{ message: '缺少“工作设想”部分（人大常委会工作报告应有此部分）', severity: 'error', line: 1, column: 3 }],
      output: lines(HEAD, REVIEW, '一、甲', '正文。', '', '2023年工作设想', '', '一、'),
      lfOnly: 'the inserted skeleton is written with \\n (CRLF files get mixed line ends: reported)',
    },
    {
      name: 'a report without a review part',
      text: lines(HEAD, '## 2023年工作设想', '一、甲', '正文。'),
      errors: ['缺少“工作回顾”部分（人大常委会工作报告应有此部分）'],
      output: lines(HEAD, '2022年工作回顾', '', '一、', '', '## 2023年工作设想', '一、甲', '正文。'),
      lfOnly: 'the inserted skeleton is written with \\n',
    },
    {
      name: 'a profile can require the shortcomings part',
      text: report('一、甲', '正文。'),
      config: STRICT,
      errors: ['缺少“差距与不足”部分（工作报告应有此部分）'],
    },
    {
      name: 'offsets in UTF-16 after 😀 and in a title with 𠮷',
      text: lines('😀', '# $$𠮷县人大常委会工作报告$$', '——2023年1月10日在𠮷县第十届人民代表大会第三次会议上', REVIEW, '一、甲', '正文。'),
      errors: [{ message: '缺少“工作设想”部分（人大常委会工作报告应有此部分）', line: 2, column: 3 }],
    },
  ],
});
