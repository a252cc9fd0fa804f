import { ruleTester, report } from '../helpers/ruleTester';

// 2021年1月5日, not 2021年01月05日 (GB/T 15835-2011 4.2.2); years in full; 〇 for zero in Chinese numerals.
ruleTester('date-format', {
  valid: [
    report('一、甲', '2022年3月5日召开会议，二〇二二年底验收，10月1日完成。'),
    report('一、甲', '增长5.5%，完成120个项目。'),
  ],
  invalid: [
    {
      name: 'leading zeros go, a two-digit year is flagged (no fix), 零 becomes 〇',
      text: report('一、甲', '2022年03月05日召开会议，21年5月完成，二零二二年底验收。'),
      errors: [
        { message: '日期不加前导零，应为“2022年3月5日”', severity: 'warning', line: 6, column: 1 },
        { message: '年份应写全四位，此处为“21年”', line: 6, column: 17 },
        { message: '年份中的零应写作“〇”：“二〇二二年”', line: 6, column: 25 },
      ],
      output: report('一、甲', '2022年3月5日召开会议，21年5月完成，二〇二二年底验收。'),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀2022年03月召开会议。'),
      errors: [{ message: '日期不加前导零，应为“2022年3月”', line: 6, column: 5 }],
      output: report('一、甲', '𠮷😀2022年3月召开会议。'),
    },
  ],
});
