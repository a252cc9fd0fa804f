import { ruleTester, report } from '../helpers/ruleTester';

// Chinese text takes full-width ，；：（）！？ (GB/T 15834-2011 3.1); numbers and Latin text keep theirs.
ruleTester('punctuation-width', {
  valid: [
    { name: 'numbers, times, Latin text and brackets around them', text: report('一、甲', '增长5.5%，时间9:30，A,B两类，(2021)版，(A/B)方案。') },
    report('一、甲', '常委会坚持学习，加强监督；改进作风（试行）。'),
  ],
  invalid: [
    {
      name: 'half-width marks between Chinese characters and a pair of half-width brackets',
      text: report('一、甲', '常委会坚持学习,加强监督;改进作风(试行)。'),
      errors: [
        { message: '中文中应使用全角“，”，此处为半角“,”', severity: 'information', line: 6, column: 8 },
        { message: '中文中应使用全角“；”，此处为半角“;”', line: 6, column: 13 },
        { message: '中文中应使用全角“（”，此处为半角“(”', line: 6, column: 18 },
        { message: '中文中应使用全角“）”，此处为半角“)”', line: 6, column: 21 },
      ],
      output: report('一、甲', '常委会坚持学习，加强监督；改进作风（试行）。'),
    },
    {
      name: 'a half-width pair around Chinese changes as a pair, so it stays balanced',
      text: report('一、甲', '规划(2021-2025年)实施。'),
      errors: ['中文中应使用全角“（”，此处为半角“(”', '中文中应使用全角“）”，此处为半角“)”'],
      output: report('一、甲', '规划（2021-2025年）实施。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀学习,监督。'),
      errors: [{ message: '中文中应使用全角“，”，此处为半角“,”', line: 6, column: 7 }],
      output: report('一、甲', '𠮷😀学习，监督。'),
    },
  ],
});
