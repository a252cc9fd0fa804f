import { ruleTester, report } from '../helpers/ruleTester';

// Dividing into one is not dividing: （一） without （二） belongs in its parent's text. No fix.
ruleTester('lone-item', {
  valid: [
    report('一、甲', '（一）子。正文。', '（二）子。正文。', '二、乙', '正文。'),
    report('一、甲', '正文。', '二、乙', '正文。'),
    { name: 'a lone placeholder item stands for items to come', text: report('一、甲', '（一）【待补充：第一项任务】', '正文。', '二、乙', '正文。') },
  ],
  invalid: [
    {
      name: 'a parent with exactly one numbered child',
      text: report('一、甲', '$$（一）子。正文。', '二、乙', '正文。'),
      errors: [{ message: '“（一）”是本级唯一的一项，缺少“（二）”；只有一项时不必编号', severity: 'warning' }],
    },
    {
      name: 'a lone 1.',
      text: report('一、甲', '1.孙。正文。', '二、乙', '正文。'),
      errors: [{ message: '“1.”是本级唯一的一项，缺少“2.”；只有一项时不必编号', line: 6, column: 1 }],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷', '𠮷', '$$（一）$$😀子。正文。', '二、乙', '正文。'),
      errors: [{ message: '“（一）”是本级唯一的一项，缺少“（二）”；只有一项时不必编号', line: 7, column: 1 }],
    },
  ],
});
