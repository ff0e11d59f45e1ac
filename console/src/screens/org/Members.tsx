import { useEffect } from 'react';
import { useQuery } from 'urql';
import { OrgCasesQuery, OrgMembersQuery } from '../../api/org';
import { useMe, useReferenceData } from '../../app/me';
import { navigate, useLocation } from '../../app/router';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { useLabel, useT } from '../../i18n/i18n';
import { useOrgLabel } from './shared';

/** O3–O4: the organisation's members with their load, and their cases (read only; the request itself is not the organisation's to read). */
export default function Members() {
  const t = useT();
  const me = useMe();
  const org = me.organisationId ?? '';
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const orgLabel = useOrgLabel();
  const { search } = useLocation();
  const overdue = search.get('overdue') === '1';
  useEffect(() => void (document.title = `${t('org.members.title')} — ${t('app.name')}`));
  const [members] = useQuery({ query: OrgMembersQuery, variables: { organisationId: org } });
  const [cases] = useQuery({ query: OrgCasesQuery, variables: { filter: { organisationId: org, ...(overdue ? { overdue: true } : {}) } } });
  const rows = (members.data?.providers.edges ?? []).map((e) => e.node);
  const caseRows = (cases.data?.cases.edges ?? []).map((e) => e.node);
  return (
    <>
      <h1>{t('org.members.title')}</h1>
      <div className="table-wrap" role="region" aria-label={t('org.members.title')} tabIndex={0}>
        <table className="table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">{t('org.queue.col.member')}</th>
              <th scope="col">{t('org.queue.col.load')}</th>
              <th scope="col">{t('lawyer.profile.fields')}</th>
              <th scope="col">{t('lawyer.profile.available')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id}>
                <td>{m.displayName}</td>
                <td>{t('org.members.load', { open: m.openCases, capacity: m.capacity })}</td>
                <td>{m.fieldsOfLaw.map((f) => field(f)).join(', ')}</td>
                <td>{m.available && m.status === 'ACTIVE' ? t('common.yes') : t('common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('org.members.cases')}</h2>
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={overdue} onChange={(e) => navigate(e.target.checked ? '/thanh-vien?overdue=1' : '/thanh-vien')} />
          <span>{t('lawyer.cases.overdueOnly')}</span>
        </label>
      </p>
      {caseRows.length ? (
        <div className="table-wrap" role="region" aria-label={t('org.members.cases')} tabIndex={0}>
          <table className="table" data-testid="member-cases">
            <thead>
              <tr>
                <th scope="col">{t('org.queue.col.member')}</th>
                <th scope="col">{t('lawyer.cases.col.case')}</th>
                <th scope="col">{t('lawyer.cases.col.state')}</th>
                <th scope="col">{t('lawyer.cases.col.next')}</th>
              </tr>
            </thead>
            <tbody>
              {caseRows.map((c) => (
                <tr key={c.id}>
                  <td>{c.provider?.displayName ?? c.providerId}</td>
                  <td>{field(c.fieldOfLaw)}</td>
                  <td>{orgLabel('caseState', c.state)}</td>
                  <td>{c.nextDeadline ? <DeadlineBadge dueAt={c.nextDeadline.dueAt} /> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t('lawyer.cases.empty')}</p>
      )}
    </>
  );
}
