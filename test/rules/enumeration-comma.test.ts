import { ruleTester, report } from '../helpers/ruleTester';

// No 顿号 between items that each carry quotation or book-title marks (GB/T 15834-2011 4.5.3.5), none before 等.
ruleTester('enumeration-comma', {
  valid: [
    report('一、甲', '贯彻《条例》《规定》等文件和“双减”“双碳”要求。'),
    report('一、甲', '落实学习、监督、服务等要求。'),
  ],
  invalid: [
    {
      name: '、 between book titles or quotes and before 等',
      text: report('一、甲', '贯彻《条例》、《规定》、等文件和“双减”、“双碳”要求。'),
      errors: [
        { message: '并列的引号或书名号之间不加顿号', severity: 'hint', line: 6, column: 7 },
        { message: '“等”前不加顿号', line: 6, column: 12 },
        { message: '并列的引号或书名号之间不加顿号', line: 6, column: 21 },
      ],
      output: report('一、甲', '贯彻《条例》《规定》等文件和“双减”“双碳”要求。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀贯彻《条例》、《规定》。'),
      errors: [{ message: '并列的引号或书名号之间不加顿号', line: 6, column: 11 }],
      output: report('一、甲', '𠮷😀贯彻《条例》《规定》。'),
    },
  ],
});
