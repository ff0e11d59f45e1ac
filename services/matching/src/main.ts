import 'reflect-metadata';
import { main } from '@legalaid/infra';
import { MatchingModule } from './matching.module.js';

main({ name: 'matching', module: MatchingModule });
