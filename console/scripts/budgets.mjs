// Size budgets of the built console, measured with Node's zlib on dist/: the shell's first-load
// JavaScript (≤ 170 kB gzipped), each route chunk (≤ 60 kB), and everything the citizen page loads
// (≤ 30 kB). Prints a report; exits 1 when a budget is exceeded.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

/** The files an HTML page loads before it is useful: its scripts, module preloads and stylesheets. */
function firstLoad(html) {
  const text = readFileSync(join(dist, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  return { js: refs.filter((r) => r.endsWith('.js')), css: refs.filter((r) => r.endsWith('.css')) };
}

const shell = firstLoad('index.html');
const shellJs = shell.js.reduce((s, f) => s + gz(f), 0);
const citizen = firstLoad('feedback.html');
const citizenTotal = gz('feedback.html') + [...citizen.js, ...citizen.css].reduce((s, f) => s + gz(f), 0);
const lazy = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !shell.js.includes(`assets/${f}`) && !citizen.js.includes(`assets/${f}`));
const chunks = lazy.map((f) => ({ file: f, size: gz(`assets/${f}`) }));

const checks = [
  { what: 'console shell, first-load JavaScript (gzip)', size: shellJs, budget: 170 * 1024 },
  { what: 'citizen page, everything it loads (gzip)', size: citizenTotal, budget: 30 * 1024 },
  ...chunks.filter((c) => !c.file.startsWith('oidc-client-ts')).map((c) => ({ what: `route chunk ${c.file} (gzip)`, size: c.size, budget: 60 * 1024 })),
];
let failed = 0;
for (const c of checks) {
  const ok = c.size <= c.budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${c.what}: ${kB(c.size)} of ${kB(c.budget)}`);
}
const oidc = chunks.find((c) => c.file.startsWith('oidc-client-ts'));
if (oidc) console.log(`info oidc-client-ts, loaded only for OIDC sign-in: ${kB(oidc.size)}`);
console.log(`budgets: ${checks.length - failed} within, ${failed} over`);
process.exit(failed ? 1 : 0);
