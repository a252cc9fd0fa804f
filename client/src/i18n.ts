import * as vscode from 'vscode';

/** Chinese when workreport.locale says so, or when it is auto and the editor runs in Chinese. */
export function isChinese(): boolean {
  const setting = vscode.workspace.getConfiguration('workreport').get<string>('locale', 'auto');
  if (setting === 'zh-cn') return true;
  if (setting === 'en') return false;
  return vscode.env.language.toLowerCase().startsWith('zh');
}

export function t(zh: string, en: string): string {
  return isChinese() ? zh : en;
}
