import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempFolder } from '../helpers/tempFolder';
import { REPO_ROOT, EXAMPLE_DRAFT } from '../helpers/fixture';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

describe('cli: a rule silenced for one report in .workreportrc.json ("files")', function () {
  this.timeout(20000);

  it('is off for that report, by its path from the config file\'s folder, wherever the CLI runs; on for the others', () => {
    const dir = tempFolder('wr-cli-files-');
    fs.mkdirSync(path.join(dir, '2024年'));
    const draft = fs.readFileSync(EXAMPLE_DRAFT, 'utf8');
    fs.writeFileSync(path.join(dir, '2024年', '工作报告.txt'), draft);
    fs.writeFileSync(path.join(dir, '2024年', '另一份工作报告.txt'), draft);
    fs.writeFileSync(path.join(dir, '.workreportrc.json'), '{\n  // 编辑器的“关闭此规则（本文件）”写下的\n  "files": { "2024年/工作报告.txt": { "rules": { "numbering-sequence": "off" } } }\n}\n');
    for (const cwd of [dir, path.join(dir, '2024年')]) {
      const r = spawnSync(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd, encoding: 'utf8' });
      const files = JSON.parse(r.stdout) as { file: string; problems: { ruleId: string }[] }[];
      const rules = (name: string) => files.find((f) => path.basename(f.file) === name)!.problems.map((p) => p.ruleId);
      assert.ok(!rules('工作报告.txt').includes('numbering-sequence') && rules('工作报告.txt').includes('broken-paragraph'), cwd);
      assert.ok(rules('另一份工作报告.txt').includes('numbering-sequence'), cwd);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
