import 'reflect-metadata';
import { main } from '@legalaid/infra';
import { MatchingModule } from './matching.module.js';

main({ name: 'matching', context: 'matching', module: MatchingModule });
