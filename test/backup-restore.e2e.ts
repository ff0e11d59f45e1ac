import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { STREAMS } from '@legalaid/contracts';
import { connectNats, startMongo, startNats, type RunningServer } from '@legalaid/infra';
import { REPO_ROOT } from '../infra/dist/runtime/network.js';
import { eventually, gql, startNetwork, tokenFor, type TestNetwork } from './support/network.js';
import { testNatsConfig, testNatsSeed } from './support/servers.js';

/**
 * Backup → wipe → restore → verify, with `npm run backup` as an operator
 * runs it (its own NKey): a network on its own servers handles requests;
 * the backup is taken; the servers are stopped and thrown away; fresh, empty
 * servers receive the restore; the network started on them verifies its
 * ledger, answers on every service, and still opens the applicant's sealed
 * personal data.
 */
jest.setTimeout(300000);
const SERVICES = ['intake', 'matching', 'case-tracking', 'oversight'] as const;

async function freshServers(label: string): Promise<{ nats: RunningServer; mongo: RunningServer }> {
  const dir = mkdtempSync(join(tmpdir(), `legalaid-${label}-`));
  const nats = await startNats({ dataDir: dir, config: testNatsConfig() });
  const mongo = await startMongo({ dataDir: dir });
  return { nats, mongo };
}

function runBackup(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO_ROOT, 'infra/dist/cli/backup.js'), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

const pick = (env: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, env[k]]));

/** Oversight has read every stream to its end. */
async function ledgerCaughtUp(natsUrl: string): Promise<void> {
  const nc = await connectNats({ servers: natsUrl, name: 'test-harness' });
  try {
    const jsm = await jetstreamManager(nc);
    await eventually(async () => {
      for (const c of ['intake', 'matching', 'cases', 'oversight']) {
        const info = await jsm.consumers.info(`LEGALAID_${c.toUpperCase()}`, `oversight-${c}`).catch(() => null);
        if (!info || info.num_pending + info.num_ack_pending > 0) return undefined;
      }
      return true;
    }, 60000, 'oversight to read every stream');
  } finally {
    await nc.close();
  }
}

