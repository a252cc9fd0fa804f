import { ruleTester, report, lines, HEAD, REVIEW, PLAN, ruleFixture } from '../helpers/ruleTester';

// A paragraph that ends without a closing mark (GB/T 15834-2011 4.1–4.3) while the next one carries the sentence
// on, as a paste from Word or PDF leaves it. The join removes only the line break and indentation.
ruleTester('broken-paragraph', {
  valid: [
    report('一、甲', '常委会认真听取意见，不断完善预算审查监督体系。'),
    {
      name: 'never on headings, salutations, closing quotes or the end of a report',
      text: ruleFixture('broken-paragraph', 'never.md'),
    },
    {
      name: 'a placeholder, alone or as an item heading, neither is cut nor carries a sentence on',
      text: report('一、甲', '工作中还存在一些差距和不足，主要是', '【待补充：存在的差距和不足】', '（一）【待补充：第一项任务】', '【待补充：主要举措】', '（二）乙。正文。'),
    },
  ],
  invalid: [
    {
      name: 'a paragraph cut mid-sentence is joined with the next',
      text: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断$$完善预算$$', '', '审查监督体系。', PLAN),
      errors: [{ message: '段落在句中断开：“…见，不断完善预算”未以句末标点结束，下一段接续本句', severity: 'warning' }],
      output: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预算审查监督体系。', PLAN),
    },
    {
      name: 'a run-in item cut short is broken when its siblings are run-in',
      text: report('一、甲', '（一）全过程参与，推动市、区', '对接规划编制。', '（二）多角度切入。正文。', '（三）全方位发动。正文。'),
      errors: [{ message: '段落在句中断开：“…参与，推动市、区”未以句末标点结束，下一段接续本句', line: 6, column: 11 }],
      output: report('一、甲', '（一）全过程参与，推动市、区对接规划编制。', '（二）多角度切入。正文。', '（三）全方位发动。正文。'),
    },
    {
      name: 'the join removes the next paragraph’s indentation',
      text: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预算', '　　审查监督体系。', PLAN),
      errors: ['段落在句中断开：“…见，不断完善预算”未以句末标点结束，下一段接续本句'],
      output: lines(HEAD, REVIEW, '一、甲', '常委会认真听取意见，不断完善预算审查监督体系。', PLAN),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: lines(HEAD, REVIEW, '一、甲', '𠮷常委会认真听取😀意见，不断完善预算', '审查监督体系。', PLAN),
      errors: [{ message: '段落在句中断开：“…见，不断完善预算”未以句末标点结束，下一段接续本句', line: 6, column: 17 }],
      output: lines(HEAD, REVIEW, '一、甲', '𠮷常委会认真听取😀意见，不断完善预算审查监督体系。', PLAN),
    },
  ],
});
