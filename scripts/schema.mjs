// Writes schemas/workreportrc.schema.json, the JSON schema of .workreportrc.json, from the rule registry and
// the config module (server/src/core/config/schema.ts): rule ids with their default levels and descriptions,
// profiles, sessionYear, locale, maxDocumentSize. Descriptions are in Chinese, then English: VS Code shows a
// schema's text as it is written. `node scripts/schema.mjs --check` only compares, as the tests do.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
export const SCHEMA_FILE = join(root, 'schemas', 'workreportrc.schema.json');

/** The registry and the schema builder, compiled from the TypeScript sources in memory (no build needed). */
async function core() {
  const entry = `export { RULES } from './server/src/core/rules/index';
export { configSchema } from './server/src/core/config/schema';
export { translator, format } from './server/src/core/l10n/message';`;
  const built = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
}

/** The schema file's text, as `npm run schema` writes it. */
export async function schemaText() {
  const { RULES, configSchema, translator } = await core();
  const zh = translator(JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')));
  const en = translator();
  const describe = (m) => (zh(m) === en(m) ? en(m) : `${zh(m)}\n${en(m)}`);
  return JSON.stringify(configSchema(RULES, describe), null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await schemaText();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(SCHEMA_FILE, 'utf8'); } catch { /* missing: out of date */ }
    if (current !== text) { console.error('schemas/workreportrc.schema.json is out of date: npm run schema'); process.exit(1); }
  } else {
    mkdirSync(dirname(SCHEMA_FILE), { recursive: true });
    writeFileSync(SCHEMA_FILE, text);
    console.log(`schemas/workreportrc.schema.json: ${Object.keys(JSON.parse(text).properties.rules.properties).length} rules`);
  }
}
