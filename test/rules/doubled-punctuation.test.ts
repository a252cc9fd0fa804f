import { ruleTester, report } from '../helpers/ruleTester';

// ，， 。。 ；； collapse to one mark; …… and —— are single marks (GB/T 15834-2011 4.11, 4.10).
ruleTester('doubled-punctuation', {
  valid: [
    report('一、甲', '他问：“为什么？”我们说……——是的！'),
    report('一、甲', '加强学习，改进作风。'),
  ],
  invalid: [
    {
      name: 'doubled marks collapse, …… and —— are kept',
      text: report('一、甲', '加强学习$$，，$$改进作风$$。。$$……——'),
      errors: [{ message: '标点“，”重复', severity: 'warning' }, { message: '标点“。”重复', line: 6, column: 11 }],
      output: report('一、甲', '加强学习，改进作风。……——'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀学习；；改进作风。'),
      errors: [{ message: '标点“；”重复', line: 6, column: 7 }],
      output: report('一、甲', '𠮷😀学习；改进作风。'),
    },
  ],
});
