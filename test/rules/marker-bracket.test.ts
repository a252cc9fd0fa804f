import { ruleTester, report } from '../helpers/ruleTester';

// A bracketed marker has one pair of one width (GB/T 15834-2011 4.9); composed glyphs are written out.
ruleTester('marker-bracket', {
  valid: [
    report('一、甲', '（一）子。正文。', '（二）子。正文。'),
    report('一、甲', '(一)子。正文。', '(二)子。正文。', '（1）曾孙。正文。'),
  ],
  invalid: [
    {
      name: 'mixed-width brackets are normalised to the document’s form',
      text: report('一、甲', '（一）子。正文。', '$$(二）$$子。正文。', '（三）子。正文。'),
      errors: [{ message: '序号括号不成对：“(二）”应为“（二）”', severity: 'error' }],
      output: report('一、甲', '（一）子。正文。', '（二）子。正文。', '（三）子。正文。'),
    },
    {
      name: 'composed glyphs ㈠ ⒈ ⑴ are written out',
      text: report('一、甲', '㈠子。正文。', '⒈孙。正文。', '⑴曾孙。正文。'),
      errors: ['“㈠”是合字符号，应写作“（一）”', '“⒈”是合字符号，应写作“1.”', '“⑴”是合字符号，应写作“（1）”'],
      output: report('一、甲', '（一）子。正文。', '1.孙。正文。', '（1）曾孙。正文。'),
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '（一）𠮷子。正文。', '（二）子。正文。', '（三😀', '$$（1)$$子。正文。'),
      errors: [{ message: '序号括号不成对：“（1)”应为“（1）”', line: 9, column: 1 }],
      output: report('一、甲', '（一）𠮷子。正文。', '（二）子。正文。', '（三😀', '（1）子。正文。'),
    },
  ],
});
