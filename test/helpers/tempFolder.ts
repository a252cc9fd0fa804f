import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Folders made during a test (or its beforeEach), removed after it; the others, when the run ends. */
const forTest: string[] = [];
const forRun: string[] = [];
let inTest = false;
const remove = (folders: string[]) => {
  for (const folder of folders.splice(0)) {
    try {
      fs.rmSync(folder, { recursive: true, force: true });
    } catch {
      // A test made part of it read-only (the CLI's refusals are tested so): open it up, then try once more.
      openUp(folder);
      try {
        fs.rmSync(folder, { recursive: true, force: true });
      } catch (e) {
        // A root hook that throws stops every test after it: a folder left behind is only reported.
        console.warn(`      tempFolder: could not remove ${folder}: ${(e as Error).message}`);
      }
    }
  }
};
function openUp(folder: string): void {
  try {
    fs.chmodSync(folder, 0o700);
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) openUp(path.join(folder, entry.name));
  } catch {
    // Best effort: the second rmSync says what is still in the way.
  }
}

// Root hooks (registered once, when the first suite imports this module): a root beforeEach runs before a
// suite's own beforeEach hooks, a root afterEach after its afterEach hooks.
beforeEach(() => { inTest = true; });
afterEach(() => {
  inTest = false;
  remove(forTest);
});
after(() => {
  remove(forTest); // a test whose beforeEach failed never reached the root afterEach
  remove(forRun);
});

/**
 * A fresh, empty folder under the system's temporary folder, named `<prefix>…`. It is removed however the
 * test ends: after the test when made in a test or a beforeEach hook, when the run ends when made in a
 * before() hook (a folder the suite's tests share).
 */
export function tempFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  (inTest ? forTest : forRun).push(folder);
  return folder;
}
