import { ruleTester, report, lines, HEAD, REVIEW } from '../helpers/ruleTester';

// Parts run review -> shortcomings -> plan -> closing. No fix: moving a part is the author's decision.
ruleTester('part-order', {
  valid: [
    report('一、甲', '正文。'),
    report('一、甲', '正文。', '回顾过去的一年，我们的工作还存在差距。'),
  ],
  invalid: [
    {
      name: 'a review part after the plan part',
      text: lines(HEAD, '## 2023年工作设想', '一、甲', '正文。', '## $$2022年工作回顾$$', '一、乙', '正文。'),
      errors: [{ message: '回顾部分应在计划部分“2023年工作设想”之前', severity: 'warning', line: 7, column: 4 }],
    },
    {
      name: 'shortcomings inside the plan part',
      text: lines(HEAD, REVIEW, '一、甲', '正文。', '## 2023年工作设想', '一、乙', '正文。', '$$我们也清醒看到工作中存在的不足。'),
      errors: ['差距与不足应写在回顾部分末尾，不应出现在计划部分中'],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: lines(HEAD, REVIEW, '一、𠮷甲', '正文😀。', '## 2023年工作设想', '一、乙', '正文。', '$$我们也清醒看到工作中存在的不足$$。'),
      errors: [{ message: '差距与不足应写在回顾部分末尾，不应出现在计划部分中', line: 10, column: 1 }],
    },
  ],
});
