import 'reflect-metadata';
import { checkNotifyConfig, main } from '@legalaid/infra';
import { IntakeModule } from './intake.module.js';
import { IntakeConfig } from './config.js';

main({ name: 'intake', context: 'intake', module: IntakeModule, config: IntakeConfig, validate: checkNotifyConfig });
