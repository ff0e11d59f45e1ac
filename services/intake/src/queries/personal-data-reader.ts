import { Inject, Injectable } from '@nestjs/common';
import { createEvent, IntakeRequestPersonalDataAccessed, newId, type Actor } from '@legalaid/contracts';
import { CLOCK, type Clock } from '@legalaid/infra';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';
import type { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import { openPersonal, type PersonalData } from '../domain/personal-data.js';
import { AccessLogRepository, type AccessLogEntry } from '../adapters/access-log.repository.js';
import { CRYPTO } from '../adapters/crypto.provider.js';

/**
 * The one way personal data is read for someone: the access is logged first
 * (its own document and outbox, emitting intake.request.personal-data-accessed
 * without the data), and only then is the record opened. If logging fails,
 * nothing is revealed.
 */
@Injectable()
export class PersonalDataReader {
  constructor(
    private readonly log: AccessLogRepository,
    @Inject(CRYPTO) private readonly crypto: PersonalDataCrypto,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read(actor: Actor, correlationId: string, r: LegalAidRequest, purpose: AccessLogEntry['purpose'], fields: string[]): Promise<PersonalData> {
    await this.record(actor, correlationId, r, purpose, fields);
    return openPersonal(this.crypto, r._id, r.personal!);
  }

  async record(actor: Actor, correlationId: string, r: LegalAidRequest | null, purpose: AccessLogEntry['purpose'], fields: string[]): Promise<void> {
    const now = this.clock();
    const entry: AccessLogEntry = {
      _id: newId(),
      version: 1,
      requestId: r?._id ?? null,
      applicantRef: r?.applicantRef ?? null,
      centreId: r?.centreId ?? null,
      actorId: actor.id,
      actorRole: actor.role,
      purpose,
      fields,
      accessedAt: now,
    };
    const event = createEvent(
      IntakeRequestPersonalDataAccessed,
      { accessId: entry._id, requestId: entry.requestId, applicantRef: entry.applicantRef, centreId: entry.centreId, purpose, fields, accessedAt: now.toISOString() },
      { actor, correlationId, occurredAt: now },
    );
    await this.log.insert(entry, [event]);
  }
}
