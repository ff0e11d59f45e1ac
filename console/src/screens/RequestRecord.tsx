import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import {
  AcceptRequestMutation,
  AccessLogQuery,
  CompleteDocumentsMutation,
  RejectRequestMutation,
  RequestApplicantQuery,
  RequestDetailsQuery,
  RequestDocumentsMutation,
  RequestRecordQuery,
  RequestUpdatedSubscription,
  RuleSetsQuery,
} from '../api/operations';
import { useCan, useEnumLabel, useMe, useReferenceData } from '../app/me';
import { Link } from '../app/router';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { ErrorSummary, Field, describedBy } from '../components/ErrorSummary';
import { useLabel, useLocale, useT } from '../i18n/i18n';
import { MESSAGES, type MessageId } from '../i18n/messages';
import type { RequestRecordQuery as RecordResult } from '../gql/graphql';
import { mapError, type ErrorKind } from '../lib/errors';
import { formatDateTime } from '../lib/time';
import { Problem } from './Problems';
import { ContactSafetyEditor } from './staff/ContactSafety';

type Req = NonNullable<RecordResult['legalAidRequest']>;
const SECTIONS = [
  ['', 'rec.summary'],
  ['nguoi-yeu-cau', 'rec.applicant'],
  ['sang-loc', 'rec.screening'],
  ['gioi-thieu', 'rec.referral'],
  ['dong-thoi-gian', 'rec.timeline'],
  ['nhat-ky', 'rec.access'],
] as const;

