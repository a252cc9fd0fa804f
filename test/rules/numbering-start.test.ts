import { ruleTester, report, lines, HEAD, REVIEW, PLAN } from '../helpers/ruleTester';

// Numbering restarts at one under each parent, each part and each appendix.
ruleTester('numbering-start', {
  valid: [
    { name: 'numbering restarts under each part', text: report('一、甲', '正文。') },
    report('一、甲', '（一）子。正文。', '（二）子。正文。', '二、乙', '（一）子。正文。'),
  ],
  invalid: [
    {
      name: 'a first sibling that is not one is renumbered from one',
      text: report('一、甲', '$$（二）子。正文。', '（三）子。正文。'),
      errors: [{ message: '本级第一个序号应为“（一）”，此处为“（二）”', severity: 'warning' }],
      output: report('一、甲', '（一）子。正文。', '（二）子。正文。'),
    },
    {
      name: 'the first section of a part',
      text: lines(HEAD, REVIEW, '$$二、甲', '正文。', '三、乙', '正文。', PLAN),
      errors: [{ message: '本级第一个序号应为“一、”，此处为“二、”', line: 5, column: 1 }],
      output: lines(HEAD, REVIEW, '一、甲', '正文。', '二、乙', '正文。', PLAN),
    },
    {
      name: 'offsets in UTF-16 after 𠮷',
      text: report('一、𠮷', '1.𠮷孙。正文。', '$$（二）子。正文。', '（三）子。正文。'),
      errors: [{ message: '本级第一个序号应为“（一）”，此处为“（二）”', line: 7 }],
      output: report('一、𠮷', '1.𠮷孙。正文。', '（一）子。正文。', '（二）子。正文。'),
    },
  ],
});
