import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { format, translator, msg, type Bundle } from '../../server/src/core/l10n/message';
import { describeReport, type ReportStatusInput, type Tr } from '../../client/src/reportStatus';
import { toggleEnable } from '../../client/src/toggleTarget';
import type { StatsResult } from '../../server/src/protocol';
import { REPO_ROOT } from '../helpers/fixture';

const en: Tr = (text, ...args) => format(text, args);
const zhBundle = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Bundle;
const zh: Tr = (text, ...args) => translator(zhBundle)(msg(text, ...args));

const report = { title: '示例区人民代表大会常务委员会工作报告', words: 1200, parts: 2, sections: 8 };
const base: ReportStatusInput = { languageId: 'workreport', enabled: true, detect: true, stats: { words: 1200, reports: [report], placeholders: 0 }, profileSetting: 'auto' };

describe('the language status item: is this file read as a report, as what', () => {
  it('says the kind, the session year and the config file the server names', () => {
    const stats: StatsResult = { placeholders: 0, words: 1200, reports: [{ ...report, profile: 'npc', sessionYear: 2025 }], configFile: 'file:///报告/.workreportrc.json' };
    const view = describeReport({ ...base, stats, configFile: '报告/.workreportrc.json' }, zh);
    assert.equal(view.text, '按人大常委会工作报告检查');
    assert.equal(view.detail, '会议年份 2025 · 配置文件：报告/.workreportrc.json');
    assert.equal(view.action, 'openConfig');
  });

  it('several reports in one file: each kind and year once', () => {
    const stats: StatsResult = { placeholders: 0, words: 1, reports: [{ ...report, profile: 'government', sessionYear: 2025 }, { ...report, profile: 'court', sessionYear: 2025 }], configFile: null };
    const view = describeReport({ ...base, stats }, zh);
    assert.equal(view.text, '按政府工作报告、法院工作报告检查');
    assert.equal(view.detail, '会议年份 2025 · 无 .workreportrc.json');
    assert.equal(view.action, 'openSettings');
  });

  it('a profile of the user’s own is named by its id; a year nobody knows asks for the setting', () => {
    const stats: StatsResult = { placeholders: 0, words: 1, reports: [{ ...report, profile: 'township' }], configFile: null };
    const view = describeReport({ ...base, stats }, en);
    assert.equal(view.text, 'Checked as township');
    assert.equal(view.detail, 'session year unknown: set workreport.sessionYear · no .workreportrc.json');
  });

  it('from a server that does not say, only what the settings decide, and nothing a config file may override', () => {
    assert.deepEqual(describeReport(base, en), {
      text: 'Checked as a work report', detail: 'session year from the date line or title · no .workreportrc.json', action: 'openSettings',
    });
    assert.equal(describeReport({ ...base, profileSetting: 'cppcc', sessionYearSetting: 2024 }, zh).text, '按政协常委会工作报告检查');
    assert.equal(describeReport({ ...base, profileSetting: 'cppcc', sessionYearSetting: 2024 }, zh).detail, '会议年份 2024 · 无 .workreportrc.json');
    const withFile = describeReport({ ...base, profileSetting: 'cppcc', sessionYearSetting: 2024, configFile: '.workreportrc.json' }, zh);
    assert.equal(withFile.text, '按工作报告检查');
    assert.equal(withFile.detail, '配置文件：.workreportrc.json');
  });

  it('Markdown that is not a report says why; disabled checks offer to switch them on', () => {
    assert.deepEqual(describeReport({ ...base, languageId: 'markdown', stats: null }, zh), { text: '未按工作报告检查', detail: '开头没有报告标题', action: 'openSettings' });
    assert.equal(describeReport({ ...base, languageId: 'plaintext', detect: false, stats: null }, zh).detail, 'workreport.detect 已关闭');
    assert.deepEqual(describeReport({ ...base, enabled: false }, zh), { text: '检查已停用', detail: '此处 workreport.enable 已关闭', action: 'toggle' });
  });

  it('a profile id named like an Object.prototype member is the user’s own, not a crash', () => {
    const stats: StatsResult = { placeholders: 0, words: 1, reports: [{ ...report, profile: 'constructor' }], configFile: null };
    assert.equal(describeReport({ ...base, stats }, en).text, 'Checked as constructor');
  });
});

describe('工作报告：启用/停用检查 writes where the value in force is held', () => {
  it('nothing set: off for the open workspace, or for the user without one', () => {
    assert.deepEqual(toggleEnable(undefined, true), { level: 'workspace', value: false });
    assert.deepEqual(toggleEnable({}, false), { level: 'global', value: false });
  });

  it('a folder’s or the workspace’s own value is flipped where it is, so nothing more specific hides the change', () => {
    assert.deepEqual(toggleEnable({ globalValue: true, workspaceValue: true, workspaceFolderValue: false }, true), { level: 'workspaceFolder', value: true });
    assert.deepEqual(toggleEnable({ globalValue: true, workspaceValue: false }, true), { level: 'workspace', value: true });
  });

  it('off in the user’s settings: a workspace switches it on for itself; without one, the user’s setting flips', () => {
    assert.deepEqual(toggleEnable({ globalValue: false }, true), { level: 'workspace', value: true });
    assert.deepEqual(toggleEnable({ globalValue: false }, false), { level: 'global', value: true });
  });
});
