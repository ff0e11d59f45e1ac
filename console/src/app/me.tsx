import { createContext, useContext } from 'react';
import { useQuery } from 'urql';
import { MeQuery, ReferenceDataQuery } from '../api/operations';
import type { MeQuery as MeResult, ReferenceDataQuery as RefResult } from '../gql/graphql';

export type Me = MeResult['me'];
export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in shell');
  return me;
}

/** True when the access matrix opens every one of these operations to the signed-in role. */
export function useCan(...operations: string[]): boolean {
  const me = useContext(MeContext);
  return !!me && operations.every((op) => me.operations.includes(op));
}

export function useMeQuery() {
  return useQuery({ query: MeQuery, requestPolicy: 'network-only' });
}

export type ReferenceData = RefResult['referenceData'];
export function useReferenceData(): ReferenceData | undefined {
  const [r] = useQuery({ query: ReferenceDataQuery, requestPolicy: 'cache-first' });
  return r.data?.referenceData;
}
