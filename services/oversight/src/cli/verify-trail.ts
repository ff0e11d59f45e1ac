#!/usr/bin/env node
/**
 * Offline check of an exported audit trail:
 *   node services/oversight/dist/cli/verify-trail.js trail.json [--public-key oversight.pem]
 * Needs no network and no database. Pass the public key obtained from the
 * oversight service (publicKey operation) through a separate channel: then a
 * forged file cannot vouch for itself. Exit code 0 = intact, 1 = broken, 2 = usage.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { verifyTrailExport, type TrailExportLike } from '../domain/trail-verify.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'public-key': { type: 'string' } } });
if (positionals.length !== 1) {
  process.stderr.write('usage: verify-trail <trail.json> [--public-key <oversight-public-key.pem>]\n');
  process.exit(2);
}
let exp: TrailExportLike;
let key: string | undefined;
try {
  exp = JSON.parse(readFileSync(positionals[0], 'utf8')) as TrailExportLike;
  key = values['public-key'] ? readFileSync(values['public-key'], 'utf8') : undefined;
} catch (err) {
  process.stderr.write(`cannot read input: ${(err as Error).message}\n`);
  process.exit(2);
}
const result = verifyTrailExport(exp, key);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (result.ok && !result.keyTrusted) process.stderr.write('note: checked with the public key inside the file; pass --public-key to check against the published key\n');
if (result.ok && result.anchoredAt === null) process.stderr.write('note: no signed checkpoint covers these entries yet\n');
process.exit(result.ok ? 0 : 1);
