import { ruleTester, report } from '../helpers/ruleTester';

// Every 【待补充：…】 left to write (the next-year draft leaves them) is listed as a hint “待补充：…”. No fix: the
// author writes the text.
ruleTester('placeholder', {
  valid: [
    report('一、甲', '正文。', '二、乙', '正文。'),
    {
      name: 'square brackets that are not a placeholder: a note or a 待补充 without its colon',
      text: report('一、甲', '【注】正文。', '二、乙', '待补充的内容写在这里。'),
    },
  ],
  invalid: [
    {
      name: 'a paragraph that is only a placeholder',
      text: report('一、甲', '$$【待补充：完成情况和成效】$$', '二、乙', '正文。'),
      errors: [{ message: '待补充：完成情况和成效', severity: 'hint' }],
    },
    {
      name: 'a heading that is one, and one inside a sentence, half-width colon too',
      text: report('一、$$【待补充：第一项任务】', '正文写到一半$$【待补充:主要数据】。', '二、乙', '正文。'),
      errors: ['待补充：第一项任务', '待补充：主要数据'],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '😀正文。$$【待补充：成效】', '二、乙', '正文。'),
      errors: [{ message: '待补充：成效', line: 6, column: 6 }],
    },
  ],
});
