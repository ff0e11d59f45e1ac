import { createEvent, IntakeRequestContactAccessChanged, systemActor, type Envelope } from '@legalaid/contracts';
import { retryOnConflict } from '@legalaid/infra';
import type { Logger } from 'pino';
import { contactAccessChanges } from '../domain/facts.js';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';
import type { RequestRepository } from '../adapters/request.repository.js';

/**
 * Applies another context's event to a request, once: the event id is
 * recorded in the request in the same update (appliedEventIds guard), and
 * contact-access changes go out through the request's own outbox.
 */
export async function applyToRequest(
  requests: RequestRepository,
  logger: Logger,
  event: Envelope,
  requestId: string,
  change: (r: LegalAidRequest) => LegalAidRequest,
): Promise<void> {
  await retryOnConflict(async () => {
    const r = await requests.get(requestId);
    if (!r) {
      logger.warn({ eventId: event.id, type: event.type, requestId }, 'event names a request intake does not hold; skipped');
      return;
    }
    if (r.appliedEventIds?.includes(event.id)) return;
    const next = change(r);
    const meta = { actor: systemActor('intake'), correlationId: event.correlationId, causationId: event.id };
    const events: Envelope[] = contactAccessChanges(r, next).map((c) =>
      createEvent(IntakeRequestContactAccessChanged, { requestId: r._id, applicantRef: r.applicantRef, ...c }, meta),
    );
    await requests.save(next, r.version, events, event.id);
  });
}
