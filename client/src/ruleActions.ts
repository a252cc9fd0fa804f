import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SILENCE_RULE_COMMAND } from '../../server/src/clientCommands';
import { RuleSilencer } from './silenceRule';
import { showRuleDoc } from './ruleDoc';
import { fixAllInActiveReport } from './fixAll';

/**
 * The commands behind the server's quick actions (关闭此规则, 查看规则说明) and 工作报告：修复全部问题. The
 * first is run by quick actions only, so the manifest does not list it (nor does the command palette).
 */
export function registerRuleActions(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const silencer = new RuleSilencer(client);
  context.subscriptions.push(
    silencer,
    vscode.commands.registerCommand(SILENCE_RULE_COMMAND, (args: unknown) => silencer.run(args)),
    vscode.commands.registerCommand('workreport.showRuleDoc', (ruleId: unknown) => showRuleDoc(context.extensionUri, ruleId)),
    vscode.commands.registerCommand('workreport.fixAll', fixAllInActiveReport),
  );
}
