// Writes src/lib/testdata/trail.json: a small trail export built and signed by the
// oversight service's own ledger code (from its build), so the browser verifier's
// unit tests check files exactly as the server and the offline verify-trail make them.
// Run after `npm run build` at the root: node console/scripts/trail-fixture.mjs
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEntry } from '../../services/oversight/dist/domain/ledger.js';
import { keyIdOf, publicKeyPemOf, signCheckpoint } from '../../services/oversight/dist/domain/checkpoint.js';
import { verifyTrailExport } from '../../services/oversight/dist/domain/trail-verify.js';

const here = dirname(fileURLToPath(import.meta.url));
const { privateKey } = generateKeyPairSync('ed25519');
const pem = publicKeyPemOf(privateKey);
const records = [
  { type: 'intake.request.received', payload: { requestId: 'req-1', channel: 'WALK_IN', applicantRef: 'a1b2c3', note: 'Đà Lạt — “quoted” € 😂' }, actor: { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' } },
  { type: 'intake.request.accepted', payload: { requestId: 'req-1', eligibilityGroup: 'POOR_HOUSEHOLD', amounts: [1.5, 1e21, 0.000001] }, actor: { id: 'staff-1', role: 'CENTRE_STAFF', organisationId: 'centre-hcm' } },
  { type: 'matching.referral.assigned', payload: { referralId: 'ref-9' }, actor: { id: 'system', role: 'SYSTEM' } },
  { type: 'cases.case.opened', payload: { requestId: 'req-1', caseId: 'case-1' }, actor: { id: 'lawyer-2', role: 'LAWYER', providerId: 'prov-2', organisationId: 'bar-hcm' } },
];
let prev = null;
const entries = [];
records.forEach((r, i) => {
  const e = buildEntry(
    { eventId: `00000000-0000-4000-8000-00000000000${i + 1}`, type: r.type, version: 1, occurredAt: `2026-03-0${i + 2}T02:00:00.000Z`, actor: r.actor, correlationId: null, causationId: null, payload: r.payload },
    prev,
    new Date(`2026-03-0${i + 2}T02:00:01.000Z`),
  );
  prev = e;
  const inTrail = i !== 2;
  entries.push({ sequence: e.sequence, eventId: e.eventId, type: e.type, occurredAt: e.occurredAt, actor: e.actor, payload: inTrail ? e.payload : null, payloadHash: e.payloadHash, prevHash: e.prevHash, hash: e.hash, canonical: e.canonical, inTrail });
});
const checkpoint = signCheckpoint(prev, privateKey, new Date('2026-03-06T00:00:00.000Z'));
const doc = {
  format: 'legalaid-audit-trail/1',
  exportedAt: '2026-03-06T01:00:00.000Z',
  subject: { requestIds: ['req-1'], caseIds: ['case-1'] },
  entries,
  checkpoint,
  publicKeys: [{ keyId: keyIdOf(pem), algorithm: 'Ed25519', publicKeyPem: pem, current: true, firstSeenAt: '2026-03-01T00:00:00.000Z' }],
};
const check = verifyTrailExport(doc, pem);
if (!check.ok) throw new Error(`the server's verifier rejects the fixture: ${JSON.stringify(check)}`);
writeFileSync(join(here, '..', 'src', 'lib', 'testdata', 'trail.json'), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`wrote trail.json (${entries.length} entries, checkpoint at ${checkpoint.sequence})`);
