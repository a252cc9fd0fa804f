import { ruleTester, report } from '../helpers/ruleTester';

// 一、 followed directly by 1. skips （一）: common in short documents, so only a hint. No fix.
ruleTester('level-skip', {
  valid: [
    report('一、甲', '（一）子。正文。', '1.孙。正文。', '2.孙。正文。', '（二）子。正文。'),
    { name: 'off in settings', text: report('一、甲', '1.孙。正文。', '2.孙。正文。'), config: { rules: { 'level-skip': 'off' } } },
  ],
  invalid: [
    {
      name: '一、 followed directly by 1. is a hint',
      text: report('一、甲', '$$1.孙。正文。', '2.孙。正文。'),
      errors: [{ message: '“一、”下直接使用“1.”，跳过了“（一）”一级', severity: 'hint' }],
    },
    {
      name: 'can be raised to a warning in settings',
      text: report('一、甲', '1.孙。正文。', '2.孙。正文。'),
      config: { rules: { 'level-skip': 'warning' } },
      errors: [{ severity: 'warning' }],
    },
    {
      name: 'offsets in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷甲', '😀', '$$1.$$孙。正文。', '2.孙。正文。'),
      errors: [{ message: '“一、”下直接使用“1.”，跳过了“（一）”一级', line: 7, column: 1 }],
    },
  ],
});
