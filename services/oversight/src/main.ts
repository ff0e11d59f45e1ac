import 'reflect-metadata';
import { main } from '@legalaid/infra';
import { OversightModule } from './oversight.module.js';
import { OversightConfig } from './config.js';

main({ name: 'oversight', context: 'oversight', module: OversightModule, config: OversightConfig });
