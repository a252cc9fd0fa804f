import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * No function in server/src or client/src longer than a reader takes in at once (the house style: 80 lines).
 * Every kind of function counts — declarations, methods, accessors, constructors, function expressions and
 * arrows — from its first line to its last, nested functions included in their parent's length.
 */
export const MAX_FUNCTION_LINES = 80;

const root = path.resolve(__dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return fs.statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') && !file.endsWith('.d.ts') ? [file] : [];
  });
}

/** A function's name as a reader finds it: its own name, or the variable, property or call it is given to. */
function nameOf(node: ts.FunctionLikeDeclaration, file: ts.SourceFile): string {
  if (node.name) return node.name.getText(file);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) return parent.name.getText(file);
  if (ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText(file).slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function of a source text longer than `limit` lines, as "file:line name (N lines)". */
export function longFunctions(fileName: string, text: string, limit = MAX_FUNCTION_LINES): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > limit) found.push(`${fileName}:${first + 1} ${nameOf(node as ts.FunctionLikeDeclaration, file)} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('function size', function () {
  // Loading the TypeScript compiler takes a few seconds.
  this.timeout(30000);

  it(`finds a function over ${MAX_FUNCTION_LINES} lines, whatever its kind, and names it`, () => {
    const body = Array.from({ length: MAX_FUNCTION_LINES - 2 }, (_, i) => `  work(${i});`).join('\n');
    const exactly = `function fits() {\n${body}\n}\n`;
    assert.deepEqual(longFunctions('a.ts', exactly), [], 'exactly the limit is allowed');
    const over = `export class Server {\n  start() {\n${body}\n  work();\n  }\n}\nconst handler = async () => {\n${body}\n  work();\n};\nconnection.onHover((params) => {\n${body}\n  work();\n});\n`;
    assert.deepEqual(longFunctions('b.ts', over), [
      `b.ts:2 start (${MAX_FUNCTION_LINES + 1} lines)`,
      `b.ts:${MAX_FUNCTION_LINES + 4} handler (${MAX_FUNCTION_LINES + 1} lines)`,
      `b.ts:${2 * MAX_FUNCTION_LINES + 5} (callback of connection.onHover) (${MAX_FUNCTION_LINES + 1} lines)`,
    ]);
  });

  it(`no function in server/src or client/src is over ${MAX_FUNCTION_LINES} lines`, () => {
    const files = [...sources(path.join(root, 'server', 'src')), ...sources(path.join(root, 'client', 'src'))];
    const offenders = files.flatMap((file) => longFunctions(path.relative(root, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
