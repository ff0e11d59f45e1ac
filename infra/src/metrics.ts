import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One Prometheus registry per process, served at /metrics. */
export const registry = new Registry();
collectDefaultMetrics({ register: registry });

export const metrics = {
  published: new Counter({ name: 'legalaid_bus_published_total', help: 'Events published', labelNames: ['subject', 'duplicate'], registers: [registry] }),
  consumed: new Counter({
    name: 'legalaid_bus_consumed_total',
    help: 'Messages handled by a consumer, by outcome (ack, retry, dead_letter, skipped)',
    labelNames: ['consumer', 'subject', 'outcome'],
    registers: [registry],
  }),
  handlerSeconds: new Histogram({
    name: 'legalaid_bus_handler_seconds',
    help: 'Event handler latency',
    labelNames: ['consumer', 'subject'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  }),
  deadLetters: new Counter({ name: 'legalaid_bus_dead_letters_total', help: 'Messages moved to the dead-letter stream', labelNames: ['consumer', 'reason'], registers: [registry] }),
  consumerLag: new Gauge({ name: 'legalaid_bus_consumer_pending', help: 'Messages waiting for a consumer', labelNames: ['consumer'], registers: [registry] }),
  outboxPending: new Gauge({ name: 'legalaid_outbox_pending', help: 'Documents with unpublished events', labelNames: ['collection'], registers: [registry] }),
  deadlineBreaches: new Counter({ name: 'legalaid_deadline_breaches_total', help: 'Case deadlines breached, by kind', labelNames: ['kind'], registers: [registry] }),
  deadlineReminders: new Counter({ name: 'legalaid_deadline_reminders_total', help: 'Case deadline reminders sent, by kind', labelNames: ['kind'], registers: [registry] }),
  dbCommands: new Counter({ name: 'legalaid_db_commands_total', help: 'Database commands sent, by command name', labelNames: ['command'], registers: [registry] }),
  rpcRequests: new Counter({ name: 'legalaid_rpc_requests_total', help: 'Request/reply operations answered', labelNames: ['operation', 'outcome'], registers: [registry] }),
  rpcSeconds: new Histogram({
    name: 'legalaid_rpc_seconds',
    help: 'Request/reply latency',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  }),
};

let databaseGaugeMaxAgeMs = 15_000;

/** How old a database gauge's value may be before a scrape reads it again (`METRICS_DB_GAUGE_MAX_AGE_MS`). */
export function setDatabaseGaugeMaxAge(ms: number): void {
  databaseGaugeMaxAgeMs = ms;
}

/**
 * A gauge read from the database when /metrics is scraped (e.g. open offers),
 * so every replica reports the same figure without keeping counts in memory.
 * A count on a field other than `_id` reads the whole collection on FerretDB,
 * so a value is reused for `METRICS_DB_GAUGE_MAX_AGE_MS` (15 s by default).
 */
export function databaseGauge(name: string, help: string, read: () => Promise<number>): Gauge {
  const existing = registry.getSingleMetric(name) as Gauge | undefined;
  if (existing) return existing;
  let readAt = 0;
  return new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      if (Date.now() - readAt < databaseGaugeMaxAgeMs) return;
      try {
        this.set(await read());
        readAt = Date.now();
      } catch {
        // database away: keep the last value; /readyz reports the outage
      }
    },
  });
}
