// After `vite build`: the persisted-operations manifest (sha256 → document) the gateway loads
// as its allow-list, and precompressed .br/.gz copies of every text asset.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

// Codegen keys documents as "sha256:<hex>"; the gateway's file is keyed by the hex (it strips the prefix from requests).
const documents = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(root, 'src/gql/persisted-documents.json'), 'utf8'))).map(([k, v]) => [k.replace(/^sha256:/, ''), v]),
);
for (const [hash, doc] of Object.entries(documents)) {
  const actual = createHash('sha256').update(doc).digest('hex');
  if (actual !== hash) throw new Error(`persisted document ${hash.slice(0, 12)}… does not hash to its key: run npm run codegen -w console`);
}
writeFileSync(join(dist, 'persisted-operations.json'), JSON.stringify(documents, null, 1));

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
let count = 0;
for (const file of walk(dist)) {
  if (!/\.(js|css|html|json|svg|txt)$/.test(file)) continue;
  const body = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  count++;
}
console.log(`persisted operations: ${Object.keys(documents).length}; precompressed ${count} files in ${dist}`);
