import { ruleTester, report } from '../helpers/ruleTester';

// One level keeps one form across the document: the minority form takes the majority's.
ruleTester('marker-style', {
  valid: [
    { name: 'a document in half-width brackets throughout', text: report('一、甲', '(一)子。正文。', '(二)子。正文。') },
    report('一、甲', '1.子。正文。', '2.子。正文。', '3.子。正文。'),
  ],
  invalid: [
    {
      name: 'the minority form of a level takes the majority',
      text: report('一、甲', '（一）子。正文。', '（二）子。正文。', '$$(三)$$子。正文。'),
      errors: [{ message: '本文第二层序号多写作“（三）”，此处为“(三)”', severity: 'warning' }],
      output: report('一、甲', '（一）子。正文。', '（二）子。正文。', '（三）子。正文。'),
    },
    {
      name: '1． among 1.',
      text: report('一、甲', '1.子。正文。', '2.子。正文。', '$$3．子。正文。'),
      errors: ['本文第三层序号多用“3.”，此处为“3．”'],
      output: report('一、甲', '1.子。正文。', '2.子。正文。', '3.子。正文。'),
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '（一）😀子。正文。', '（二）子。正文。', '$$(三)子。正文。'),
      errors: [{ message: '本文第二层序号多写作“（三）”，此处为“(三)”', line: 8, column: 1 }],
      output: report('一、𠮷甲', '（一）😀子。正文。', '（二）子。正文。', '（三）子。正文。'),
    },
  ],
});
