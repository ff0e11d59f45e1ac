import 'reflect-metadata';
import { checkNotifyConfig, main } from '@legalaid/infra';
import { MatchingConfigShape } from './config.js';
import { MatchingModule } from './matching.module.js';

main({ name: 'matching', context: 'matching', module: MatchingModule, config: MatchingConfigShape, validate: checkNotifyConfig });
