// Lists every message of the server, the CLI and the client — the English first argument of msg() and t() —
// and writes l10n/bundle.l10n.json, the English bundle translators start from (as @vscode/l10n-dev's export
// does). `node scripts/l10n.mjs --check` only compares, for the tests.
import ts from 'typescript';
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The message keys used in the code: string literals passed first to msg(…) or t(…). */
export function messageKeys() {
  const keys = new Map();
  for (const file of [...sources(join(root, 'server', 'src')), ...sources(join(root, 'client', 'src'))]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const first = node.arguments[0];
        if ((name === 'msg' || name === 't') && first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          if (!keys.has(first.text)) keys.set(first.text, `${file.slice(root.length + 1)}:${sf.getLineAndCharacterOfPosition(first.getStart(sf)).line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return keys;
}

export function englishBundle() {
  return Object.fromEntries([...messageKeys().keys()].sort().map((k) => [k, k]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = JSON.stringify(englishBundle(), null, 2) + '\n';
  const file = join(root, 'l10n', 'bundle.l10n.json');
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== out) { console.error('l10n/bundle.l10n.json is out of date: npm run l10n'); process.exit(1); }
  } else {
    writeFileSync(file, out);
    console.log(`l10n/bundle.l10n.json: ${Object.keys(JSON.parse(out)).length} messages`);
  }
}
