import { CONFIG } from '@legalaid/infra';
import { PersonalDataCrypto } from '../domain/personal-data-crypto.js';
import type { IntakeSettings } from '../config.js';

export const CRYPTO = Symbol('CRYPTO');

export const cryptoProvider = {
  provide: CRYPTO,
  inject: [CONFIG],
  useFactory: (config: IntakeSettings) =>
    new PersonalDataCrypto(
      PersonalDataCrypto.parseKeys(config.INTAKE_DATA_KEYS),
      config.INTAKE_ACTIVE_KEY_ID,
      Buffer.from(config.INTAKE_INDEX_KEY, 'base64'),
    ),
};
