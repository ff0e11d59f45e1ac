import { type Provider } from '../src/domain/provider.js';
import type { RankRequest } from '../src/domain/ranking.js';
export declare const NOW: Date;
export declare const ph: (n: number) => string;
/** A provider who passes every filter for `request()` unless the overrides say otherwise. */
export declare function provider(id: string, overrides?: Partial<Provider>): Provider;
export declare function request(overrides?: Partial<RankRequest>): RankRequest;
