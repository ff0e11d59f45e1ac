import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';
import { startNetwork, type TestNetwork } from './support/network.js';
import { soakRun } from './support/soak.js';
import { resetStreams, testServers } from './support/servers.js';

/**
 * Many journeys at once, through the gateway, on the four real services:
 * each request is submitted, accepted, offered, taken by whichever provider
 * was offered it, worked and closed. At the end every request is in the same
 * end state in every service, each case opened once, and the ledger verifies.
 * SOAK_JOURNEYS sets the number (default 12).
 */
jest.setTimeout(600000);

const JOURNEYS = Number(process.env.SOAK_JOURNEYS ?? 12);

describe('soak: concurrent journeys end consistent everywhere', () => {
  let net: TestNetwork;

  beforeAll(async () => {
    await resetStreams(testServers().natsUrl);
    net = await startNetwork({
      label: 'soak',
      services: ['intake', 'matching', 'case-tracking', 'oversight'],
      gateway: true,
      extraEnv: {
        matching: { MATCHING_TIMER_POLL_MS: '300', MATCHING_INDEX_REFRESH_MS: '300' },
        oversight: { OVERSIGHT_CHECKPOINT_EVERY: '25' },
        gateway: { RATE_LIMIT_MAX: '100000' },
      },
    });
  });
  afterAll(async () => {
    await net?.stopAll();
  });

  it(`${JOURNEYS} concurrent journeys each end closed in intake, assigned in matching, closed in case-tracking, and on a verified ledger`, async () => {
    await soakRun(net.graphqlUrl!, JOURNEYS);
  });
});
