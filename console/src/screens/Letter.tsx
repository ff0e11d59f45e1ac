import { useEffect } from 'react';
import { useQuery } from 'urql';
import { OrganisationQuery, RequestApplicantQuery, RequestRecordQuery } from '../api/operations';
import { useReferenceData } from '../app/me';
import { Link } from '../app/router';
import { useT } from '../i18n/i18n';
import { mapError } from '../lib/errors';
import { formatDate } from '../lib/time';
import { Problem } from './Problems';

/** "ngày 05 tháng 01 năm 2026", in Viet Nam's time. */
function vnLongDate(iso: string): string {
  const [d, m, y] = formatDate(iso, 'vi').split('/');
  return `ngày ${d} tháng ${m} năm ${y}`;
}

/**
 * C6: acceptance and rejection letters in the Decree 30/2020/NĐ-CP layout
 * (A4, margins 20/15/20/30 mm, Times New Roman, the national motto, page
 * numbers from page 2), printed to PDF by the browser. Letters are in
 * Vietnamese whatever the console's language. Reading the applicant's name is
 * a logged personal-data read, like the record's reveal.
 */
export default function Letter({ id, kind }: { id: string; kind: string }) {
  const t = useT();
  const ref = useReferenceData();
  const vi = (terms: { code: string; vi: string }[] | undefined, code: string | null | undefined) => terms?.find((x) => x.code === code)?.vi ?? code ?? '';
  const [rec] = useQuery({ query: RequestRecordQuery, variables: { id } });
  const [app] = useQuery({ query: RequestApplicantQuery, variables: { id }, requestPolicy: 'network-only' });
  const r = rec.data?.legalAidRequest;
  const [org] = useQuery({ query: OrganisationQuery, variables: { id: r?.centreId ?? '' }, pause: !r, requestPolicy: 'cache-first' });
  useEffect(() => void (document.title = `${kind === 'thu-ly' ? 'Thông báo thụ lý' : 'Văn bản từ chối thụ lý'} ${r?.registerNumber ?? ''}`), [kind, r?.registerNumber]);
  if (rec.error && !rec.data) return <Problem kind={mapError(rec.error.graphQLErrors, rec.error.networkError).kind} />;
  if (!r || !app.data || !org.data) return <p>{t('app.loading')}</p>;
  const centre = org.data.organisation?.name ?? r.centreId;
  const name = app.data.legalAidRequest?.applicant?.fullName ?? '';
  const ok = (kind === 'thu-ly' && r.status === 'ACCEPTED' && r.acceptedAt) || (kind === 'tu-choi' && r.status === 'REJECTED' && r.rejection);
  if (!ok) return <p>{t('letter.notReady')}</p>;
  const date = kind === 'thu-ly' ? r.acceptedAt! : r.rejection!.rejectedAt;
  return (
    <>
      <p className="no-print">
        <Link href={`/yeu-cau/${id}/sang-loc`}>{t('letter.back')}</Link>{' '}
        <button type="button" className="button" onClick={() => window.print()}>
          {t('common.print')}
        </button>
      </p>
      <article className="letter" lang="vi" data-testid="letter">
        <header className="letter__head">
          <div className="letter__issuer">
            <p className="upper">{centre}</p>
            {org.data.organisation?.contact.address ? <p className="letter__small">{org.data.organisation.contact.address}</p> : null}
            {org.data.organisation?.contact.phone ? <p className="letter__small">ĐT: {org.data.organisation.contact.phone}</p> : null}
            <p>Số: {kind === 'thu-ly' ? `${r.registerNumber}/TB-TGPL` : '……/TGPL'}</p>
          </div>
          <div className="letter__motto">
            <p className="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
            <p className="bold underline">Độc lập - Tự do - Hạnh phúc</p>
            <p className="italic">Thành phố Hồ Chí Minh, {vnLongDate(date)}</p>
          </div>
        </header>
        {kind === 'thu-ly' ? (
          <>
            <h1 className="letter__title">THÔNG BÁO</h1>
            <p className="letter__subject">Về việc thụ lý vụ việc trợ giúp pháp lý</p>
            <p>Kính gửi: Ông/Bà {name}</p>
            <p>
              Căn cứ Luật Trợ giúp pháp lý năm 2017 và Thông tư số 12/2018/TT-BTP, {centre} thông báo đã thụ lý yêu cầu trợ giúp pháp lý của Ông/Bà, số thụ lý{' '}
              <strong data-testid="letter-register">{r.registerNumber}</strong>, {vnLongDate(date)}.
            </p>
            <p>Diện người được trợ giúp pháp lý: {vi(ref?.eligibilityGroups, r.eligibilityGroup)}.</p>
            <p>
              Lĩnh vực: {vi(ref?.fieldsOfLaw, r.fieldOfLaw)}. Hình thức trợ giúp pháp lý: {vi(ref?.aidForms, r.aidForm)}.
            </p>
            <p>Trung tâm sẽ cử người thực hiện trợ giúp pháp lý và thông báo cho Ông/Bà. Trợ giúp pháp lý là miễn phí; Ông/Bà không phải trả bất kỳ khoản tiền nào.</p>
          </>
        ) : (
          <>
            <h1 className="letter__title">VĂN BẢN</h1>
            <p className="letter__subject">Về việc từ chối thụ lý vụ việc trợ giúp pháp lý</p>
            <p>Kính gửi: Ông/Bà {name}</p>
            <p>
              Căn cứ Luật Trợ giúp pháp lý năm 2017, {centre} từ chối thụ lý yêu cầu trợ giúp pháp lý của Ông/Bà nhận {vnLongDate(r.receivedAt)} với lý do:{' '}
              <strong data-testid="letter-ground">{vi(ref?.rejectionGrounds, r.rejection!.ground)}</strong>.
            </p>
            <p data-testid="letter-basis">Căn cứ pháp lý: {r.rejection!.basis.vi}.</p>
            {r.rejection!.note ? <p>Ghi chú: {r.rejection!.note}</p> : null}
            <p>Nếu không đồng ý, Ông/Bà có quyền khiếu nại theo quy định của pháp luật về khiếu nại, hoặc gọi đường dây nóng miễn phí 1800.1233.</p>
          </>
        )}
        <footer className="letter__foot">
          <div className="letter__recipients">
            <p className="bold italic">Nơi nhận:</p>
            <p>- Như trên;</p>
            <p>- Lưu: hồ sơ vụ việc.</p>
          </div>
          <div className="letter__sign">
            <p className="bold upper">{org.data.organisation?.contact.signatoryTitle ?? 'Giám đốc'}</p>
            <p className="italic">(Ký, ghi rõ họ tên, đóng dấu)</p>
            {org.data.organisation?.contact.signatoryName ? <p className="bold letter__signatory">{org.data.organisation.contact.signatoryName}</p> : null}
          </div>
        </footer>
      </article>
    </>
  );
}
