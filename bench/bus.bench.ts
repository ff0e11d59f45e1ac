/**
 * Bus throughput: events per second through this system's bus (contract
 * validation, Nats-Msg-Id de-duplication, trace headers, durable pull
 * consumer with explicit ack after the handler) against raw
 * @nats-io/jetstream publishing and consuming the same messages, in the same
 * run, on the same server. Run: npm run bench -- bus [messages]
 */
import { jetstream, jetstreamManager, AckPolicy, StorageType } from '@nats-io/jetstream';
import { IntakeRequestReceived, streamNameOf, systemActor, createEvent } from '@legalaid/contracts';
import { Bus, connectNats, startTelemetry } from '@legalaid/infra';
import { pino } from 'pino';
import { benchServers, report, round } from './support.js';

const N = Number(process.argv[2] ?? 5000);
const logger = pino({ level: 'silent' });

function event(i: number) {
  return createEvent(
    IntakeRequestReceived,
    {
      requestId: `01934f6e-7c1a-7000-8000-${String(i).padStart(12, '0')}`,
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
    },
    { actor: systemActor('bench'), correlationId: `bench-${i}` },
  );
}

async function systemRun(url: string) {
  const bus = await Bus.connect({ servers: url, name: 'bench-bus', logger });
  await bus.ensureStreams();
  await bus.jsm.streams.purge(streamNameOf('intake'));
  const events = Array.from({ length: N }, (_, i) => event(i));
  const t0 = performance.now();
  // Publish with bounded concurrency (as an outbox relay with several documents would).
  for (let i = 0; i < N; i += 100) await Promise.all(events.slice(i, i + 100).map((e) => bus.publish(e)));
  const publishMs = performance.now() - t0;
  let seen = 0;
  const done = new Promise<void>((resolve) => {
    void bus.consume({
      stream: streamNameOf('intake'),
      durable: 'bench-system',
      handlers: new Map([[IntakeRequestReceived.type, async () => void (++seen === N && resolve())]]),
    });
  });
  const t1 = performance.now();
  await done;
  const consumeMs = performance.now() - t1;
  await bus.close();
  return { publishPerSec: round(N / (publishMs / 1000)), consumePerSec: round(N / (consumeMs / 1000)) };
}

async function rawRun(url: string, withMsgId: boolean) {
  // Authenticated as the bench's harness user, as the bus is.
  const nc = await connectNats({ servers: url, name: 'bench-raw' });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const stream = withMsgId ? 'BENCH_RAW_DEDUP' : 'BENCH_RAW';
  await jsm.streams.add({ name: stream, subjects: [`bench.${stream}.>`], storage: StorageType.File });
  const events = Array.from({ length: N }, (_, i) => event(i));
  const payloads = events.map((e) => JSON.stringify(e));
  const t0 = performance.now();
  for (let i = 0; i < N; i += 100) {
    await Promise.all(payloads.slice(i, i + 100).map((p, j) => js.publish(`bench.${stream}.event`, p, withMsgId ? { msgID: events[i + j].id } : undefined)));
  }
  const publishMs = performance.now() - t0;
  await jsm.consumers.add(stream, { durable_name: 'raw', ack_policy: AckPolicy.Explicit });
  const consumer = await js.consumers.get(stream, 'raw');
  const t1 = performance.now();
  const messages = await consumer.consume({ max_messages: 32 });
  let seen = 0;
  for await (const m of messages) {
    JSON.parse(m.string());
    await m.ackAck();
    if (++seen === N) break;
  }
  const consumeMs = performance.now() - t1;
  await messages.close().catch(() => undefined);
  await nc.close();
  return { publishPerSec: round(N / (publishMs / 1000)), consumePerSec: round(N / (consumeMs / 1000)) };
}

async function main() {
  startTelemetry({ serviceName: 'bench' });
  const servers = await benchServers();
  try {
    const raw = await rawRun(servers.nats.url, false);
    const rawWithMsgId = await rawRun(servers.nats.url, true);
    const system = await systemRun(servers.nats.url);
    report('bus', {
      messages: N,
      raw,
      rawWithMsgId,
      system,
      ratio: { publish: round(system.publishPerSec / raw.publishPerSec), consume: round(system.consumePerSec / raw.consumePerSec) },
    });
  } finally {
    await servers.stop();
  }
}

await main();
