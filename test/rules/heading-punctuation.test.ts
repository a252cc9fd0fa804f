import { ruleTester, report, lines, HEAD, REVIEW, PLAN } from '../helpers/ruleTester';

const TITLE_WITH_STOP = lines('# 示例县人大常委会工作报告。', ...HEAD.split('\n').slice(1));

// A stand-alone heading or title ends without 。，；： (GB/T 15834-2011 4.1.3.1); a run-in heading keeps its 。.
ruleTester('heading-punctuation', {
  valid: [
    { name: 'a run-in heading ends with 。 by design', text: report('一、甲', '（一）加强监督。正文。', '（二）改进作风。正文。') },
    report('### 一、加强监督', '正文。'),
  ],
  invalid: [
    {
      name: 'a stand-alone heading ending in ： loses the mark',
      text: report('一、加强监督$$：$$', '正文。'),
      errors: [{ message: '独立标题末尾不加“：”', severity: 'warning' }],
      output: report('一、加强监督', '正文。'),
    },
    {
      name: 'a markdown heading ending in 。',
      text: report('### 一、加强监督。', '正文。'),
      errors: [{ message: '独立标题末尾不加“。”', line: 5, column: 11 }],
      output: report('### 一、加强监督', '正文。'),
    },
    {
      name: 'the title',
      text: lines(TITLE_WITH_STOP, REVIEW, '一、甲', '正文。', PLAN),
      errors: [{ message: '独立标题末尾不加“。”', line: 1, column: 15 }],
      output: lines(HEAD, REVIEW, '一、甲', '正文。', PLAN),
    },
    {
      name: 'columns in UTF-16 after 𠮷 and 😀',
      text: report('一、𠮷加强监督😀；', '正文。'),
      errors: [{ message: '独立标题末尾不加“；”', line: 5, column: 11 }],
      output: report('一、𠮷加强监督😀', '正文。'),
    },
  ],
});
