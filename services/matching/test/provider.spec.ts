import { describe, expect, it } from '@jest/globals';
import type { ProviderKind } from '@legalaid/contracts';
import { recordCaseOpened, recordCaseReleased, recordHours } from '../src/domain/provider.js';
import { NOW, provider } from './fixtures.js';

describe('pro bono delivered counts only pro bono work', () => {
  const openWith = (kind: ProviderKind) => recordCaseOpened(provider('p1', { kind, proBono: { unit: 'CASES', annualTarget: 4 } }), 'req-1', NOW);

  it.each([
    ['PRO_BONO_LAWYER', 1, 6.5],
    ['CONTRACT_LAWYER', 0, 0],
    ['ORGANISATION_LAWYER', 0, 0],
    ['LEGAL_AID_OFFICER', 0, 0],
    ['COLLABORATOR', 0, 0],
  ] as const)('a case closed by a %s counts %i case and %d hours', (kind, cases, hours) => {
    const worked = recordHours(recordHours(openWith(kind), 4, NOW), 2.5, NOW);
    const closed = recordCaseReleased(worked, 'req-1', 'SUCCESSFUL', NOW);
    expect(closed.proBonoDelivered).toEqual({ year: 2025, cases, hours });
    expect(closed.openCaseKeys).toEqual([]);
  });

  it.each(['TRANSFERRED', 'WITHDRAWN'] as const)('a pro bono case ending %s is not a matter delivered', (outcome) => {
    expect(recordCaseReleased(openWith('PRO_BONO_LAWYER'), 'req-1', outcome, NOW).proBonoDelivered.cases).toBe(0);
  });
});
