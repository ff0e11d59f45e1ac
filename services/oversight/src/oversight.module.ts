import { Module } from '@nestjs/common';

/** Oversight: audit ledger, statistics, feedback and supervision (built in its own issue). */
@Module({})
export class OversightModule {}
