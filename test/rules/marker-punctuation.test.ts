import { ruleTester, report } from '../helpers/ruleTester';

// 一、 takes the 顿号 (GB/T 15834-2011 4.5.3.2); （一） and （1） take nothing; 1. takes the dot (B.3.4).
ruleTester('marker-punctuation', {
  valid: [
    report('一、甲', '（一）子。正文。', '1.孙。正文。', '（1）曾孙。正文。'),
    report('一、甲', '一是加强学习；二是改进作风。第一，坚持方向。'),
  ],
  invalid: [
    ...[['一.甲', '.'], ['一，甲', '，'], ['一：甲', '：']].map(([wrong, mark]) => ({
      name: `${wrong} -> 一、甲`,
      text: report(`$$${wrong}`, '正文。'),
      errors: [{ message: `“一”后应为“、”，此处为“${mark}”（一、）`, severity: 'error' as const }],
      output: report('一、甲', '正文。'),
    })),
    {
      name: '（一）、 loses the 顿号; 1、 takes the dot; （1）、 loses the mark',
      text: report('一、甲', '（一）、子。正文。', '1、孙。正文。', '（1）、曾孙。正文。'),
      errors: [
        { message: '“（一）”后不加标点，此处为“、”', line: 6, column: 1 },
        { message: '“1”后应为“.”，此处为“、”（1.）', line: 7, column: 1 },
        { message: '“（1）”后不加标点，此处为“、”', line: 8, column: 1 },
      ],
      output: report('一、甲', '（一）子。正文。', '1.孙。正文。', '（1）曾孙。正文。'),
    },
    {
      name: '一是： and 第一、 inside paragraphs',
      text: report('一、甲', '一是：加强学习；二是改进作风。第一、坚持方向。'),
      errors: [
        { message: '“一是”后不加标点，此处为“：”', line: 6, column: 1 },
        { message: '“第一”后应为逗号“，”，此处为“、”', line: 6, column: 16 },
      ],
      output: report('一、甲', '一是加强学习；二是改进作风。第一，坚持方向。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷𠮷',
      text: report('一、甲', '𠮷𠮷学习。$$第一、$$坚持方向。'),
      errors: [{ message: '“第一”后应为逗号“，”，此处为“、”', line: 6, column: 8 }],
      output: report('一、甲', '𠮷𠮷学习。第一，坚持方向。'),
    },
  ],
});
