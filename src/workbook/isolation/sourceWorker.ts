/**
 * A Node worker started from the TypeScript sources rather than from the compiled `dist/` — as the
 * tests run the code, under ts-jest, which compiles only the modules of its own thread. The worker
 * is given this small script instead of its entry: it teaches `require` to compile each `.ts` file
 * as it is loaded, with the project's own `typescript` (present wherever the sources are) and the
 * settings of `tsconfig.json`, then loads the entry. Compiling takes seconds, so each result is
 * kept in the system's temporary folder under a hash of the source, and the next worker starts in
 * well under one. The command line runs from `dist/` and never comes here.
 */
export function sourceWorkerCode(entry: string): string {
  const typescript = require.resolve('typescript');
  // A new compiler or new settings must not meet old results.
  const settings = `typescript ${(require('typescript/package.json') as { version: string }).version}, commonjs, es2022, esModuleInterop`;
  return `
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const cache = join(tmpdir(), 'plan-tracker-worker-sources');
mkdirSync(cache, { recursive: true });
let ts;
function compiled(fileName, source) {
  const cached = join(cache, createHash('sha256').update(${JSON.stringify(settings)}).update('\\0').update(fileName).update('\\0').update(source).digest('hex') + '.js');
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    ts ??= require(${JSON.stringify(typescript)});
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
    const { outputText } = ts.transpileModule(source, { fileName, compilerOptions });
    // Written whole then renamed: workers of parallel test files share the folder.
    const partial = cached + '.' + process.pid + '.' + require('node:worker_threads').threadId;
    writeFileSync(partial, outputText);
    renameSync(partial, cached);
    return outputText;
  }
}
require.extensions['.ts'] = (module, fileName) => module._compile(compiled(fileName, readFileSync(fileName, 'utf8')), fileName);
require(${JSON.stringify(entry)});
`;
}
