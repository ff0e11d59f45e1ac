import { Module } from '@nestjs/common';

/** Case-tracking: the Case from assignment to closure (built in its own issue). */
@Module({})
export class CaseTrackingModule {}