describe('backup and restore', () => {
  const running: { net?: TestNetwork; servers: RunningServer[] } = { servers: [] };
  afterAll(async () => {
    await running.net?.stopAll();
    // Servers started here go with their data (databases on the machine's PostgreSQL included).
    await Promise.all(running.servers.map((s) => (s.destroy ? s.destroy() : s.stop())));
  });

  it('restores every database and stream into empty servers: the ledger verifies, every service answers, sealed data opens', async () => {
    const a = await freshServers('backup-a');
    running.servers.push(a.nats);
    const oversightKey = randomBytes(32).toString('base64');
    const net = await startNetwork({
      label: 'backup',
      services: [...SERVICES],
      gateway: true,
      servers: { natsUrl: a.nats.url, mongoUrl: a.mongo.url },
      extraEnv: { oversight: { OVERSIGHT_SIGNING_KEY: oversightKey, OVERSIGHT_CHECKPOINT_EVERY: '10' } },
    });
    running.net = net;
    const staff = await tokenFor({ sub: 'backup-staff', role: 'CENTRE_STAFF', org: 'centre-hcm' });
    const supervisor = await tokenFor({ sub: 'backup-supervisor', role: 'SUPERVISOR', org: 'front-hcm' });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const submitted = await gql<{ submitLegalAidRequest: { requestId: string } }>(
        net.graphqlUrl!,
        'mutation($input: SubmitLegalAidRequestInput!) { submitLegalAidRequest(input: $input) { requestId } }',
        {
          input: {
            channel: 'HOTLINE',
            centreId: 'centre-hcm',
            applicant: { fullName: `Phạm Thị Sao Lưu ${i}`, idNumber: String(790200000000 + i), address: { provinceCode: '79', communeCode: '26737' } },
            fieldOfLaw: 'MARRIAGE_FAMILY',
            aidForm: 'ADVICE',
            summary: 'Backup journey',
            claimedEligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE',
            consent: { purposes: ['LEGAL_AID_PROCESSING', 'REFERRAL_TO_PROVIDER'], givenBy: 'APPLICANT', method: 'WRITTEN' },
          },
        },
        staff,
      );
      expect(submitted.errors).toBeUndefined();
      const id = submitted.data!.submitLegalAidRequest.requestId;
      const accepted = await gql(
        net.graphqlUrl!,
        'mutation($input: AcceptLegalAidRequestInput!) { acceptLegalAidRequest(input: $input) { status } }',
        { input: { requestId: id, eligibilityGroup: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', evidence: ['DOMESTIC_VIOLENCE_CONFIRMATION', 'FINANCIAL_DIFFICULTY_PROOF'], providerGenderPreference: 'NO_PREFERENCE' } },
        staff,
      );
      expect(accepted.errors).toBeUndefined();
      ids.push(id);
    }
    const view = (url: string, id: string) =>
      gql<{ legalAidRequest: { status: string; applicant: { fullName: string }; referral: { referralId: string } | null } }>(url, 'query($id: ID!) { legalAidRequest(id: $id) { status applicant { fullName } referral { referralId } } }', { id }, staff);
    for (const id of ids) await eventually(async () => (await view(net.graphqlUrl!, id)).data?.legalAidRequest.referral ?? undefined, 30000, 'a referral');
    await ledgerCaughtUp(a.nats.url);
    const verify = async (url: string) => (await gql<{ verifyAuditLedger: { ok: boolean; checkedEntries: number } }>(url, '{ verifyAuditLedger { ok checkedEntries } }', {}, supervisor)).data!.verifyAuditLedger;
    const before = await verify(net.graphqlUrl!);
    expect(before.ok).toBe(true);
    expect(before.checkedEntries).toBeGreaterThanOrEqual(6);

    const out = mkdtempSync(join(tmpdir(), 'legalaid-backup-'));
    const databases = SERVICES.map((s) => net.env[s].MONGO_DB).join(',');
    const backupEnv = (s: { nats: RunningServer; mongo: RunningServer }) => ({ NATS_URL: s.nats.url, MONGO_URL: s.mongo.url, NATS_NKEY_SEED: testNatsSeed('backup'), BACKUP_DATABASES: databases });
    const created = await runBackup(['create', '--out', out], backupEnv(a));
    expect(created.output).toMatch(/backed up \d+ documents and \d+ messages/);
    expect(created.code).toBe(0);

    // Wipe: the network and its servers are gone for good.
    await net.stopAll();
    await a.nats.stop();
    await (a.mongo.destroy ? a.mongo.destroy() : a.mongo.stop());

    const b = await freshServers('backup-b');
    running.servers.push(b.nats, b.mongo);
    const restored = await runBackup(['restore', '--from', out], backupEnv(b));
    expect(restored.output).toMatch(/restored \d+ documents and \d+ messages/);
    expect(restored.code).toBe(0);
    // Only into empty servers: a second restore changes nothing.
    const again = await runBackup(['restore', '--from', out], backupEnv(b));
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/not empty/);
    // Everything backed up is back: the same number of documents and messages, and each stream as long as in the backup.
    const counts = (text: string) => /(\d+) documents and (\d+) messages/.exec(text)!.slice(1).map(Number);
    expect(counts(restored.output)).toEqual(counts(created.output));
    expect(counts(created.output)[1]).toBeGreaterThan(0);
    const nc = await connectNats({ servers: b.nats.url, name: 'test-harness' });
    try {
      const jsm = await jetstreamManager(nc);
      for (const s of STREAMS) {
        const lines = readFileSync(join(out, 'streams', `${s.name}.jsonl`), 'utf8').split('\n').filter(Boolean).length;
        expect((await jsm.streams.info(s.name)).state.messages).toBe(lines);
      }
    } finally {
      await nc.close();
    }

    const restoredNet = await startNetwork({
      label: 'backup_restored',
      services: [...SERVICES],
      gateway: true,
      servers: { natsUrl: b.nats.url, mongoUrl: b.mongo.url },
      // The same databases and keys as before the wipe (intake's data keys open the sealed records).
      extraEnv: {
        intake: pick(net.env.intake, ['MONGO_DB', 'INTAKE_DATA_KEYS', 'INTAKE_ACTIVE_KEY_ID', 'INTAKE_INDEX_KEY']),
        matching: pick(net.env.matching, ['MONGO_DB']),
        'case-tracking': pick(net.env['case-tracking'], ['MONGO_DB']),
        oversight: pick(net.env.oversight, ['MONGO_DB', 'OVERSIGHT_SIGNING_KEY']),
      },
    });
    running.net = restoredNet;
    expect((await fetch(new URL('/readyz', restoredNet.graphqlUrl!))).status).toBe(200);
    // Consumers start again from the first event; idempotent handlers and the ledger's event ids absorb them.
    await ledgerCaughtUp(b.nats.url);
    const after = await verify(restoredNet.graphqlUrl!);
    // Every entry backed up is back and the chain verifies; the restored services may append more
    // (their message deliveries resume and put their status on the ledger).
    expect(after.ok).toBe(true);
    expect(after.checkedEntries).toBeGreaterThanOrEqual(before.checkedEntries);
    for (const [i, id] of ids.entries()) {
      const r = await view(restoredNet.graphqlUrl!, id);
      expect(r.errors).toBeUndefined();
      expect(r.data!.legalAidRequest).toMatchObject({ status: 'ACCEPTED', applicant: { fullName: `Phạm Thị Sao Lưu ${i}` }, referral: { referralId: expect.any(String) } });
    }
  });
});
