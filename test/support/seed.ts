import mongoose from 'mongoose';
import { newId } from '@legalaid/contracts';
import { withSortKeys } from '../../services/intake/src/adapters/request.repository.js';
import { PersonalDataCrypto } from '../../services/intake/src/domain/personal-data-crypto.js';
import { sealPersonal } from '../../services/intake/src/domain/personal-data.js';
import { aRequest } from '../../services/intake/test/support.js';

const FIELDS = ['CIVIL', 'LAND', 'LABOUR', 'MARRIAGE_FAMILY', 'CRIMINAL', 'ADMINISTRATIVE'] as const;
const CHANNELS = ['WALK_IN', 'HOTLINE', 'WRITTEN'] as const;

/**
 * Writes `count` open requests of a centre straight into intake's database,
 * in batches, for tests that need a long queue (thousands of submissions
 * one by one take minutes on a loaded machine). Each is what intake's
 * submit would store: personal data sealed with the network's own keys,
 * blind indexes, the list's sort keys. No events are published: matching,
 * case-tracking and oversight never hear of them, so use them only for what
 * intake itself answers (queues, counts).
 */
export async function seedOpenRequests(options: { intakeEnv: Record<string, string>; centreId: string; count: number; batch?: number }): Promise<number> {
  const started = Date.now();
  const env = options.intakeEnv;
  const crypto = new PersonalDataCrypto(PersonalDataCrypto.parseKeys(env.INTAKE_DATA_KEYS), env.INTAKE_ACTIVE_KEY_ID, Buffer.from(env.INTAKE_INDEX_KEY, 'base64'));
  const conn = await mongoose.createConnection(env.MONGO_URL, { dbName: env.MONGO_DB }).asPromise();
  try {
    const first = Date.now() - options.count * 1000;
    const batch = options.batch ?? 500;
    for (let from = 0; from < options.count; from += batch) {
      const docs = [];
      for (let i = from; i < Math.min(options.count, from + batch); i++) {
        const receivedAt = new Date(first + i * 1000);
        const applicant = { fullName: `Người yêu cầu ${i}`, idNumber: `0794${String(i).padStart(8, '0')}`, address: { provinceCode: '79' }, language: 'vie', needsInterpreter: false };
        const id = newId();
        docs.push(
          withSortKeys(
            aRequest({
              _id: id,
              channel: CHANNELS[i % CHANNELS.length],
              centreId: options.centreId,
              applicantRef: crypto.applicantRef(applicant),
              ...sealPersonal(crypto, id, { applicant, opposingParties: [], summary: `Yêu cầu mẫu số ${i}`, attachedDocuments: [] }),
              idNumberIndex: crypto.blindIndex('idNumber', applicant.idNumber),
              phoneIndex: null,
              fieldOfLaw: FIELDS[i % FIELDS.length],
              communeCode: null,
              ageAtReceipt: null,
              parties: { applicant: crypto.partyHashes(applicant), opposing: [] },
              consent: { purposes: ['LEGAL_AID_PROCESSING'], givenBy: 'APPLICANT', method: 'WRITTEN', recordedAt: receivedAt, recordedBy: 'seed', withdrawn: [] },
              receivedAt,
              receivedBy: 'seed',
              timeline: [{ status: 'RECEIVED', at: receivedAt }],
            }),
          ),
        );
      }
      await conn.collection('requests').insertMany(docs as never[], { ordered: false });
    }
  } finally {
    await conn.close();
  }
  return Date.now() - started;
}
