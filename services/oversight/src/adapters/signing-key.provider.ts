import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CONFIG, ConfigError, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import type { OversightSettings } from '../config.js';
import { keyIdOf, parseSigningKey, publicKeyPemOf } from '../domain/checkpoint.js';

export const SIGNING_KEY = Symbol('SIGNING_KEY');

export interface SigningKey {
  privateKey: KeyObject;
  publicKeyPem: string;
  keyId: string;
}

/** The checkpoint key from configuration; outside production a fresh one when none is configured. */
export const signingKeyProvider = {
  provide: SIGNING_KEY,
  inject: [CONFIG, LOGGER],
  useFactory: (config: OversightSettings, logger: Logger): SigningKey => {
    let privateKey: KeyObject;
    if (config.OVERSIGHT_SIGNING_KEY) {
      privateKey = parseSigningKey(config.OVERSIGHT_SIGNING_KEY);
    } else if (config.NODE_ENV === 'production') {
      throw new ConfigError([{ variable: 'OVERSIGHT_SIGNING_KEY', message: 'required in production: the Ed25519 key that signs ledger checkpoints' }]);
    } else {
      privateKey = generateKeyPairSync('ed25519').privateKey;
      logger.warn('OVERSIGHT_SIGNING_KEY is not set: checkpoints are signed with a key made up for this run');
    }
    const publicKeyPem = publicKeyPemOf(privateKey);
    return { privateKey, publicKeyPem, keyId: keyIdOf(publicKeyPem) };
  },
};
