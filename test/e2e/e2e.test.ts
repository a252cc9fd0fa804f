import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE, EXAMPLE_DRAFT } from '../helpers/fixture';
import { useWorkbench, extensionErrors, workbench } from './codeServer';

const EXAMPLE_NAME = path.basename(EXAMPLE);
const DRAFT_NAME = path.basename(EXAMPLE_DRAFT);
/** A report in the 工作报告 language (by its name) whose second paragraph is one long line. */
const LONG_NAME = '长段落工作报告.txt';
const LONG_TEXT = [
  '示例区人民代表大会常务委员会工作报告',
  '',
  '——2025年1月8日在示例区第十八届人民代表大会第五次会议上',
  '',
  '2024年主要工作回顾',
  '',
  '常委会围绕全区经济社会发展大局，聚焦群众关心的热点难点问题，综合运用听取审议专项工作报告、开展执法检查、组织专题询问等方式，推动有关方面改进工作、提升实效。'.repeat(6),
  '',
  '2025年工作设想',
  '',
  '一年来的工作为今年打下了基础。',
  '',
].join('\n');
/**
 * A report pasted from Word into a .txt (plain text, read as a report by its title): the example without
 * markdown headings, with a half-width comma (punctuation-width), 》、《 (enumeration-comma, a hint: in the
 * lightbulb, not the Problems panel) and 。。 (doubled-punctuation), rules no other file of the workspace breaks.
 */
