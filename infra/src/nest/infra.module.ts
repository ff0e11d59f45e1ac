import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Bus } from '../bus/bus.js';
import type { OutboxRelay } from '../outbox/relay.js';
import type { CalendarCopy } from '../calendar/calendar-copy.js';
import { BUS, CALENDAR, CLOCK, CONFIG, LOGGER, MONGO, RELAY, type Clock } from './tokens.js';

export interface InfraDeps {
  bus: Bus;
  connection: Connection;
  logger: Logger;
  relay: OutboxRelay;
  config: Record<string, unknown>;
  clock: Clock;
  calendar: CalendarCopy;
  /** Called on shutdown after Nest closed its transport: stop consumers, relay, connections. */
  onShutdown: () => Promise<void>;
}

const SHUTDOWN = Symbol('SHUTDOWN');

class InfraShutdown implements OnApplicationShutdown {
  constructor(@Inject(SHUTDOWN) private readonly shutdown: () => Promise<void>) {}
  async onApplicationShutdown(): Promise<void> {
    await this.shutdown();
  }
}

/** What every service module can inject: bus, database, logger, relay, config, clock, the working-day calendar. */
@Global()
@Module({})
export class InfraModule {
  static forRoot(deps: InfraDeps): DynamicModule {
    const providers = [
      { provide: BUS, useValue: deps.bus },
      { provide: MONGO, useValue: deps.connection },
      { provide: LOGGER, useValue: deps.logger },
      { provide: RELAY, useValue: deps.relay },
      { provide: CONFIG, useValue: deps.config },
      { provide: CLOCK, useValue: deps.clock },
      { provide: CALENDAR, useValue: deps.calendar },
      { provide: SHUTDOWN, useValue: deps.onShutdown },
    ];
    return {
      module: InfraModule,
      imports: [DiscoveryModule],
      providers: [...providers, InfraShutdown],
      exports: [BUS, MONGO, LOGGER, RELAY, CONFIG, CLOCK, CALENDAR],
    };
  }
}