/** C4: the request record, one URL per section; updates arrive over SSE and refetch the record. */
export default function RequestRecord({ id, section = '' }: { id: string; section?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const ref = useReferenceData();
  const label = { channel: useLabel(ref?.channels), field: useLabel(ref?.fieldsOfLaw), form: useLabel(ref?.aidForms), group: useLabel(ref?.eligibilityGroups) };
  const [record, refetch] = useQuery({ query: RequestRecordQuery, variables: { id } });
  const [update, setUpdate] = useState<string | null>(null);
  const canLive = useCan('legalAidRequestUpdated');
  // The gateway answers LegalAidRequest.applicant to the request's centre staff only (null for every other role).
  const seesPersonalData = useMe().role === 'CENTRE_STAFF';
  const [live] = useSubscription({ query: RequestUpdatedSubscription, variables: { id }, pause: !canLive });
  const lastEvent = useRef<string | null>(null);
  useEffect(() => {
    const ev = live.data?.legalAidRequestUpdated.event;
    if (!ev || ev.id === lastEvent.current) return;
    lastEvent.current = ev.id;
    setUpdate(ev.type);
    refetch({ requestPolicy: 'network-only' });
  }, [live.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const labelOf = useEnumLabel();
  const r = record.data?.legalAidRequest;
  const title = `${t('rec.title')} ${r?.registerNumber ?? id.slice(0, 8)}`;
  useEffect(() => void (document.title = `${title} — ${t('app.name')}`), [title]); // eslint-disable-line react-hooks/exhaustive-deps
  if (record.error && !record.data) return <Problem kind={mapError(record.error.graphQLErrors, record.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!record.data) return <p>{t('app.loading')}</p>;
  if (!r) return <Problem kind="notFound" />;
  const base = `/yeu-cau/${id}`;
  return (
    <>
      <div className="record-header">
        <h1>
          {t('rec.title')} <span className="mono">{r.registerNumber ?? r.id}</span>
        </h1>
        <p>
          <span className="tag" data-testid="request-status">
            {t(`status.${r.status}` as MessageId)}
          </span>{' '}
          {r.downstreamStatus !== 'NONE' ? <span className="tag tag--info">{t(`down.${r.downstreamStatus}` as MessageId)}</span> : null}{' '}
          {r.urgency.urgent ? <span className="tag tag--urgent">{t('rec.urgent')}</span> : null}{' '}
          {r.urgency.deadlineAt ? <DeadlineBadge dueAt={r.urgency.deadlineAt} live /> : null}
        </p>
        {r.possibleDuplicateOf.length ? (
          <div className="banner banner--warning" data-testid="duplicate-banner">
            {t('rec.duplicate')}{' '}
            {r.possibleDuplicateOf.map((d) => (
              <Link key={d} href={`/yeu-cau/${d}`}>
                {d.slice(0, 8)}{' '}
              </Link>
            ))}
          </div>
        ) : null}
        <div className="live-region" role="status" aria-live="polite" data-testid="live-update">
          {update ? t('rec.live', { what: labelOf('eventTypes', update) }) : ''}
        </div>
      </div>
      <nav className="sub-nav" aria-label={t('rec.sections')}>
        <ul>
          {SECTIONS.filter(([slug]) => slug !== 'nguoi-yeu-cau' || seesPersonalData).map(([slug, key]) => (
            <li key={slug}>
              <Link href={slug ? `${base}/${slug}` : base} aria-current={section === slug ? 'page' : undefined}>
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === '' ? (
        <dl className="summary-list">
          {(
            [
              ['rec.register', r.registerNumber ?? '—'],
              ['rec.received', formatDateTime(r.receivedAt, locale)],
              ['rec.channel', label.channel(r.channel)],
              ['rec.field', label.field(r.fieldOfLaw)],
              ['rec.form', label.form(r.aidForm)],
              ['rec.group', label.group(r.eligibilityGroup ?? r.claimedEligibilityGroup) || '—'],
              ['rec.language', r.language + (r.needsInterpreter ? ` (${t('queue.interpreter')})` : '')],
            ] as [MessageId, string][]
          ).map(([k, v]) => (
            <div className="summary-list__row" key={k}>
              <dt className="summary-list__key">{t(k)}</dt>
              <dd className="summary-list__value">{v}</dd>
            </div>
          ))}
          {r.documentsDueAt ? (
            <div className="summary-list__row">
              <dt className="summary-list__key">{t('rec.documentsDue')}</dt>
              <dd className="summary-list__value">
                <DeadlineBadge dueAt={r.documentsDueAt} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : section === 'nguoi-yeu-cau' && seesPersonalData ? (
        <Applicant id={id} />
      ) : section === 'sang-loc' ? (
        <Screening r={r} onDone={() => refetch({ requestPolicy: 'network-only' })} />
      ) : section === 'gioi-thieu' ? (
        <ReferralView r={r} />
      ) : section === 'dong-thoi-gian' ? (
        <ol className="timeline">
          {r.timeline.map((e, i) => (
            <li className="timeline__item" key={i}>
              <h3 className="timeline__title">{timelineLabel(t, e.status)}</h3>
              <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>
            </li>
          ))}
        </ol>
      ) : section === 'nhat-ky' ? (
        <AccessLog id={id} />
      ) : (
        <Problem kind="notFound" />
      )}
    </>
  );
}

/** A timeline entry is a request status or a downstream status (referral, case). */
function timelineLabel(t: ReturnType<typeof useT>, status: string): string {
  const id = (['RECEIVED', 'DOCUMENTS_REQUESTED', 'DOCUMENTS_COMPLETED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'].includes(status) ? `status.${status}` : `down.${status}`) as MessageId;
  return id in MESSAGES ? t(id) : status;
}

/** Personal data only after a deliberate reveal (MoJ interruption card); intake logs the read. */
function Applicant({ id }: { id: string }) {
  const canEditSafety = useCan('updateContactSafety');
  const t = useT();
  const [revealed, setRevealed] = useState(false);
  const [a] = useQuery({ query: RequestApplicantQuery, variables: { id }, pause: !revealed, requestPolicy: 'network-only' });
  const canDetails = useCan('legalAidRequestDetails');
  const [d] = useQuery({ query: RequestDetailsQuery, variables: { requestId: id }, pause: !revealed || !canDetails, requestPolicy: 'network-only' });
  const details = d.data?.legalAidRequestDetails;
  if (!revealed) {
    return (
      <div className="interruption">
        <p>{t('rec.revealCard')}</p>
        <button type="button" className="button button--inverse" onClick={() => setRevealed(true)} data-testid="reveal">
          {t('rec.revealConfirm')}
        </button>
      </div>
    );
  }
  if (a.error) return <Problem kind={mapError(a.error.graphQLErrors, a.error.networkError).kind} />;
  if (!a.data) return <p>{t('app.loading')}</p>;
  const p = a.data.legalAidRequest?.applicant;
  if (!p) return <p>{t('rec.noPersonalData')}</p>;
  const rows: [MessageId, ReactNode][] = [
    ['new.fullName', p.fullName],
    ['new.idNumber', p.idNumber ?? '—'],
    ['new.birthDate', p.birthDate ?? '—'],
    ['new.phone', p.phone ?? '—'],
    ['rec.address', [p.address.line, p.address.communeCode, p.address.provinceCode].filter(Boolean).join(', ')],
    ['rec.guardian', p.guardian ? `${p.guardian.fullName} (${p.guardian.relationship})` : '—'],
    ['contact.safety', <ContactSafetyEditor requestId={id} version={a.data.legalAidRequest!.version} value={p.contactSafety} canEdit={canEditSafety} />],
    ...(details
      ? ([
          ['rec.summaryText', details.summary],
          ['rec.opposing', details.opposingParties?.map((o) => o.fullName).join(', ') || '—'],
          ['rec.officer', [details.referralOfficer?.officer, details.referralOfficer?.officerPhone, details.referralOfficer?.documentNumber].filter(Boolean).join(' · ') || '—'],
        ] as [MessageId, ReactNode][])
      : []),
  ];
  return (
    <dl className="summary-list" data-pii>
      {rows.map(([k, v]) => (
        <div className="summary-list__row" key={k}>
          <dt className="summary-list__key">{t(k)}</dt>
          <dd className="summary-list__value">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function AccessLog({ id }: { id: string }) {
  const t = useT();
  const labelOf = useEnumLabel();
  const { locale } = useLocale();
  const [log] = useQuery({ query: AccessLogQuery, variables: { requestId: id }, requestPolicy: 'network-only' });
  const entries = log.data?.personalDataAccessLog.edges.map((e) => e.node) ?? [];
  if (log.error) return <Problem kind={mapError(log.error.graphQLErrors, log.error.networkError).kind} />;
  if (!entries.length) return <p>{log.fetching ? t('app.loading') : t('rec.noAccessLog')}</p>;
  return (
    <ol className="timeline" data-testid="access-log">
      {entries.map((e) => (
        <li className="timeline__item" key={e.accessId}>
          <h3 className="timeline__title">{t('rec.accessWho', { role: t(`role.${e.actorRole}` as MessageId), actor: e.actorName ?? e.actorId, fields: e.fields.join(', '), purpose: labelOf('accessPurpose', e.purpose) })}</h3>
          <time dateTime={e.accessedAt}>{formatDateTime(e.accessedAt, locale)}</time>
        </li>
      ))}
    </ol>
  );
}

/** C5: accept on a group with evidence, request documents, or reject on a statutory ground. */
function Screening({ r, onDone }: { r: Req; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const ref = useReferenceData();
  const evidenceLabel = useLabel(ref?.evidenceKinds);
  const [rules] = useQuery({ query: RuleSetsQuery, requestPolicy: 'cache-first' });
  const [group, setGroup] = useState(r.claimedEligibilityGroup ?? '');
  const [evidence, setEvidence] = useState<string[]>([]);
  const [docs, setDocs] = useState<string[]>([]);
  const [ground, setGround] = useState('');
  const [note, setNote] = useState('');
  const [brief, setBrief] = useState('');
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [problem, setProblem] = useState<ErrorKind | null>(null);
  const [accepted, accept] = useMutation(AcceptRequestMutation);
  const [, reject] = useMutation(RejectRequestMutation);
  const [, requestDocs] = useMutation(RequestDocumentsMutation);
  const [, completeDocs] = useMutation(CompleteDocumentsMutation);
  const ruleSet = rules.data?.eligibilityRuleSets.find((s) => s.id === r.ruleSetId) ?? rules.data?.eligibilityRuleSets.at(-1);
  const groupRule = ruleSet?.groups.find((g) => g.group === group);
  const letters = (
    <p>
      {r.status === 'ACCEPTED' ? (
        <Link href={`/yeu-cau/${r.id}/van-ban/thu-ly`} className="button button--secondary" data-testid="letter-accept">
          {t('scr.letterAccept')}
        </Link>
      ) : null}
      {r.status === 'REJECTED' ? (
        <Link href={`/yeu-cau/${r.id}/van-ban/tu-choi`} className="button button--secondary" data-testid="letter-reject">
          {t('scr.letterReject')}
        </Link>
      ) : null}
    </p>
  );
  if (r.status === 'ACCEPTED' || r.status === 'REJECTED' || r.status === 'WITHDRAWN') {
    return (
      <>
        <div className="panel" role="status" data-testid="decision">
          <h2>{r.status === 'ACCEPTED' ? t('scr.accepted', { n: r.registerNumber ?? '' }) : t(`status.${r.status}` as MessageId)}</h2>
        </div>
        {letters}
      </>
    );
  }
  const after = async (p: Promise<{ data?: unknown; error?: { graphQLErrors: { message: string; extensions?: Record<string, unknown> }[]; networkError?: Error } }>) => {
    const res = await p;
    if (res.data) {
      setProblem(null);
      setErrors([]);
      onDone();
      return;
    }
    const m = mapError(res.error?.graphQLErrors as never, res.error?.networkError);
    if (m.kind === 'input') setErrors(Object.entries(m.fields).map(([field, message]) => ({ field: field.split('.').at(-1)!, message })));
    setProblem(m.kind === 'input' ? null : m.kind);
  };
  const doAccept = () => {
    if (!group) return setErrors([{ field: 'group', message: t('scr.err.group') }]);
    void after(accept({ input: { requestId: r.id, eligibilityGroup: group as never, evidence: evidence as never, ...(brief.trim() ? { brief: brief.trim().normalize('NFC') } : {}), expectedVersion: r.version } }));
  };
  const doReject = () => {
    const e = [];
    if (!ground) e.push({ field: 'ground', message: t('scr.err.ground') });
    if (ground === 'OTHER' && !note.trim()) e.push({ field: 'note', message: t('scr.err.note') });
    if (e.length) return setErrors(e);
    void after(reject({ input: { requestId: r.id, ground: ground as never, note: note.trim() ? note.trim().normalize('NFC') : undefined, expectedVersion: r.version } }));
  };
  const doRequestDocs = () => {
    if (!docs.length) return setErrors([{ field: 'docs', message: t('scr.err.docs') }]);
    void after(requestDocs({ input: { requestId: r.id, documents: docs.map((kind) => ({ kind: kind as never })), expectedVersion: r.version } }));
  };
  const err = (f: string) => errors.find((e) => e.field === f)?.message;
  return (
    <section aria-labelledby="screening-title">
      <h2 id="screening-title">{t('rec.screening')}</h2>
      <ErrorSummary title={t('rec.screening')} errors={errors} />
      {problem ? <Problem kind={problem} /> : null}
      {r.status === 'DOCUMENTS_REQUESTED' && r.documentsDueAt ? (
        <div className="inset" data-testid="documents-requested">
          <p>
            {t('scr.docsRequested')}: {r.documentsRequested.map((d) => evidenceLabel(d)).join(', ')} — <DeadlineBadge dueAt={r.documentsDueAt} />
          </p>
          <button type="button" className="button button--secondary" onClick={() => void after(completeDocs({ input: { requestId: r.id, receivedDocuments: r.documentsRequested.map((kind) => ({ kind })), expectedVersion: r.version } }))}>
            {t('scr.completeDocs')}
          </button>
        </div>
      ) : null}
      <h3>1. {t('scr.group')}</h3>
      <Field id="group" label={t('scr.group')} error={err('group')} hint={groupRule ? `${groupRule.clause}` : undefined}>
        <select id="group" className="select" value={group} onChange={(e) => setGroup(e.target.value)} aria-invalid={!!err('group')} aria-describedby={describedBy('group', !!groupRule, err('group'))}>
          <option value="">—</option>
          {ref?.eligibilityGroups.map((g) => (
            <option key={g.code} value={g.code}>
              {g[locale]}
            </option>
          ))}
        </select>
      </Field>
      <fieldset className="fieldset" aria-describedby={groupRule ? 'evidence-hint' : undefined}>
        <legend className="label">2. {t('scr.evidence')}</legend>
        {groupRule ? (
          <p className="hint" id="evidence-hint">
            {t('scr.evidenceHint', { sets: groupRule.evidence.map((set) => set.map((k) => evidenceLabel(k)).join(' + ')).join(' | ') })}
          </p>
        ) : null}
        {ref?.evidenceKinds.map((k) => (
          <div className="checkbox" key={k.code}>
            <input type="checkbox" id={`evidence-${k.code}`} checked={evidence.includes(k.code)} onChange={(e) => setEvidence((s) => (e.target.checked ? [...s, k.code] : s.filter((x) => x !== k.code)))} />
            <label htmlFor={`evidence-${k.code}`}>{k[locale]}</label>
          </div>
        ))}
      </fieldset>
      <Field id="brief" label={`${t('lawyer.brief.label')} ${t('common.optional')}`} hint={t('lawyer.brief.hint')} error={err('brief')}>
        <textarea id="brief" className="textarea" rows={3} maxLength={1000} value={brief} onChange={(e) => setBrief(e.target.value)} aria-invalid={!!err('brief')} aria-describedby={describedBy('brief', true, err('brief'))} />
      </Field>
      <button type="button" className="button" onClick={doAccept} disabled={accepted.fetching} data-testid="accept">
        {t('scr.accept')}
      </button>
      <h3>3. {t('scr.requestDocs')}</h3>
      <fieldset className="fieldset" aria-describedby={err('docs') ? 'docs-error' : undefined}>
        <legend className="label">{t('scr.requestDocs')}</legend>
        {err('docs') ? (
          <p className="error-message" id="docs-error">
            {err('docs')}
          </p>
        ) : null}
        {ref?.evidenceKinds.map((k, i) => (
          <div className="checkbox" key={k.code}>
            <input type="checkbox" id={i === 0 ? 'docs' : `docs-${k.code}`} checked={docs.includes(k.code)} onChange={(e) => setDocs((s) => (e.target.checked ? [...s, k.code] : s.filter((x) => x !== k.code)))} />
            <label htmlFor={i === 0 ? 'docs' : `docs-${k.code}`}>{k[locale]}</label>
          </div>
        ))}
      </fieldset>
      <button type="button" className="button button--secondary" onClick={doRequestDocs} data-testid="request-documents">
        {t('scr.requestDocs')}
      </button>
      <h3>4. {t('scr.reject')}</h3>
      <Field id="ground" label={t('scr.ground')} error={err('ground')}>
        <select id="ground" className="select" value={ground} onChange={(e) => setGround(e.target.value)} aria-invalid={!!err('ground')} aria-describedby={describedBy('ground', false, err('ground'))}>
          <option value="">—</option>
          {ref?.rejectionGrounds.map((g) => (
            <option key={g.code} value={g.code}>
              {g[locale]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="note" label={`${t('scr.note')}${ground === 'OTHER' ? '' : ` ${t('common.optional')}`}`} error={err('note')}>
        <textarea id="note" className="textarea" rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!err('note')} aria-describedby={describedBy('note', false, err('note'))} />
      </Field>
      <button type="button" className="button button--warning" onClick={doReject} data-testid="reject">
        {t('scr.reject')}
      </button>
    </section>
  );
}

/** The live referral: offer cascade with countdowns, and each ranking round's reasons. */
function ReferralView({ r }: { r: Req }) {
  const t = useT();
  const { locale } = useLocale();
  const labelOf = useEnumLabel();
  const ref = r.referral;
  if (!ref) return <p data-testid="no-referral">{t('ref.none')}</p>;
  return (
    <section data-testid="referral">
      <p>
        {t('ref.status')}: <span className="tag tag--info" data-testid="referral-status">{labelOf('referralStatus', ref.status)}</span>
        {ref.escalation ? <span className="tag tag--warning"> {t('ref.escalated', { reason: labelOf('escalationReason', ref.escalation.reason) })}</span> : null}
      </p>
      <h2>{t('ref.offers')}</h2>
      <ol className="timeline" data-testid="offers">
        {ref.offers.map((o) => (
          <li className="timeline__item" key={o.id}>
            <h3 className="timeline__title">
              {t('ref.offer', { round: o.round, attempt: o.attempt, provider: o.provider?.displayName ?? o.providerId })} — <span className="tag">{labelOf('offerStatus', o.status)}</span>
            </h3>
            <p>
              <time dateTime={o.offeredAt}>{formatDateTime(o.offeredAt, locale)}</time> {o.status === 'OPEN' ? <DeadlineBadge dueAt={o.expiresAt} live /> : o.declineReason ? `· ${labelOf('declineReason', o.declineReason)}` : null}
            </p>
          </li>
        ))}
      </ol>
      {ref.rankings.map((k) => (
        <details key={k.round} open>
          <summary>{t('ref.rankings', { round: k.round })}</summary>
          <ol data-testid="ranking">
            {k.candidates.map((c) => (
              <li key={c.providerId}>
                {t('ref.candidate', { rank: c.rank, provider: c.provider?.displayName ?? c.providerId, score: c.score.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}
                <ul>
                  {c.reasons.map((reason, i) => (
                    <li key={i}>
                      {labelOf('scoreFactor', reason.factor)}: {reason.points > 0 ? '+' : ''}
                      {reason.points} — {reason.detail}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          <ul>
            {k.excludedByReason.map((x) => (
              <li key={x.reason}>{t('ref.excluded', { reason: labelOf('exclusionReason', x.reason), count: x.count })}</li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
