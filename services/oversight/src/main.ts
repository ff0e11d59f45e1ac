import 'reflect-metadata';
import { main } from '@legalaid/infra';
import { OversightModule } from './oversight.module.js';

main({ name: 'oversight', context: 'oversight', module: OversightModule });
