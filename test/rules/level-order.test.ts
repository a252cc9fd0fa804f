import { ruleTester, report } from '../helpers/ruleTester';

// GB/T 9704-2012 §7.3.3: 一、 → （一） → 1. → （1）; a higher level never stands under a lower one. No fix.
ruleTester('level-order', {
  valid: [
    report('一、甲', '（一）子。正文。', '1.孙。正文。', '（二）子。正文。'),
    report('一、甲', '（一）子。正文。', '1.孙。正文。', '（1）曾孙。正文。'),
  ],
  invalid: [
    {
      name: '（一） under 1.',
      text: report('一、甲', '1.孙。正文。', '$$（一）子。正文。'),
      errors: [{ message: '“（一）”不应出现在“1.”之下：层级倒置', severity: 'error' }],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '1.😀孙。正文。', '2.孙。正文。', '$$（一）$$子。正文。'),
      errors: [{ message: '“（一）”不应出现在“1.”之下：层级倒置', line: 8, column: 1 }],
    },
  ],
});
