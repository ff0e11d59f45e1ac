#!/usr/bin/env node
// Sums a MONGO_TRACE_FILE by command shape (database, command, collection,
// filter fields, sort fields): count, total and mean milliseconds, slowest.
// Usage: node bench/db-trace.mjs <trace-file> [rows]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node bench/db-trace.mjs <trace-file> [rows]');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const groups = new Map();
for (const l of lines) {
  const key = [l.db, l.cmd, l.coll, l.filter ? `{${l.filter}}` : '', l.sort ? `sort {${l.sort}}` : ''].filter(Boolean).join(' ');
  const g = groups.get(key) ?? { key, n: 0, ms: 0, max: 0 };
  g.n++;
  g.ms += l.ms;
  g.max = Math.max(g.max, l.ms);
  groups.set(key, g);
}
const total = [...groups.values()].reduce((a, g) => a + g.ms, 0);
const span = lines.length ? (Math.max(...lines.map((l) => l.at)) - Math.min(...lines.map((l) => l.at))) / 1000 : 0;
console.log(`${lines.length} commands, ${total} ms in the database, over ${span.toFixed(1)} s`);
console.log('total ms   count   mean ms   max ms  command');
for (const g of [...groups.values()].sort((a, b) => b.ms - a.ms).slice(0, Number(rowsArg ?? 40))) {
  console.log(`${String(g.ms).padStart(8)} ${String(g.n).padStart(7)} ${(g.ms / g.n).toFixed(1).padStart(9)} ${String(g.max).padStart(8)}  ${g.key}`);
}
