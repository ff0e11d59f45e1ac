import { useQuery } from 'urql';
import { OrgLabelsQuery } from '../../api/org';
import { useLocale } from '../../i18n/i18n';

type Group = 'escalationTarget' | 'findingCategory' | 'findingSeverity' | 'recommendationStatus' | 'caseState';

/** Labels of the organisation screens' enums, from referenceData (fetched once). */
export function useOrgLabel(): (group: Group, code: string | null | undefined) => string {
  const { locale } = useLocale();
  const [r] = useQuery({ query: OrgLabelsQuery, requestPolicy: 'cache-first' });
  const data = r.data?.referenceData;
  return (group, code) => (code ? (data?.[group][0]?.values.find((t) => t.code === code)?.[locale] ?? code) : '');
}
