import { DeliverPolicy } from '@nats-io/jetstream';
import { pino } from 'pino';
import { Bus } from '@legalaid/infra';

const logger = pino({ level: 'silent' });

/** Every event published on a subject, read from the stream itself (until the consumer says nothing is pending). */
export async function eventsOn(natsUrl: string, subject: string, stream: string): Promise<{ id: string; data: { requestId: string } }[]> {
  const bus = await Bus.connect({ servers: natsUrl, name: 'test-events-reader', logger });
  try {
    const info = await bus.jsm.streams.info(stream);
    if (info.state.messages === 0) return [];
    const c = await bus.js.consumers.get(stream, { filter_subjects: subject, deliver_policy: DeliverPolicy.All });
    const out: { id: string; data: { requestId: string } }[] = [];
    // A busy machine may deliver slowly: read until the consumer says nothing is pending.
    for (let done = false; !done; ) {
      const batch = await c.fetch({ max_messages: 256, expires: 3000 });
      let got = 0;
      for await (const m of batch) {
        got++;
        out.push(m.json());
        if (m.info.pending === 0) done = true;
      }
      if (got === 0) done = true;
    }
    return out;
  } finally {
    await bus.close();
  }
}