const PASTED_NAME = '粘贴稿.txt';
const pastedText = () => fs.readFileSync(EXAMPLE, 'utf8').replace(/^#+ /gm, '')
  .replace('依法履行各项职权，', '依法履行各项职权,')
  .replace('（一）加强理论学习。', '（一）加强理论学习。认真学习《宪法》、《监督法》。。');
/** The workspace's .workreportrc.json as an office writes it: with a comment, which JSON alone would flag. */
const RC_TEXT = '{\n  // 本办公室的约定：日期写法只作提醒\n  "rules": {\n    "date-format": "warning"\n  }\n}\n';

/**
 * The packaged extension in a real VS Code workbench (code-server 4.100.3 = VS Code 1.100), driven through
 * headless Chromium: what a user sees, asserted in the DOM, with screenshots in test-results/e2e.
 */
describe('e2e: the .vsix in a real VS Code (code-server + Chromium)', function () {
  this.timeout(600000);
  const session = useWorkbench({
    name: 'e2e',
    settings: {
      'workbench.welcomePage.walkthroughs.openOnInstall': false,
      // Desktop VS Code's default (the web workbench saves after a delay): a half-typed edit is not saved.
      'files.autoSave': 'off',
    },
    files: { [LONG_NAME]: LONG_TEXT, [PASTED_NAME]: pastedText(), '.workreportrc.json': RC_TEXT },
  });
  // The workbench's moves (palette, Quick Open, Go to Line, lightbulb, polling) are codeServer.ts's, shared with the web suite.
  const pause = (ms: number) => session.page.waitForTimeout(ms);
  const command = (text: string) => workbench(session.page).command(text);
  const openFile = (fragment: string, name = fragment === '初稿' ? DRAFT_NAME : EXAMPLE_NAME) => workbench(session.page).openFile(name);
  const gotoLine = (lineColumn: string) => workbench(session.page).gotoLine(lineColumn);
  const lightbulb = () => workbench(session.page).lightbulb();
  const until = <T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 30000) => workbench(session.page).until(fn, ok, what, ms);
  const problems = () => workbench(session.page).problems();

  it('opens the example in the 工作报告 language mode', async () => {
    await openFile('示例区人大常委会工作报告.md');
    const mode = await until(() => session.page.locator('#status\\.editor\\.mode').innerText(), (m) => m.includes('工作报告'), 'language mode');
    assert.match(mode, /工作报告/);
  });

  it('shows parts, sections and items in the Outline view', async () => {
    // Give the Outline the height of the side bar: fold the file list away.
    await session.page.locator('.explorer-viewlet .pane-header').first().click();
    await command('Explorer: Focus on Outline View');
    const rows = await until(() => session.page.locator('.outline-pane .monaco-list-row').allInnerTexts(), (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline rows');
    const names = rows.map((r) => r.split('\n')[0]);
    assert.ok(names.some((n) => n.startsWith('示例区人民代表大会常务委员会工作报告')));
    assert.ok(names.some((n) => n.startsWith('2024年主要工作回顾')));
    assert.ok(names.some((n) => n.startsWith('一、坚持党的领导，把牢人大工作正确方向')));
    await session.shot('outline');
  });

  it('shows 字数 in the status bar', async () => {
    const items = await until(() => session.page.locator('.statusbar-item').allInnerTexts(), (all) => all.some((s) => /\d+字/.test(s)), 'status bar 字数');
    assert.ok(items.some((s) => /\d+字/.test(s)));
  });

  it('lists the broken copy’s problems in Chinese in the Problems panel', async () => {
    await openFile('初稿');
    await command('Problems: Focus on Problems View');
    const rows = await until(problems, (r) => r.some((x) => x.includes('“二、”之后应为“三、”，此处为“四、”')), 'problems');
    for (const id of ['marker-punctuation', 'marker-bracket', 'numbering-sequence', 'date-format', 'year-mismatch', 'broken-paragraph', 'doubled-punctuation']) {
      assert.ok(rows.some((r) => r.includes(id)), id);
    }
    assert.ok(rows.some((r) => r.includes('序号括号不成对：“(三）”应为“（三）”')));
    await session.shot('problems');
  });

  it('a quick fix from the lightbulb renumbers, and its problem disappears', async () => {
    await gotoLine('31:6');
    const offered = await lightbulb();
    assert.ok(offered.some((o) => o.includes('重新编号本级序号')), offered.join(' | '));
    await session.shot('quickfix');
    // The preferred fix is focused first: Enter applies it, as a user would.
    await session.page.keyboard.press('Enter');
    await until(() => session.page.locator('.view-lines').first().innerText(), (t) => t.includes('三、践行全过程人民民主'), 'renumbered text');
    await until(problems, (r) => !r.some((x) => x.includes('“二、”之后应为“三、”')), 'problem gone');
  });

  it('completion offers the next marker in the document’s form', async () => {
    await gotoLine('29:1');
    await session.page.keyboard.press('End');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.press('Control+Space');
    await session.page.waitForSelector('.suggest-widget .monaco-list-row', { timeout: 15000 });
    const labels = (await session.page.locator('.suggest-widget .monaco-list-row').allInnerTexts()).map((s) => s.split('\n')[0]);
    assert.equal(labels[0], '（四）');
    await session.shot('completion');
    await session.page.keyboard.press('Escape');
  });

  it('工作报告：起草下一年报告 opens next year’s draft in a new editor', async () => {
    await command('起草下一年报告');
    // The draft opens beside the report, in a group of its own, which has the focus.
    try {
      const shown = await until(() => session.page.locator('.editor-group-container.active .view-lines').first().innerText(), (t) => t.includes('×月×日'), 'draft editor');
      const text = shown.replace(/\n/g, ''); // word wrap breaks long lines on screen
      assert.ok(text.includes('2026年×月×日在示例区第十八届人民代表大会第×次会议上'), text.slice(0, 300));
      assert.ok(text.includes('2025年主要工作回顾'));
      assert.equal((await session.page.locator('.editor-group-container').allInnerTexts()).length, 2, 'the report and its draft side by side');
      await session.shot('draft');
    } finally {
      // One group again for the tests after this one (the untitled draft stays open in it, unsaved).
      await command('Join All Editor Groups');
    }
  });

  it('wraps a long paragraph of a report instead of running it off the right edge', async () => {
    await openFile('长段落', LONG_NAME);
    const fileLines = LONG_TEXT.split('\n').length;
    const viewLines = await until(() => session.page.locator('.part.editor .view-lines .view-line').allInnerTexts(), (l) => l.length > fileLines, 'wrapped view lines');
    assert.ok(viewLines.length > fileLines, `${viewLines.length} view lines for ${fileLines} lines`);
    await session.shot('wrapped');
  });

  /**
   * Picks an entry of the open lightbulb menu with the keyboard, as a user would (a click would first have
   * to move the mouse off the menu's pointer block).
   */
  async function pick(title: string): Promise<void> {
    const count = (await session.page.locator('.action-widget .monaco-list-row.action').allInnerTexts()).length;
    for (let moves = 0; moves <= count; moves++) {
      const focused = await session.page.locator('.action-widget .monaco-list-row.action.focused').allInnerTexts();
      if (focused.some((f) => f.includes(title))) {
        await session.page.keyboard.press('Enter');
        return;
      }
      await session.page.keyboard.press('ArrowDown');
    }
    throw new Error(`no entry ${title} in the lightbulb menu`);
  }
  /** Shows only the problems of files whose name holds `text` (all of them when it is empty). */
  async function filterProblems(text: string): Promise<void> {
    await command('Problems: Focus on Problems View');
    await session.page.locator('.part.panel .viewpane-filter input').first().click();
    await session.page.keyboard.press('Control+A');
    if (text) await session.page.keyboard.type(text);
    else await session.page.keyboard.press('Backspace');
    await pause(500);
  }
  /** Puts the cursor on the first occurrence of `needle` in a report's text (1-based line and column). */
  const gotoText = (text: string, needle: string) => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(needle));
    return gotoLine(`${line + 1}:${lines[line].indexOf(needle) + 1}`);
  };

  it('turns a rule off for a .txt report from the lightbulb: .workreportrc.json changes, the report does not', async () => {
    await openFile('粘贴稿', PASTED_NAME);
    await filterProblems(PASTED_NAME);
    await until(problems, (r) => r.some((x) => x.includes('punctuation-width')) && r.some((x) => x.includes('doubled-punctuation')), 'the pasted report\'s problems');
    await gotoText(pastedText(), '职权,');
    const offered = await lightbulb();
    for (const title of ['关闭此规则（本文件）：punctuation-width', '关闭此规则（工作区）：punctuation-width', '查看规则说明：punctuation-width']) {
      assert.ok(offered.some((o) => o.includes(title)), `${title} in ${offered.join(' | ')}`);
    }
    assert.ok(!offered.some((o) => o.includes('在下一行关闭规则')), 'no comment in a .txt');
    await session.shot('silence');
    await pick('关闭此规则（本文件）：punctuation-width');
    const rows = await until(problems, (r) => !r.some((x) => x.includes('punctuation-width')), 'punctuation-width gone');
    assert.ok(rows.some((x) => x.includes('doubled-punctuation')), 'the report\'s other rule still speaks');
    assert.equal(fs.readFileSync(path.join(session.workspace, PASTED_NAME), 'utf8'), pastedText(), 'the report on disk is unchanged');
    assert.deepEqual(await session.page.locator('.tab.active.dirty').allInnerTexts(), [], 'and so is the report in the editor');
    const rc = fs.readFileSync(path.join(session.workspace, '.workreportrc.json'), 'utf8');
    assert.ok(rc.includes('// 本办公室的约定：日期写法只作提醒') && rc.includes('"date-format": "warning"'), rc);
    assert.match(rc, /"files": \{\s*"粘贴稿\.txt": \{\s*"rules": \{\s*"punctuation-width": "off"/);
  });

  it('查看规则说明 opens the rule\'s section of the bundled docs/rules.md', async () => {
    await gotoText(pastedText(), '》、《');
    await lightbulb();
    await pick('查看规则说明：enumeration-comma');
    const tab = await until(() => session.page.locator('.tab.active .label-name').innerText(), (name) => name.includes('rules.md'), 'rules.md tab');
    assert.match(tab, /rules\.md/);
    await session.shot('rule-doc');
  });

  it('.workreportrc.json is JSON with comments: its comment is not flagged, and rule ids complete', async () => {
    await openFile('.workreportrc', '.workreportrc.json');
    await until(() => session.page.locator('#status\\.editor\\.mode').innerText(), (m) => m.includes('JSON with Comments'), 'language mode');
    const rc = fs.readFileSync(path.join(session.workspace, '.workreportrc.json'), 'utf8');
    await gotoLine(`${rc.split('\n').findIndex((l) => l.includes('"date-format"')) + 1}:1`);
    await session.page.keyboard.press('End');
    await session.page.keyboard.type(',');
    await session.page.keyboard.press('Enter');
    await session.page.keyboard.type('numbering');
    // JSON's language server starts with the first JSON file and learns the extensions' schemas after that:
    // until it has, it completes only the words of the file.
    const suggestions = async () => {
      await session.page.keyboard.press('Control+Space');
      await pause(1000);
      const labels = await session.page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
      if (!labels.some((x) => x.includes('numbering-sequence'))) await session.page.keyboard.press('Escape');
      return labels;
    };
    const labels = await until(suggestions, (l) => l.some((x) => x.includes('numbering-sequence')), 'rule id completion');
    assert.ok(labels.some((x) => x.includes('numbering-sequence')));
    await session.shot('rc-completion');
    await session.page.keyboard.press('Escape');
    // The half-typed entry is an error: once it is listed, the file has been validated.
    await filterProblems('.workreportrc');
    const rows = await until(problems, (r) => r.some((x) => x.includes('.workreportrc.json')), 'the config file validated');
    assert.ok(!rows.some((x) => /comment/i.test(x)), `comments are allowed: ${rows.join(' | ')}`);
    await command('File: Revert File');
  });

  it('工作报告：修复全部问题 from the palette fixes what can be fixed, in the active report only', async () => {
    await openFile('初稿');
    await filterProblems(DRAFT_NAME);
    await until(problems, (r) => r.some((x) => x.includes('marker-bracket')), 'the draft\'s problems');
    await command('修复全部问题');
    await until(problems, (r) => !r.some((x) => /marker-bracket|marker-punctuation|doubled-punctuation|date-format/.test(x)), 'fixable problems gone');
    await session.shot('fix-all');
    await filterProblems(PASTED_NAME);
    await until(problems, (r) => r.some((x) => x.includes('doubled-punctuation')), 'another report is left alone');
  });

  it('工作报告：启用/停用检查 clears the problems, and brings them back', async () => {
    await openFile('粘贴稿', PASTED_NAME);
    await until(problems, (r) => r.some((x) => x.includes('doubled-punctuation')), 'problems before');
    await command('启用/停用检查');
    await until(problems, (r) => !r.some((x) => x.includes('doubled-punctuation')), 'problems cleared');
    await command('启用/停用检查');
    await until(problems, (r) => r.some((x) => x.includes('doubled-punctuation')), 'problems back');
    await filterProblems('');
  });

  it('the extension logged no error', async () => {
    assert.deepEqual(extensionErrors(session.server.userData), []);
  });
  it('restarts a language server that died, says so once, and goes on serving', async () => {
    const { execSync } = await import('child_process');
    // Only this run's server: another run of the suite on the same machine has its own.
    const killServer = () => execSync(`pkill -f '${session.root}/extensions/workreport[.]workreport-[0-9.]*/dist/server.js' || true`);
    const errorsBefore = extensionErrors(session.server.userData).length;
    killServer();
    const toast = await until(() => session.page.locator('.notifications-toasts').allInnerTexts(), (t) => t.join(' ').includes('语言服务意外停止'), 'restart notice');
    assert.ok(toast.join(' ').includes('已自动重启'));
    await session.shot('restarted');
    await openFile('示例区人大常委会工作报告.md');
    await command('Explorer: Focus on Outline View');
    await until(() => session.page.locator('.outline-pane .monaco-list-row').allInnerTexts(), (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline after the restart');
    // A second death is handled as quietly: no second notice.
    killServer();
    await pause(4000);
    const notices = (await session.page.locator('.notifications-toasts .notification-list-item').allInnerTexts()).filter((t) => t.includes('语言服务意外停止'));
    assert.ok(notices.length <= 1, `${notices.length} notices`);
    await command('Explorer: Focus on Outline View');
    await until(() => session.page.locator('.outline-pane .monaco-list-row').allInnerTexts(), (r) => r.some((x) => x.includes('（一）加强理论学习')), 'outline after the second restart');
    // The errors now in the log are the two exits this test caused.
    const added = extensionErrors(session.server.userData).slice(errorsBefore);
    assert.equal(added.length, 2, added.join('\n'));
    for (const line of added) assert.match(line, /Server process exited with signal SIGTERM/);
  });

});
