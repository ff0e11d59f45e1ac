import { createEvent, IntakeRequestReceived, systemActor, type EventOf } from '@legalaid/contracts';
import { pino } from 'pino';

export const silentLogger = pino({ level: 'silent' });

/** A valid intake.request.received event (no personal data: only facts). */
export function receivedEvent(overrides: Partial<EventOf<typeof IntakeRequestReceived>['data']> = {}): EventOf<typeof IntakeRequestReceived> {
  return createEvent(
    IntakeRequestReceived,
    {
      requestId: '01934f6e-7c1a-7000-8000-000000000001',
      applicantRef: 'ap_abcdefghijklmnop1234',
      channel: 'HOTLINE',
      centreId: 'centre-hcm',
      eligibilityGroup: null,
      fieldOfLaw: 'LAND',
      aidForm: 'ADVICE',
      provinceCode: '79',
      communeCode: null,
      language: 'vie',
      needsInterpreter: false,
      urgency: { urgent: false, reasons: [], deadlineAt: null },
      claimedEligibilityGroup: null,
      possibleDuplicateOf: [],
      receivedAt: new Date().toISOString(),
      ...overrides,
    },
    { actor: systemActor('test'), correlationId: 'corr-1' },
  );
}

export async function until<T>(check: () => T | undefined | Promise<T | undefined>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await check();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}
