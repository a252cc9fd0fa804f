import { ruleTester, report } from '../helpers/ruleTester';

// （） “” ‘’ 《》 〔〕 【】 open and close within one paragraph (GB/T 15834-2011 4.1.4, 4.9, 4.15). No fix: where
// the missing half goes is the author's call.
ruleTester('paired-marks', {
  valid: [
    { name: 'balanced marks and marker brackets', text: report('一、甲', '（一）贯彻“人民城市”理念（试行）。正文。', '（二）乙。正文。') },
    report('一、甲', '学习《中华人民共和国宪法》和‘两个确立’〔2022〕【要点】。'),
  ],
  invalid: [
    {
      name: 'an opening quote without its close',
      text: report('一、甲', '贯彻$$“$$人民城市理念，推动《条例》实施。'),
      errors: [{ message: '““”在本段中没有对应的“””', severity: 'warning' }],
    },
    {
      name: 'a closing quote without its opening',
      text: report('一、甲', '贯彻人民城市理念”。'),
      errors: [{ message: '“””在本段中没有对应的““”', line: 6, column: 9 }],
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、甲', '𠮷😀贯彻《条例实施。'),
      errors: [{ message: '“《”在本段中没有对应的“》”', line: 6, column: 7 }],
    },
  ],
});
