/** The levels of VS Code's settings a resource-scoped setting can be written at, most specific first. */
export type SettingLevel = 'workspaceFolder' | 'workspace' | 'global';

/** What `WorkspaceConfiguration.inspect('enable')` reports for workreport.enable. */
export interface EnableInspection {
  readonly globalValue?: boolean;
  readonly workspaceValue?: boolean;
  readonly workspaceFolderValue?: boolean;
}

/**
 * Where 工作报告：启用/停用检查 writes, and what. It flips the value in force for the active document, at the
 * most specific level that holds one: written anywhere less specific, it would stay hidden under that value
 * and the command would seem to do nothing. Held nowhere, the toggle belongs to the workspace that is open
 * (an office's folder of reports), else to the user's settings.
 */
export function toggleEnable(inspected: EnableInspection | undefined, workspaceOpen: boolean): { level: SettingLevel; value: boolean } {
  const i = inspected ?? {};
  if (i.workspaceFolderValue !== undefined) return { level: 'workspaceFolder', value: !i.workspaceFolderValue };
  if (i.workspaceValue !== undefined) return { level: 'workspace', value: !i.workspaceValue };
  return { level: workspaceOpen ? 'workspace' : 'global', value: !(i.globalValue ?? true) };
}
