import * as vscode from 'vscode';
import type { StatsResult } from '../../server/src/protocol';
import type { StatsListener } from './activeStats';
import { ConfigFileFinder } from './configFile';
import { isEnabled } from './enable';
import { t } from './l10n';
import { describeReport, type StatusAction } from './reportStatus';
import { SERVED_LANGUAGES } from './selector';

/**
 * The language status item ({} beside the language mode) of reports, Markdown and plain text: whether the
 * document is read as a report, as which kind, for which session year, with which .workreportrc.json.
 */
export function reportStatusItem(context: vscode.ExtensionContext): StatsListener {
  const item = vscode.languages.createLanguageStatusItem('workreport.report', SERVED_LANGUAGES.map((language) => ({ language })));
  item.name = t('Work report');
  const finder = new ConfigFileFinder();
  context.subscriptions.push(item, finder);
  let latest = 0;
  return async (document, stats) => {
    if (!document) return;
    const asked = ++latest;
    if (stats === undefined) {
      item.busy = true;
      return;
    }
    const configFile = stats ? await configFileOf(document, stats, finder) : undefined;
    // A newer answer came in while the config file was looked up: it has its own turn.
    if (asked !== latest) return;
    const settings = vscode.workspace.getConfiguration('workreport', document.uri);
    const view = describeReport({
      languageId: document.languageId,
      enabled: isEnabled(document.uri),
      detect: settings.get<boolean>('detect', true) !== false,
      stats,
      profileSetting: settings.get<string>('profile', 'auto'),
      sessionYearSetting: settings.get<number | null>('sessionYear', null),
      configFile: configFile && vscode.workspace.asRelativePath(configFile),
    }, t);
    item.busy = false;
    item.text = view.text;
    item.detail = view.detail;
    item.command = command(view.action, configFile);
  };
}

/** The server's answer when it gives one (StatsResult.configFile), else the client's own look-up. */
async function configFileOf(document: vscode.TextDocument, stats: StatsResult, finder: ConfigFileFinder): Promise<vscode.Uri | undefined> {
  if (stats.configFile === null) return undefined;
  if (typeof stats.configFile === 'string') return vscode.Uri.parse(stats.configFile);
  return finder.nearest(document.uri);
}

function command(action: StatusAction, configFile: vscode.Uri | undefined): vscode.Command {
  if (action === 'toggle') return { title: t('Enable checks'), command: 'workreport.toggleEnable' };
  if (action === 'openConfig' && configFile) return { title: t('Open {0}', '.workreportrc.json'), command: 'vscode.open', arguments: [configFile] };
  return { title: t('Settings'), command: 'workbench.action.openSettings', arguments: ['workreport.'] };
}
