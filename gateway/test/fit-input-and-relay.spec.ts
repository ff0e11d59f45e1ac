import { describe, expect, it } from '@jest/globals';
import { CasesRpc, IntakeRpc, MatchingRpc } from '@legalaid/contracts';
import { fitInput } from '../src/fit-input.js';
import { connection } from '../src/modules/relay.js';

describe('fitInput: GraphQL nulls against the contracts', () => {
  it('drops a null where the contract wants the field absent', () => {
    const input = { requestId: '01934f6e-7c1a-7000-8000-0000000000aa', reason: null, expectedVersion: null };
    expect(fitInput(IntakeRpc.withdraw.input, input)).toEqual({ requestId: input.requestId });
    expect(IntakeRpc.withdraw.input.safeParse(fitInput(IntakeRpc.withdraw.input, input)).success).toBe(true);
  });

  it('keeps a null that means something (a service area without a commune is the whole province)', () => {
    const input = { providerId: 'p', organisationId: 'o', kind: 'PRO_BONO_LAWYER', displayName: 'A', gender: 'FEMALE', fieldsOfLaw: ['CIVIL'], aidForms: ['ADVICE'], languages: ['vie'], areas: [{ provinceCode: '79', communeCode: null }], capacity: 3, proBono: null };
    const fitted = fitInput(MatchingRpc.registerProvider.input, input) as typeof input;
    expect(fitted.areas).toEqual([{ provinceCode: '79', communeCode: null }]);
    expect(fitted.proBono).toBeNull();
    expect(MatchingRpc.registerProvider.input.safeParse(fitted).success).toBe(true);
  });

  it('walks nested objects and arrays, and leaves unknown fields for the contract to refuse', () => {
    const fitted = fitInput(CasesRpc.recordCaseActivity.input, { caseId: 'c', kind: 'NOTE', performedAt: '2026-01-05T03:00:00Z', hours: 1, note: null, hearing: null, attachments: [{ name: 'a.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64), sizeBytes: null }], extra: null });
    expect(fitted).toEqual({ caseId: 'c', kind: 'NOTE', performedAt: '2026-01-05T03:00:00Z', hours: 1, attachments: [{ name: 'a.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64) }], extra: null });
  });
});

describe('Relay connections over service pages', () => {
  const items = Array.from({ length: 7 }, (_, i) => ({ id: `n${i}` }));
  /** A service paging `items` by its own opaque cursor (the index after the last item). */
  const service = async (page: { first: number; after?: string }) => {
    const start = page.after ? Number(page.after) : 0;
    const slice = items.slice(start, start + page.first);
    const end = start + slice.length;
    return { items: slice, pageInfo: { endCursor: slice.length ? String(end) : null, hasNextPage: end < items.length } };
  };

  it('pages forward by endCursor through every item exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const c: Awaited<ReturnType<typeof connection<{ id: string }>>> = await connection({ first: 3, after }, service);
      seen.push(...c.edges.map((e) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(items.map((i) => i.id));
  });

  it("resumes after any edge's cursor, not only the last", async () => {
    const first = await connection({ first: 4 }, service);
    const fromSecond = await connection({ first: 2, after: first.edges[1].cursor }, service);
    expect(fromSecond.edges.map((e) => e.node.id)).toEqual(['n2', 'n3']);
    expect(fromSecond.pageInfo.hasNextPage).toBe(true);
  });

  it('understands nodes/pageInfo and items/nextCursor pages too, and refuses foreign cursors', async () => {
    const nodes = await connection({ first: 2 }, async () => ({ nodes: [{ id: 'a' }], pageInfo: { endCursor: null, hasNextPage: false } }));
    expect(nodes.edges.map((e) => e.node.id)).toEqual(['a']);
    const next = await connection({ first: 2 }, async () => ({ items: [{ id: 'a' }, { id: 'b' }], nextCursor: 'x' }));
    expect(next.pageInfo.hasNextPage).toBe(true);
    await expect(connection({ first: 2, after: 'not-ours' }, service)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(connection({ first: 101 }, service)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
