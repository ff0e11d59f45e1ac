// Module hooks for running the repository's TypeScript sources directly:
// the workspaces' own packages resolve to their src/index.ts, a relative
// `./x.js` import finds `./x.ts`, and .ts files are transpiled (types only
// removed, no type check: `npm run typecheck` does that). Loading the
// TypeScript compiler takes seconds, so each transpiled file is kept under
// node_modules/.cache, keyed by its path, size and modification time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const WORKSPACES = { '@legalaid/contracts': 'contracts/src/index.ts', '@legalaid/infra': 'infra/src/index.ts' };

export async function resolve(specifier, context, next) {
  if (WORKSPACES[specifier]) return { url: new URL(WORKSPACES[specifier], root).href, shortCircuit: true };
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\//.test(specifier) && specifier.endsWith('.js')) {
    const candidate = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (!existsSync(fileURLToPath(new URL(specifier, context.parentURL))) && existsSync(fileURLToPath(candidate))) {
      return { url: candidate.href, shortCircuit: true };
    }
  }
  return next(specifier, context);
}

const cacheDir = fileURLToPath(new URL('node_modules/.cache/legalaid-source/', root));
let ts;

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const file = fileURLToPath(url);
  const { size, mtimeMs } = statSync(file);
  const cached = `${cacheDir}${createHash('sha256').update(`${file}:${size}:${mtimeMs}`).digest('hex')}.js`;
  if (existsSync(cached)) return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  ts ??= (await import('typescript')).default;
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, experimentalDecorators: true, sourceMap: false },
  });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, outputText);
  return { format: 'module', source: outputText, shortCircuit: true };
}

