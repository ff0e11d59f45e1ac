import 'reflect-metadata';
import { Controller, Module, type LoggerService, type Type } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { DiscoveryService, NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import type { Model } from 'mongoose';
import { z } from 'zod';
import type { Logger } from 'pino';
import { CasesCalendarDecisionLoaded, DEAD_LETTER_STREAM, PING_RPCS, streamNameOf, systemActor, type Context, type EventOf } from '@legalaid/contracts';
import type { NatsConnection } from '@nats-io/transport-node';
import { answerRpc } from './rpc.js';
import { configureRequestLedger, RequestLedger } from './request-guard.js';
import { deadLetterController } from './dead-letters.controller.js';
import { BaseConfigSchema, ServiceConnectionShape, backoffList, loadConfig } from '../config.js';
import { configureRequestSigning } from '../bus/request-signature.js';
import { createLogger } from '../logger.js';
import { Bus, type EventHandler } from '../bus/bus.js';
import { natsConnectOptions } from '../bus/nats-connection.js';
import { connectMongo, ensureIndexes } from '../mongo/connection.js';
import { OutboxRelay } from '../outbox/relay.js';
import { startHealthServer, type HealthServer } from '../health.js';
import { setDatabaseGaugeMaxAge } from '../metrics.js';
import { startTelemetry, stopTelemetry } from '../telemetry/tracing.js';
import { InfraModule } from './infra.module.js';
import { consumerMetadata } from './events.js';
import { CalendarCopy } from '../calendar/calendar-copy.js';

export interface ServiceDefinition<S extends z.ZodRawShape = z.ZodRawShape> {
  /** Service name: also the NATS queue group and the default database name. */
  name: string;
  /** The context token the service publishes and answers under (`cases` for case-tracking). */
  context: Context;
  module: Type<unknown>;
  /** Variables beyond the base ones (BaseConfigSchema). */
  config?: S;
  /** Rules across variables, checked with the schema before anything starts (throw a ConfigError). */
  validate?: (config: Record<string, unknown>) => void;
}

export interface RunningService {
  healthPort: number;
  close(): Promise<void>;
}

/** Nest's own log lines, through the one logger. */
class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, ...rest: unknown[]) { this.logger.info({ context: rest.at(-1) }, String(message)); }
  error(message: unknown, ...rest: unknown[]) { this.logger.error({ context: rest.at(-1) }, String(message)); }
  warn(message: unknown, ...rest: unknown[]) { this.logger.warn({ context: rest.at(-1) }, String(message)); }
  debug(message: unknown, ...rest: unknown[]) { this.logger.debug({ context: rest.at(-1) }, String(message)); }
  verbose(message: unknown, ...rest: unknown[]) { this.logger.trace({ context: rest.at(-1) }, String(message)); }
}

/**
 * Boots one service process: configuration, telemetry, database, bus and
 * streams, the Nest application answering request/reply on its queue group,
 * JetStream consumers, the outbox relay and the health server. Shuts down
 * gracefully on SIGTERM/SIGINT: the transport drains, in-flight handlers
 * finish, then connections close.
 */
