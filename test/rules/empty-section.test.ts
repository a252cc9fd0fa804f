import { ruleTester, report } from '../helpers/ruleTester';

// A stand-alone heading followed directly by the next heading: a section not (yet) written. No fix.
ruleTester('empty-section', {
  valid: [
    report('一、甲', '正文。', '二、乙', '正文。'),
    {
      name: 'abstracts (摘要) publish headings only and are left alone',
      text: report('一、甲', '二、乙', '正文。').replace('会议上', '会议上（摘要）'),
    },
    {
      name: 'a heading that is only a placeholder is text to come (the placeholder rule lists it)',
      text: report('一、甲', '正文。', '二、【待补充：第二项任务】', '三、丙', '正文。'),
    },
  ],
  invalid: [
    {
      name: 'a stand-alone heading with nothing before the next heading',
      text: report('$$一、甲$$', '二、乙', '正文。'),
      errors: [{ message: '“一、甲”只有标题，没有内容', severity: 'warning' }],
    },
    {
      name: 'a markdown heading: the finding starts at the marker',
      text: report('### 一、甲', '### 二、乙', '正文。'),
      errors: [{ message: '“一、甲”只有标题，没有内容', line: 5, column: 5 }],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '😀正文。', '$$二、乙$$', '三、丙', '正文。'),
      errors: [{ message: '“二、乙”只有标题，没有内容', line: 7, column: 1 }],
    },
  ],
});
