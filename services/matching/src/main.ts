import 'reflect-metadata';
import { main } from '@legalaid/infra';
import { MatchingConfigShape } from './config.js';
import { MatchingModule } from './matching.module.js';

main({ name: 'matching', context: 'matching', module: MatchingModule, config: MatchingConfigShape });
