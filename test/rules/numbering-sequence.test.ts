import { ruleTester, report, ruleFixture } from '../helpers/ruleTester';

// GB/T 9704-2012 §7.3.3: structure levels are numbered with consecutive numerals.
ruleTester('numbering-sequence', {
  valid: [
    report('一、甲', '正文。', '二、乙', '正文。', '三、丙', '正文。'),
    report('一、甲', '（一）子。正文。', '（二）子。正文。', '二、乙', '（一）子。正文。'),
    { name: 'counts on past 十: （十）（十一）（十二）', text: ruleFixture('numbering-sequence', 'past-ten.md') },
  ],
  invalid: [
    {
      name: 'a gap (一、二、四 after a section was deleted) names what was expected',
      text: report('一、甲', '正文。', '二、乙', '正文。', '$$四、丁', '正文。'),
      errors: [{ message: '“二、”之后应为“三、”，此处为“四、”', severity: 'error', line: 9, column: 1 }],
      output: report('一、甲', '正文。', '二、乙', '正文。', '三、丁', '正文。'),
    },
    {
      name: 'a repeat',
      text: report('一、甲', '正文。', '一、乙', '正文。'),
      errors: ['“一、”之后应为“二、”，此处为“一、”'],
      output: report('一、甲', '正文。', '二、乙', '正文。'),
    },
    {
      name: 'a reversal',
      text: report('一、甲', '（二）子。正文。', '$$（一）子。正文。'),
      errors: ['“（二）”之后应为“（三）”，此处为“（一）”'],
      output: report('一、甲', '（一）子。正文。', '（二）子。正文。'),
    },
    {
      name: 'renumbers the run, keeping the written form (half-width brackets stay half-width)',
      text: report('一、甲', '正文。', '(一)子。正文。', '$$(三)子。正文。', '(四)子。正文。'),
      errors: ['“(一)”之后应为“(二)”，此处为“(三)”'],
      output: report('一、甲', '正文。', '(一)子。正文。', '(二)子。正文。', '(三)子。正文。'),
    },
    {
      name: 'counts on past 十: （十二） after （十）',
      text: ruleFixture('numbering-sequence', 'past-ten-gap.md'),
      errors: ['“（十）”之后应为“（十一）”，此处为“（十二）”'],
      output: ruleFixture('numbering-sequence', 'past-ten-gap.fixed.md'),
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '正文😀。', '（一）𠮷子。正文。', '$$（三）子。正文。'),
      errors: [{ message: '“（一）”之后应为“（二）”，此处为“（三）”', line: 8, column: 1 }],
      output: report('一、𠮷甲', '正文😀。', '（一）𠮷子。正文。', '（二）子。正文。'),
    },
  ],
});