export async function runService<S extends z.ZodRawShape>(def: ServiceDefinition<S>): Promise<RunningService> {
  const config = loadConfig(BaseConfigSchema.extend({ ...ServiceConnectionShape, ...(def.config ?? {}) }));
  def.validate?.(config);
  configureRequestSigning(config.RPC_SIGNING_KEY);
  const logger = createLogger(def.name, config.LOG_LEVEL);
  setDatabaseGaugeMaxAge(config.METRICS_DB_GAUGE_MAX_AGE_MS);
  startTelemetry({ serviceName: def.name });

  // Checked before any connection: a production process without its NKey or TLS stops with a configuration error.
  const rpcConnection = natsConnectOptions(config, config.NATS_URL, `${def.name}-rpc`);
  const connection = await connectMongo(config.MONGO_URL, config.MONGO_DB ?? `legalaid_${def.name.replace(/-/g, '_')}`, {
    maxPoolSize: config.MONGO_MAX_POOL_SIZE,
    traceFile: config.MONGO_TRACE_FILE,
    security: config,
  });
  const bus = await Bus.connect({ servers: config.NATS_URL, name: def.name, logger, security: config, owner: def.context });
  // Commands retried with their request id are applied once (request-guard.ts).
  const ledger = new RequestLedger(connection);
  configureRequestLedger(ledger);
  const ownStreams = def.context === 'oversight' ? [streamNameOf(def.context), DEAD_LETTER_STREAM] : [streamNameOf(def.context)];
  await bus.ensureStreams({ owned: ownStreams, replicas: config.BUS_STREAM_REPLICAS });

  const outboxModels = (): Model<any>[] => Object.values(connection.models).filter((m) => m.schema.path('hasOutbox'));
  const relay = new OutboxRelay(bus, [], logger, { pollMs: config.OUTBOX_POLL_MS });
  const clock = () => new Date();
  const calendar = CalendarCopy.create(connection, clock, logger);
  let health: HealthServer | undefined;
  let closed = false;
  const onShutdown = async () => {
    if (closed) return;
    closed = true;
    logger.info('shutting down');
    calendar.stop();
    ledger.stop();
    await bus.close(); // stops consumers; in-flight handlers finish before it returns
    await relay.stop();
    await connection.close().catch(() => undefined);
    await health?.close();
    await stopTelemetry().catch(() => undefined);
    logger.info('stopped');
  };

  const ping = PING_RPCS[def.context];
  const startedAt = Date.now();
  @Controller()
  class PingController {
    @MessagePattern(ping.subject)
    ping(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
      return answerRpc(ping, raw, ctx, logger, async () => ({ service: def.name, uptimeSeconds: (Date.now() - startedAt) / 1000 }));
    }
  }

  @Module({
    imports: [InfraModule.forRoot({ bus, connection, logger, relay, config, clock, calendar, onShutdown }), def.module],
    controllers: [PingController, deadLetterController(def.context, bus, logger)],
  })
  class ServiceRoot {}

  const app = await NestFactory.createMicroservice<MicroserviceOptions>(ServiceRoot, {
    transport: Transport.NATS,
    options: {
      // Same credentials and TLS as the bus; keeps reconnecting through a broker restart (the default gives up after ten tries).
      ...rpcConnection,
      queue: def.name,
      gracefulShutdown: true,
      gracePeriod: config.RPC_GRACE_PERIOD_MS,
    } as Record<string, unknown>,
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  await app.init();
  relay.track(outboxModels());
  await ensureIndexes(connection);
  ledger.startPruning();

  // JetStream consumers declared with @EventConsumer / @OnEvent.
  const discovery = app.get(DiscoveryService);
  for (const wrapper of discovery.getProviders()) {
    const meta = wrapper.metatype ? consumerMetadata(wrapper.metatype as Function) : undefined;
    if (!meta || !wrapper.instance) continue;
    const handlers = new Map<string, EventHandler>();
    for (const h of meta.handlers) {
      const method = (wrapper.instance as Record<string | symbol, EventHandler>)[h.method].bind(wrapper.instance);
      handlers.set(h.type, method);
    }
    await bus.consume({
      stream: meta.options.stream,
      durable: meta.options.durable,
      handlers,
      maxDeliver: config.BUS_MAX_DELIVER,
      backoffMs: backoffList(config),
      ackWaitMs: config.BUS_ACK_WAIT_MS,
      parkFailures: meta.options.parkFailures,
      raw: meta.options.raw,
    });
  }

  // Every service counts working days: each keeps its own copy of the official calendar decisions.
  await calendar.refresh();
  await bus.consume({
    stream: streamNameOf('cases'),
    durable: `${def.name}-calendar`,
    filterSubject: CasesCalendarDecisionLoaded.subject,
    handlers: new Map([[CasesCalendarDecisionLoaded.type, (event) => calendar.apply(event as EventOf<typeof CasesCalendarDecisionLoaded>)]]),
    maxDeliver: config.BUS_MAX_DELIVER,
    backoffMs: backoffList(config),
    ackWaitMs: config.BUS_ACK_WAIT_MS,
  });
  calendar.startRefresh(config.CALENDAR_REFRESH_MS);

  await app.listen();
  // "ready" only once the server has our request/reply subscriptions: a request sent right after would otherwise
  // find no responder. A flush round-trip on the transport's own connection proves it (a service may not send
  // requests itself: only the gateway publishes on legalaid.rpc.>).
  await app.unwrap<NatsConnection>().flush();
  relay.start();
  health = await startHealthServer({
    host: config.HEALTH_HOST,
    port: config.HEALTH_PORT,
    ready: async () => ({ nats: !bus.nc.isClosed(), database: connection.readyState === 1 }),
    detail: () => ({ calendar: calendar.status() }),
  });
  logger.info({ healthPort: health.port, actor: systemActor(def.name).id }, 'ready');
  return {
    healthPort: health.port,
    close: async () => {
      await app.close();
      await onShutdown();
    },
  };
}

/** Entry point helper for a service's main.ts: configuration errors exit with code 2 and a clear message. */
export function main<S extends z.ZodRawShape>(def: ServiceDefinition<S>): void {
  runService(def).catch((err: Error) => {
    process.stderr.write(`${def.name} failed to start: ${err.message}\n`);
    process.exit(err.name === 'ConfigError' ? 2 : 1);
  });
}
