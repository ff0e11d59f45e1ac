import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import pg from 'pg';
import type { Connection } from 'mongoose';
import { PING_RPCS, systemActor } from '@legalaid/contracts';
import { ConfigError, connectMongo, createCertificates, mongoSecurityOptions, RpcClient, startMongo, type Certificates, type MongoSecurityConfig, type RunningServer } from '@legalaid/infra';
import { createServiceRole } from '../infra/src/runtime/postgres.js';
import { spawnProcess, type ManagedProcess } from '../infra/dist/runtime/network.js';
import { testDbName, testNatsSeed, testServers } from './support/servers.js';

/**
 * The database as production reaches it: FerretDB on PostgreSQL listening
 * with TLS only and asking every client for a certificate signed by the
 * deployment's CA, and one database user per service (a PostgreSQL role,
 * to which FerretDB passes the client's PLAIN credentials). A client
 * without credentials connects as a role that may do nothing. Each service
 * reaches its own database and no other.
 */
describe('database TLS and a database user per service', () => {
  let db: RunningServer;
  let certs: Certificates;
  let dir: string;
  let clientPem: string;
  const run = randomBytes(3).toString('hex');
  const roles = { intake: `svc_intake_${run}`, matching: `svc_matching_${run}` };
  const passwords: Record<keyof typeof roles, string> = { intake: randomBytes(18).toString('base64url'), matching: randomBytes(18).toString('base64url') };
  const passwordFiles = {} as Record<keyof typeof roles, string>;
  const dbNames = { intake: testDbName('sec_intake'), matching: testDbName('sec_matching') };
  const open: Connection[] = [];
  let service: ManagedProcess | undefined;

  const security = (who: keyof typeof roles | null, extra: Partial<MongoSecurityConfig> = {}): MongoSecurityConfig => ({
    NODE_ENV: 'test',
    MONGO_AUTH_MECHANISM: 'PLAIN',
    MONGO_TLS_CA: certs.ca,
    MONGO_TLS_CERT_KEY: clientPem,
    ...(who ? { MONGO_USER: roles[who], MONGO_PASSWORD_FILE: passwordFiles[who] } : {}),
    ...extra,
  });
  const connectAs = async (who: keyof typeof roles | null, dbName: string): Promise<Connection> => {
    const c = await connectMongo(db.url, dbName, { security: security(who) });
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    if (!testServers().postgresUrl) {
      throw new Error('this test needs FerretDB on PostgreSQL (database users are PostgreSQL roles): install postgresql, or unset LEGALAID_FERRETDB_BACKEND');
    }
    dir = mkdtempSync(join(tmpdir(), 'legalaid-dbsec-'));
    certs = createCertificates(join(dir, 'certs'), ['localhost', '127.0.0.1']);
    // The server certificate also serves as the client's (the test CA signs it for client authentication too).
    clientPem = join(dir, 'client.pem');
    writeFileSync(clientPem, readFileSync(certs.cert, 'utf8') + readFileSync(certs.key, 'utf8'), { mode: 0o600 });
    db = await startMongo({ dataDir: dir, tls: { certificates: certs, verifyClients: true }, anonymousRole: `svc_nobody_${run}` });
    expect(db.kind).toBe('ferretdb-postgresql');
    for (const who of Object.keys(roles) as (keyof typeof roles)[]) {
      await createServiceRole(db.postgresUrl!, roles[who], passwords[who], { mayCreate: true });
      passwordFiles[who] = join(dir, `${who}.password`);
      writeFileSync(passwordFiles[who], `${passwords[who]}\n`, { mode: 0o600 });
    }
  });
  afterAll(async () => {
    await service?.stop();
    for (const c of open) await c.close().catch(() => undefined);
    await db?.destroy?.();
    // Roles belong to the whole PostgreSQL cluster: drop them once their database is gone.
    const admin = new pg.Client({ connectionString: testServers().postgresUrl });
    await admin.connect();
    try {
      for (const role of [...Object.values(roles), `svc_nobody_${run}`]) await admin.query(`DROP ROLE IF EXISTS ${role}`);
    } finally {
      await admin.end();
    }
  });

  it('refuses a plain connection and a client without a certificate from the CA', async () => {
    const plain = new MongoClient(db.url, { serverSelectionTimeoutMS: 1500 });
    await expect(plain.connect().then(() => plain.db('x').command({ ping: 1 }))).rejects.toThrow();
    await plain.close().catch(() => undefined);
    const noCert = new MongoClient(db.url, { serverSelectionTimeoutMS: 1500, tls: true, tlsCAFile: certs.ca });
    await expect(noCert.connect().then(() => noCert.db('x').command({ ping: 1 }))).rejects.toThrow(/certificate/i);
    await noCert.close().catch(() => undefined);
  });

  it('each service reads and writes its own database as its own user, and is refused another service’s', async () => {
    const intake = await connectAs('intake', dbNames.intake);
    await intake.db!.collection('requests').insertOne({ _id: 'r1' as never, state: 'RECEIVED' });
    expect(await intake.db!.collection('requests').countDocuments()).toBe(1);

    const matching = await connectAs('matching', dbNames.matching);
    await matching.db!.collection('referrals').insertOne({ _id: 'f1' as never });
    // Matching's user on intake's database: PostgreSQL refuses it (the schema belongs to intake's role).
    const intrude = await connectAs('matching', dbNames.intake);
    await expect(intrude.db!.collection('requests').countDocuments()).rejects.toThrow(/permission denied/);
    await expect(intrude.db!.collection('requests').insertOne({ _id: 'forged' as never })).rejects.toThrow(/permission denied/);
    // Nothing was written by the refused insert.
    expect(await intake.db!.collection('requests').countDocuments()).toBe(1);
  });

  it('a client with a certificate but no database user reaches no data', async () => {
    const anonymous = await connectAs(null, dbNames.intake);
    await expect(anonymous.db!.collection('requests').findOne({})).rejects.toThrow(/permission denied/);
    const elsewhere = await connectAs(null, testDbName('sec_anon'));
    await expect(elsewhere.db!.collection('anything').insertOne({ a: 1 })).rejects.toThrow(/permission denied/);
  });

  it('credentials never come from the URL, a user needs its password file, and production requires a user and TLS off loopback', () => {
    // The URL may not carry credentials (they would show in process listings).
    expect(() => mongoSecurityOptions(security('intake'), 'mongodb://svc:secret@127.0.0.1:27017')).toThrow(/MONGO_URL: must not carry a user or password/);
    // A user without its password file, and the reverse.
    expect(() => mongoSecurityOptions({ ...security(null), MONGO_USER: 'svc_intake' }, db.url)).toThrow(/MONGO_USER and MONGO_PASSWORD_FILE go together/);
    expect(() => mongoSecurityOptions({ ...security(null), MONGO_PASSWORD_FILE: passwordFiles.intake }, db.url)).toThrow(ConfigError);
    // Production off loopback: its own user and TLS (a database on the same machine may go without).
    expect(() => mongoSecurityOptions({ NODE_ENV: 'production', MONGO_AUTH_MECHANISM: 'SCRAM-SHA-256', MONGO_TLS_CA: certs.ca }, 'mongodb://mongo-1:27017/?replicaSet=rs0')).toThrow(/MONGO_USER: required in production/);
    expect(mongoSecurityOptions({ NODE_ENV: 'production', MONGO_AUTH_MECHANISM: 'SCRAM-SHA-256' }, 'mongodb://127.0.0.1:27017')).toEqual({});
    expect(() =>
      mongoSecurityOptions({ NODE_ENV: 'production', MONGO_AUTH_MECHANISM: 'SCRAM-SHA-256', MONGO_USER: 'intake', MONGO_PASSWORD_FILE: passwordFiles.intake }, 'mongodb://mongo-1:27017,mongo-2:27017/?replicaSet=rs0'),
    ).toThrow(/MONGO_TLS_CA: required in production when the database is not on loopback/);
    const ok = mongoSecurityOptions(
      { NODE_ENV: 'production', MONGO_AUTH_MECHANISM: 'SCRAM-SHA-256', MONGO_USER: 'intake', MONGO_PASSWORD_FILE: passwordFiles.intake, MONGO_TLS_CA: certs.ca },
      'mongodb://mongo-1:27017/?replicaSet=rs0',
    );
    expect(ok).toMatchObject({ tls: true, tlsCAFile: certs.ca, auth: { username: 'intake', password: passwords.intake }, authMechanism: 'SCRAM-SHA-256', authSource: 'admin' });
  });

  it('a service started with its database user and the CA answers over TLS, and stops with a clear error when its password file is missing', async () => {
    const { natsUrl } = testServers();
    const env = {
      NATS_URL: natsUrl,
      NATS_NKEY_SEED: testNatsSeed('matching'),
      MONGO_URL: db.url,
      MONGO_DB: dbNames.matching,
      MONGO_USER: roles.matching,
      MONGO_PASSWORD_FILE: passwordFiles.matching,
      MONGO_AUTH_MECHANISM: 'PLAIN',
      MONGO_TLS_CA: certs.ca,
      MONGO_TLS_CERT_KEY: clientPem,
      RPC_SIGNING_KEY: process.env.RPC_SIGNING_KEY!,
      NODE_ENV: 'test',
      HEALTH_PORT: '0',
    };
    const broken = spawnProcess('matching', { ...env, MONGO_PASSWORD_FILE: join(dir, 'missing.password') }, { telemetry: false });
    const code = await new Promise<number | null>((res) => broken.child.once('exit', (c) => res(c)));
    expect(code).toBe(2);
    expect(broken.lines.join('\n')).toMatch(/MONGO_PASSWORD_FILE: must name an existing file/);

    service = spawnProcess('matching', env);
    await service.ready;
    const rpc = await RpcClient.connect({ servers: natsUrl, name: 'dbsec-test', timeoutMs: 5000 });
    try {
      await expect(rpc.call(PING_RPCS.matching, {}, { actor: systemActor('dbsec-test'), correlationId: 'dbsec' })).resolves.toMatchObject({ service: 'matching' });
    } finally {
      await rpc.close();
    }
    // Its collections were created by its own role: intake's user cannot read them.
    const intakeOnMatching = await connectAs('intake', dbNames.matching);
    await expect(intakeOnMatching.db!.collection('referrals').countDocuments()).rejects.toThrow(/permission denied/);
  });
});
