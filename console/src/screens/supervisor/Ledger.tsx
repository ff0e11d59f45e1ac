import { useEffect, useState, type ChangeEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { CreateCheckpointMutation, LedgerQuery, TrailQuery } from '../../api/supervisor';
import { useCan, useEnumLabel } from '../../app/me';
import { navigate, useLocation } from '../../app/router';
import { useLocale, useT } from '../../i18n/i18n';
import { MESSAGES, type MessageId } from '../../i18n/messages';
import { mapError } from '../../lib/errors';
import { verifyTrail, type TrailDocument, type TrailVerification } from '../../lib/ledger';
import { formatDateTime } from '../../lib/time';
import { Problem } from '../Problems';

const short = (h: string) => `${h.slice(0, 12)}…`;

function saveFile(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  a.click();
  URL.revokeObjectURL(a.href);
}

/** S2: the ledger's health, its signed checkpoints and the public key; signing a checkpoint now. */
function LedgerHealth() {
  const t = useT();
  const { locale } = useLocale();
  const canSign = useCan('createCheckpoint');
  const [ledger, refetch] = useQuery({ query: LedgerQuery, variables: {} });
  const [signed, sign] = useMutation(CreateCheckpointMutation);
  const v = ledger.data?.verifyAuditLedger;
  const key = ledger.data?.ledgerPublicKeys.current;
  return (
    <section aria-labelledby="ledger-health">
      <h2 id="ledger-health">{t('sup.ledger.health')}</h2>
      {ledger.error && !ledger.data ? <Problem kind={mapError(ledger.error.graphQLErrors, ledger.error.networkError).kind} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {v ? (
        <p className={v.ok ? 'tag tag--done' : 'tag tag--error'} data-testid="ledger-health">
          {v.ok ? t('sup.ledger.ok', { n: v.checkedEntries, c: v.checkpointsChecked }) : t('sup.ledger.broken', { sequence: v.firstBroken?.sequence ?? 0, detail: v.firstBroken?.detail ?? '' })}
        </p>
      ) : null}
      {canSign ? (
        <p>
          <button type="button" className="button button--secondary" disabled={signed.fetching} onClick={() => void sign({}).then(() => refetch({ requestPolicy: 'network-only' }))}>
            {t('sup.ledger.sign')}
          </button>{' '}
          <span role="status">{signed.data ? t('sup.ledger.signed', { sequence: signed.data.createCheckpoint.sequence }) : ''}</span>
        </p>
      ) : null}
      {key ? (
        <p>
          {t('sup.ledger.publicKey')}: <span className="mono">{key.keyId}</span> ({key.algorithm}){' '}
          <button type="button" className="link-button" onClick={() => saveFile('oversight.pem', key.publicKeyPem, 'application/x-pem-file')}>
            {t('sup.ledger.downloadKey')}
          </button>
        </p>
      ) : null}
      <div className="table-wrap" role="region" aria-label={t('sup.ledger.checkpoints')} tabIndex={0}>
        <table className="table">
          <caption>{t('sup.ledger.checkpoints')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sup.ledger.sequence')}</th>
              <th scope="col">{t('sup.ledger.hash')}</th>
              <th scope="col">{t('sup.ledger.signedAt')}</th>
              <th scope="col">{t('sup.ledger.key')}</th>
            </tr>
          </thead>
          <tbody>
            {(ledger.data?.checkpoints.edges ?? []).map(({ node: c }) => (
              <tr key={c.sequence}>
                <td>{c.sequence}</td>
                <td className="mono">{short(c.hash)}</td>
                <td>
                  <time dateTime={c.signedAt}>{formatDateTime(c.signedAt, locale)}</time>
                </td>
                <td className="mono">
                  {c.keyId} · {c.algorithm}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function VerificationResult({ result, source }: { result: TrailVerification; source: string }) {
  const t = useT();
  const text = result.ok
    ? result.anchoredAt !== null
      ? t('sup.trail.passed', { n: result.entriesChecked, checkpoint: result.anchoredAt })
      : t('sup.trail.passedUnanchored', { n: result.entriesChecked })
    : t('sup.trail.failed', { sequence: result.firstBroken?.sequence ?? 0, reason: result.firstBroken?.reason ?? '', detail: result.firstBroken?.detail ?? '' });
  return (
    <div className={result.ok ? 'banner' : 'banner banner--error'} data-testid="trail-verdict" data-ok={String(result.ok)}>
      <p>
        <strong>{source}: </strong>
        {text}
      </p>
    </div>
  );
}

/**
 * S2 and S3: the ledger and the trail of one request or case, re-verified
 * in this browser (SHA-256 over the RFC 8785 records, the prevHash chain,
 * the Ed25519 checkpoint signature against the key fetched from the
 * server), downloadable for the offline verify-trail command, and a
 * downloaded file can be verified here again.
 */
export default function Ledger() {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { search } = useLocation();
  const kind = search.get('caseId') ? 'case' : 'request';
  const id = search.get('caseId') ?? search.get('requestId') ?? '';
  const [trail] = useQuery({ query: TrailQuery, variables: kind === 'case' ? { caseId: id } : { requestId: id }, pause: !id });
  const [result, setResult] = useState<{ source: string; verification: TrailVerification } | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  useEffect(() => void (document.title = `${t('sup.ledger.title')} — ${t('app.name')}`));
  useEffect(() => setResult(null), [id]);
  const data = trail.data?.auditTrail;
  const trusted = trail.data?.ledgerPublicKeys.current.publicKeyPem;
  const fileName = `dau-vet_${id}.json`;

  const run = async (doc: TrailDocument, source: string) => {
    setBusy(true);
    try {
      setResult({ source, verification: await verifyTrail(doc, trusted) });
    } finally {
      setBusy(false);
    }
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    let doc: TrailDocument;
    try {
      doc = JSON.parse(await file.text()) as TrailDocument;
      setFileError(null);
    } catch {
      setFileError(t('sup.trail.fileBad'));
      return;
    }
    await run(doc, t('sup.trail.source.file', { name: file.name }));
  };

  return (
    <>
      <h1>{t('sup.ledger.title')}</h1>
      <p>{t('sup.ledger.intro')}</p>
      <LedgerHealth />
      <section aria-labelledby="trail-title">
        <h2 id="trail-title">{t('sup.trail.title')}</h2>
        <form
          className="filter filter--inline"
          key={search.toString()}
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const value = String(d.get('trail-id') ?? '').trim();
            if (value) navigate(`/giam-sat/so-cai?${new URLSearchParams({ [d.get('trail-kind') === 'case' ? 'caseId' : 'requestId']: value })}`);
          }}
        >
          <div className="form-group">
            <label className="label" htmlFor="trail-kind">
              {t('sup.trail.kind')}
            </label>
            <select id="trail-kind" name="trail-kind" className="input" defaultValue={kind}>
              <option value="request">{t('sup.trail.kind.request')}</option>
              <option value="case">{t('sup.trail.kind.case')}</option>
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="trail-id">
              {t('sup.trail.id')}
            </label>
            <p className="hint" id="trail-id-hint">
              {t('sup.trail.idHint')}
            </p>
            <input id="trail-id" name="trail-id" className="input" defaultValue={id} autoComplete="off" spellCheck={false} aria-describedby="trail-id-hint" />
          </div>
          <button type="submit" className="button">
            {t('sup.trail.open')}
          </button>
        </form>
        {trail.error && !trail.data ? <Problem kind={mapError(trail.error.graphQLErrors, trail.error.networkError).kind} /> : null}
        {trail.fetching ? <p>{t('app.loading')}</p> : null}
        {data ? (
          <>
            <p data-testid="trail-summary">
              {t('sup.trail.summary', {
                trail: data.entries.filter((e) => e.inTrail).length,
                links: data.entries.filter((e) => !e.inTrail).length,
                checkpoint: data.checkpoint ? data.checkpoint.sequence : t('sup.trail.noCheckpoint'),
              })}
            </p>
            <p>
              <button type="button" className="button" disabled={busy} onClick={() => void run(data.document as TrailDocument, t('sup.trail.source.server'))}>
                {busy ? t('sup.trail.verifying') : t('sup.trail.verify')}
              </button>{' '}
              <button type="button" className="button button--secondary" onClick={() => saveFile(fileName, `${JSON.stringify(data.document, null, 2)}\n`, 'application/json')}>
                {t('sup.trail.download')}
              </button>
            </p>
            <p className="hint">{t('sup.trail.offline', { file: fileName })}</p>
          </>
        ) : null}
        <div className="form-group">
          <label className="label" htmlFor="trail-file">
            {t('sup.trail.file')}
          </label>
          <p className="hint" id="trail-file-hint">
            {t('sup.trail.fileHint')}
          </p>
          {fileError ? (
            <p className="error-message" id="trail-file-error">
              {fileError}
            </p>
          ) : null}
          <input id="trail-file" type="file" accept="application/json,.json" className="input" onChange={(e) => void onFile(e)} aria-describedby={fileError ? 'trail-file-hint trail-file-error' : 'trail-file-hint'} disabled={!trusted} />
        </div>
        <div role="status" aria-live="polite">
          {result ? <VerificationResult result={result.verification} source={result.source} /> : null}
        </div>
        {data ? (
          <div className="table-wrap" role="region" aria-label={t('sup.trail.entries')} tabIndex={0}>
            <table className="table" data-testid="trail-entries">
              <caption>{t('sup.trail.entries')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sup.ledger.sequence')}</th>
                  <th scope="col">{t('sup.trail.time')}</th>
                  <th scope="col">{t('sup.trail.event')}</th>
                  <th scope="col">{t('sup.trail.actor')}</th>
                  <th scope="col">{t('sup.trail.payload')}</th>
                  <th scope="col">{t('sup.ledger.hash')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries
                  .filter((e) => e.inTrail)
                  .map((e) => (
                    <tr key={e.sequence}>
                      <td>{e.sequence}</td>
                      <td>
                        <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, locale)}</time>
                      </td>
                      <td>{label('eventTypes', e.type)}</td>
                      <td>
                        {`role.${e.actor.role}` in MESSAGES ? t(`role.${e.actor.role}` as MessageId) : e.actor.role}
                        {e.actor.organisationId ? ` · ${e.actor.organisationId}` : ''}
                      </td>
                      <td>
                        <details>
                          <summary>{e.type}</summary>
                          <pre className="payload">{JSON.stringify(e.payload, null, 2)}</pre>
                        </details>
                      </td>
                      <td className="mono" title={e.hash}>
                        {short(e.hash)}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
