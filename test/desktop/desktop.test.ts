import * as path from 'path';
import * as fs from 'fs';
import * as os from 'os';
import { strict as assert } from 'assert';
import { REPO_ROOT, EXAMPLE, EXAMPLE_DRAFT } from '../helpers/fixture';

/**
 * The extension in a desktop VS Code through @vscode/test-electron, checked through the vscode API
 * (test/desktop/suite). VS Code cannot be downloaded here, so the suite runs only when VSCODE_EXECUTABLE
 * names an installed desktop VS Code, and says it was skipped otherwise.
 */
describe('desktop VS Code (@vscode/test-electron)', function () {
  this.timeout(300000);
  it('activates, outlines, diagnoses and fixes the example through the vscode API', async function () {
    const executable = process.env.VSCODE_EXECUTABLE;
    if (!executable || !fs.existsSync(executable)) {
      console.log('      skipped: set VSCODE_EXECUTABLE to a desktop VS Code to run this suite');
      this.skip();
    }
    const { runTests } = await import('@vscode/test-electron');
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'wr-desktop-'));
    fs.copyFileSync(EXAMPLE, path.join(workspace, path.basename(EXAMPLE)));
    fs.copyFileSync(EXAMPLE_DRAFT, path.join(workspace, path.basename(EXAMPLE_DRAFT)));
    const code = await runTests({
      vscodeExecutablePath: executable!,
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'desktop', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    });
    assert.equal(code, 0);
  });
});
