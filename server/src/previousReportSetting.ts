/**
 * workreport.previousReport resolved to a URI, one module with no imports for the server, which reads the file,
 * and the client, which reads it for the server in a browser only when it is the file the setting names
 * (client/src/fileRequests.ts): both resolve it alike, from the same setting, document and workspace folders.
 */

/**
 * Last year's report for the comparison with this year's review (workreport.previousReport): a file the user
 * named, a report of the year before looked for in the document's folder (the setting empty), or none ("off").
 */
export type PreviousReportSetting = { readonly kind: 'file'; readonly uri: string } | { readonly kind: 'sibling' } | { readonly kind: 'off' };

/**
 * workreport.previousReport as a URI: an absolute path (/…, C:\…, \\server\share\…) as a file: URI, a relative
 * one against the workspace folder holding the document (its own folder when it is in none). Settings are
 * whatever settings.json holds: anything but a string is the default.
 */
export function previousReportSetting(value: unknown, documentUri: string, workspaceFolders: readonly string[] = []): PreviousReportSetting {
  const v = typeof value === 'string' ? value.trim() : '';
  if (v === '') return { kind: 'sibling' };
  if (v.toLowerCase() === 'off') return { kind: 'off' };
  const segments = (p: string) => p.split(/[\\/]+/).filter((s) => s !== '' && s !== '.').map(encodeURIComponent).join('/');
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(v)) return { kind: 'file', uri: v };
  if (/^[a-z]:[\\/]/i.test(v)) return { kind: 'file', uri: `file:///${v.slice(0, 2)}/${segments(v.slice(3))}` };
  if (/^[\\/]{2}[^\\/]/.test(v)) {
    const [host, ...rest] = v.slice(2).split(/[\\/]+/);
    return { kind: 'file', uri: `file://${host}/${segments(rest.join('/'))}` };
  }
  if (v.startsWith('/')) return { kind: 'file', uri: `file:///${segments(v)}` };
  const dir = documentUri.slice(0, documentUri.lastIndexOf('/'));
  const base = folderHolding(dir, workspaceFolders) ?? dir;
  return { kind: 'file', uri: `${base}/${segments(v)}` };
}

/** The innermost workspace folder (a URI without its trailing slash) that holds a folder URI. */
export function folderHolding(dir: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const f of folders) {
    const folder = f.endsWith('/') ? f.slice(0, -1) : f;
    if ((dir === folder || dir.startsWith(`${folder}/`)) && (best === undefined || folder.length > best.length)) best = folder;
  }
  return best;
}
