import { CasesRpc, MatchingRpc, type OutputOf } from '@legalaid/contracts';
import { call, type GatewayContext } from './context.js';

/**
 * Display joins batched per GraphQL request (DataLoader's idea, without the
 * package): every id asked for while one execution step resolves is
 * collected, then fetched with one `...ByIds` call per kind (chunks of 100,
 * the contracts' limit), so a page of 100 offers costs one providers call,
 * not 100. Each id is fetched once per request; an id the service leaves out
 * (unknown, or not open to the reader) resolves to null.
 */
interface Batch<T> {
  ids: Set<string>;
  results: Promise<Map<string, T>>;
}

type Fetch<T> = (ctx: GatewayContext, ids: string[]) => Promise<{ id: string; value: T }[]>;

const MAX_IDS = 100;

function loader<T>(kind: string, fetch: Fetch<T>) {
  return (ctx: GatewayContext, id: string): Promise<T | null> => {
    const key = `${kind}:${id}`;
    const cached = ctx.memo.get(key) as Promise<T | null> | undefined;
    if (cached) return cached;
    const batchKey = `batch:${kind}`;
    let batch = ctx.memo.get(batchKey) as unknown as Batch<T> | undefined;
    if (!batch) {
      const ids = new Set<string>();
      // setImmediate runs after every resolver of this step has asked (their promises settle in microtasks first).
      const results = new Promise<Map<string, T>>((resolve, reject) =>
        setImmediate(() => {
          ctx.memo.delete(batchKey);
          const all = [...ids];
          const chunks = Array.from({ length: Math.ceil(all.length / MAX_IDS) }, (_, i) => all.slice(i * MAX_IDS, (i + 1) * MAX_IDS));
          Promise.all(chunks.map((chunk) => fetch(ctx, chunk)))
            .then((rows) => resolve(new Map(rows.flat().map((r) => [r.id, r.value]))))
            .catch(reject);
        }),
      );
      batch = { ids, results };
      ctx.memo.set(batchKey, batch as unknown as Promise<unknown>);
    }
    batch.ids.add(id);
    const one = batch.results.then((m) => m.get(id) ?? null);
    ctx.memo.set(key, one);
    return one;
  };
}

type Provider = OutputOf<typeof MatchingRpc.providersByIds>['providers'][number];
type Organisation = OutputOf<typeof MatchingRpc.organisationsByIds>['organisations'][number];
type Referral = OutputOf<typeof MatchingRpc.referralsByIds>['referrals'][number];
type CaseRow = OutputOf<typeof CasesRpc.casesByIds>['cases'][number];

export const loadProvider = loader<Provider>('provider', async (ctx, providerIds) =>
  (await call(ctx, MatchingRpc.providersByIds, { providerIds })).providers.map((p) => ({ id: p.providerId, value: p })),
);
export const loadOrganisation = loader<Organisation>('organisation', async (ctx, organisationIds) =>
  (await call(ctx, MatchingRpc.organisationsByIds, { organisationIds })).organisations.map((o) => ({ id: o.organisationId, value: o })),
);
export const loadReferral = loader<Referral>('referral', async (ctx, referralIds) =>
  (await call(ctx, MatchingRpc.referralsByIds, { referralIds })).referrals.map((r) => ({ id: r.referralId, value: r })),
);
export const loadCase = loader<CaseRow>('case-row', async (ctx, caseIds) => (await call(ctx, CasesRpc.casesByIds, { caseIds })).cases.map((c) => ({ id: c.caseId, value: c })));

type UserName = OutputOf<typeof MatchingRpc.userNames>['users'][number];
export const loadUserName = loader<UserName>('user-name', async (ctx, userIds) => (await call(ctx, MatchingRpc.userNames, { userIds })).users.map((u) => ({ id: u.userId, value: u })));

/**
 * The name to show for an actor id: from the user directory (users who signed
 * in with a name), "Hệ thống" for the services' own actors, else null.
 */
export async function actorName(ctx: GatewayContext, actorId: string | null | undefined): Promise<string | null> {
  if (!actorId) return null;
  if (actorId.startsWith('service:') || actorId === 'appraisal-draw') return 'Hệ thống';
  if (!/^[A-Za-z0-9_.:@-]{1,128}$/.test(actorId)) return null;
  return (await loadUserName(ctx, actorId))?.displayName ?? null;
}

/** A resolver for a display join on an id field of the parent (null when the parent has none). */
export const joined =
  <P, T>(load: (ctx: GatewayContext, id: string) => Promise<T | null>, idOf: (parent: P) => string | null | undefined) =>
  (parent: P, _: unknown, ctx: GatewayContext): Promise<T | null> | null => {
    const id = idOf(parent);
    return id ? load(ctx, id) : null;
  };
