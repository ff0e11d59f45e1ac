import 'reflect-metadata';
import { main } from '@legalaid/infra';
import { CaseTrackingModule } from './case-tracking.module.js';
import { CaseTrackingConfig } from './config.js';

main({ name: 'case-tracking', context: 'cases', module: CaseTrackingModule, config: CaseTrackingConfig });
