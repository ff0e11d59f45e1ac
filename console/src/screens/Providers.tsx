import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ProvidersQuery, SetAvailabilityMutation, UpdateProviderCapacityMutation } from '../api/operations';
import { useCan, useMe, useReferenceData } from '../app/me';
import { navigate, useLocation } from '../app/router';
import { useLabel, useT } from '../i18n/i18n';
import type { ProvidersQuery as ProvidersResult } from '../gql/graphql';
import { mapError, type ErrorKind } from '../lib/errors';
import { matchesFolded, parseVietnameseNumber } from '../lib/text';
import { Problem } from './Problems';

type Provider = ProvidersResult['providers']['edges'][number]['node'];

/**
 * C9: the network's providers with their load; the centre's own officers
 * and collaborators can be made available or not and given a capacity
 * (matching allows staff to change their own centre's providers only).
 */
export default function Providers() {
  const t = useT();
  const me = useMe();
  const ref = useReferenceData();
  const field = useLabel(ref?.fieldsOfLaw);
  const { search } = useLocation();
  const own = search.get('own') !== '0';
  const [quick, setQuick] = useState('');
  const [list, refetch] = useQuery({ query: ProvidersQuery, variables: { filter: own && me.organisationId ? { organisationId: me.organisationId } : {} } });
  useEffect(() => void (document.title = `${t('prov.title')} — ${t('app.name')}`));
  const rows = (list.data?.providers.edges ?? []).map((e) => e.node).filter((p) => matchesFolded(`${p.displayName} ${p.organisation?.name ?? ''}`, quick));
  return (
    <>
      <h1>{t('prov.title')}</h1>
      <p>
        <label className="checkbox">
          <input type="checkbox" checked={own} onChange={(e) => navigate(e.target.checked ? '/nguoi-thuc-hien' : '/nguoi-thuc-hien?own=0')} />
          <span>{t('prov.ownOnly')}</span>
        </label>
      </p>
      <div className="form-group">
        <label className="label" htmlFor="prov-quick">
          {t('prov.search')}
        </label>
        <input id="prov-quick" className="input" type="search" value={quick} onChange={(e) => setQuick(e.target.value)} autoComplete="off" />
      </div>
      {list.error && !list.data ? <Problem kind={mapError(list.error.graphQLErrors, list.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      <div className="table-wrap" role="region" aria-label={t('prov.title')} tabIndex={0}>
        <table className="table" data-testid="providers">
          <thead>
            <tr>
              <th scope="col">{t('prov.name')}</th>
              <th scope="col">{t('prov.organisation')}</th>
              <th scope="col">{t('prov.fields')}</th>
              <th scope="col">{t('prov.load')}</th>
              <th scope="col">{t('prov.available')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <ProviderRow key={p.id} p={p} editable={p.organisationId === me.organisationId} fieldLabel={field} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
            ))}
          </tbody>
        </table>
      </div>
      {list.fetching && !list.data ? <p>{t('app.loading')}</p> : null}
    </>
  );
}

function ProviderRow({ p, editable, fieldLabel, onChanged }: { p: Provider; editable: boolean; fieldLabel: (c: string) => string; onChanged: () => void }) {
  const t = useT();
  const canEdit = useCan('updateProvider', 'setProviderAvailability') && editable;
  const [capacity, setCapacity] = useState(String(p.capacity));
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [, update] = useMutation(UpdateProviderCapacityMutation);
  const [, setAvailability] = useMutation(SetAvailabilityMutation);
  const done = (r: { data?: unknown; error?: { graphQLErrors: never; networkError?: Error } }) => {
    if (r.data) {
      setProblem(null);
      onChanged();
    } else setProblem(mapError(r.error?.graphQLErrors, r.error?.networkError).kind);
  };
  const id = `cap-${p.id}`;
  return (
    <tr data-provider-id={p.id}>
      <th scope="row">
        {p.displayName}
        {p.status !== 'ACTIVE' ? <span className="tag tag--warning">{p.status}</span> : null}
      </th>
      <td>{p.organisation?.name ?? p.organisationId}</td>
      <td>{p.fieldsOfLaw.map(fieldLabel).join(', ')}</td>
      <td>
        {t('prov.loadValue', { open: p.openCases, capacity: p.capacity })}
        {canEdit ? (
          <form
            className="inline-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const n = parseVietnameseNumber(capacity);
              if (n === null || !Number.isInteger(n) || n < 0 || n > 100) return setError(t('prov.err.capacity'));
              setError(null);
              void update({ input: { providerId: p.id, patch: { capacity: n }, expectedVersion: p.version } }).then(done as never);
            }}
          >
            <label className="label" htmlFor={id}>
              {t('prov.capacity')}
            </label>
            {error ? (
              <p className="error-message" id={`${id}-error`}>
                {error}
              </p>
            ) : null}
            <input id={id} className="input input--4" inputMode="numeric" value={capacity} onChange={(e) => setCapacity(e.target.value)} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} />{' '}
            <button type="submit" className="button button--secondary">
              {t('prov.save')}
            </button>
          </form>
        ) : null}
        {problem ? <Problem kind={problem} /> : null}
      </td>
      <td>
        {canEdit ? (
          <label className="checkbox">
            <input type="checkbox" checked={p.available} onChange={(e) => void setAvailability({ input: { providerId: p.id, available: e.target.checked } }).then(done as never)} />
            <span>{p.available ? t('common.yes') : t('common.no')}</span>
          </label>
        ) : p.available ? (
          t('common.yes')
        ) : (
          t('common.no')
        )}
      </td>
    </tr>
  );
}
