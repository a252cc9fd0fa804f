import * as fs from 'fs';
import * as path from 'path';

/**
 * Inline fixtures with cursor markers instead of hand-counted offsets: every `$$` pair is removed and its
 * offset (UTF-16, in the cleaned text) recorded, in order. `f('一、$$甲$$')` -> text '一、甲', marks [2, 3].
 */
export function fixture(src: string): { text: string; marks: number[] } {
  const marks: number[] = [];
  let text = '';
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('$$', i)) {
      marks.push(text.length);
      i += 2;
    } else {
      text += src[i++];
    }
  }
  return { text, marks };
}

/** Joins lines with \n; fixtures read as the report would look. */
export function lines(...ls: string[]): string {
  return ls.join('\n');
}

export const REPO_ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
})();

/** ../shared beside the checkout: present in CI and in sessions, absent in a user's clone. */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
export const HAVE_SHARED = fs.existsSync(path.join(SHARED, 'corpus'));

export function sharedTexts(kind: 'corpus' | 'seeds'): { name: string; text: string }[] {
  if (!HAVE_SHARED) return [];
  const dir = path.join(SHARED, kind);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

export function seedText(): string | undefined {
  return sharedTexts('seeds')[0]?.text;
}

/** For suites over the real texts: skips, saying why, where ../shared is not beside the checkout. */
export function requireShared(ctx: Mocha.Context): void {
  if (!HAVE_SHARED) {
    ctx.skip();
  }
}

export const EXAMPLE = path.join(REPO_ROOT, 'examples', '示例区人大常委会工作报告.md');
export const EXAMPLE_DRAFT = path.join(REPO_ROOT, 'examples', '示例区人大常委会工作报告（初稿）.md');
