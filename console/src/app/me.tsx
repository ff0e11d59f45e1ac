import { createContext, useContext } from 'react';
import { useQuery } from 'urql';
import { LabelsQuery, MeQuery, ReferenceDataQuery } from '../api/operations';
import { useLocale, type Term } from '../i18n/i18n';
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

type LabelGroup = 'eventTypes' | 'referralStatus' | 'offerStatus' | 'scoreFactor' | 'exclusionReason' | 'declineReason' | 'escalationReason' | 'accessPurpose';

/** Labels of the schema's enums and event types, from referenceData (fetched once); the code itself while loading. */
export function useEnumLabel(): (group: LabelGroup, code: string | null | undefined) => string {
  const { locale } = useLocale();
  const [r] = useQuery({ query: LabelsQuery, requestPolicy: 'cache-first' });
  const data = r.data?.referenceData;
  return (group, code) => {
    if (!code || !data) return code ?? '';
    const terms: readonly Term[] = group === 'eventTypes' ? data.eventTypes : (data[group][0]?.values ?? []);
    return terms.find((t) => t.code === code)?.[locale] ?? code;
  };
}
