import type {
  CasesActivityRecorded,
  CasesCaseAppraised,
  CasesCaseClosed,
  CasesCaseOpened,
  CasesDeadlineBreached,
  DataOf,
  Envelope,
  IntakeRequestAccepted,
  IntakeRequestReceived,
  IntakeRequestRejected,
  MatchingOfferDeclined,
  MatchingOfferExpired,
  MatchingReferralAssigned,
  OversightFeedbackReceived,
} from '@legalaid/contracts';
import type { Dims, Fact, FactKind } from './statistics.js';

type D<T> = DataOf<T>;

function fact(e: Envelope, kind: FactKind, at: string, f: Partial<Fact> & { requestId: string }): Fact {
  return { _id: e.id, kind, at: new Date(at), caseId: null, applicantRef: null, dims: {}, label: null, value: null, ...f };
}

function requestDims(d: D<typeof IntakeRequestReceived> | D<typeof IntakeRequestAccepted>): Dims {
  return {
    provinceCode: d.provinceCode,
    communeCode: d.communeCode,
    eligibilityGroup: d.eligibilityGroup ?? null,
    fieldOfLaw: d.fieldOfLaw,
    aidForm: d.aidForm,
    channel: d.channel,
    centreId: d.centreId,
  };
}

/**
 * The statistics fact an event contributes, if any. Events arrive validated
 * against their contracts; each fact keeps the event's own timestamp.
 */
export function factOf(e: Envelope): Fact | null {
  switch (e.type) {
    case 'intake.request.received': {
      const d = e.data as D<typeof IntakeRequestReceived>;
      return fact(e, 'REQUEST_RECEIVED', d.receivedAt, { requestId: d.requestId, applicantRef: d.applicantRef, dims: requestDims(d) });
    }
    case 'intake.request.accepted': {
      const d = e.data as D<typeof IntakeRequestAccepted>;
      return fact(e, 'REQUEST_ACCEPTED', d.acceptedAt, { requestId: d.requestId, applicantRef: d.applicantRef, dims: requestDims(d) });
    }
    case 'intake.request.rejected': {
      const d = e.data as D<typeof IntakeRequestRejected>;
      return fact(e, 'REQUEST_REJECTED', d.rejectedAt, { requestId: d.requestId, applicantRef: d.applicantRef, label: d.ground });
    }
    case 'matching.referral.assigned': {
      const d = e.data as D<typeof MatchingReferralAssigned>;
      return fact(e, 'ASSIGNED', d.assignedAt, { requestId: d.requestId, applicantRef: d.applicantRef, dims: { providerId: d.providerId, organisationId: d.organisationId } });
    }
    case 'matching.offer.declined': {
      const d = e.data as D<typeof MatchingOfferDeclined>;
      return fact(e, 'OFFER_DECLINED', d.declinedAt, { requestId: d.requestId, label: d.reason });
    }
    case 'matching.offer.expired': {
      const d = e.data as D<typeof MatchingOfferExpired>;
      return fact(e, 'OFFER_EXPIRED', d.expiredAt, { requestId: d.requestId });
    }
    case 'cases.case.opened': {
      const d = e.data as D<typeof CasesCaseOpened>;
      return fact(e, 'CASE_OPENED', d.openedAt, { requestId: d.requestId, caseId: d.caseId, applicantRef: d.applicantRef });
    }
    case 'cases.case.activity-recorded': {
      const d = e.data as D<typeof CasesActivityRecorded>;
      return d.kind === 'FIRST_CONTACT' ? fact(e, 'FIRST_CONTACT', d.performedAt, { requestId: d.requestId, caseId: d.caseId, applicantRef: d.applicantRef }) : null;
    }
    case 'cases.case.deadline-breached': {
      const d = e.data as D<typeof CasesDeadlineBreached>;
      return fact(e, 'DEADLINE_BREACHED', d.breachedAt, { requestId: d.requestId, caseId: d.caseId, label: d.kind });
    }
    case 'cases.case.closed': {
      const d = e.data as D<typeof CasesCaseClosed>;
      return fact(e, 'CASE_CLOSED', d.closedAt, { requestId: d.requestId, caseId: d.caseId, applicantRef: d.applicantRef, label: d.outcome });
    }
    case 'cases.appraisal.appraised': {
      const d = e.data as D<typeof CasesCaseAppraised>;
      return fact(e, 'APPRAISED', d.appraisedAt, { requestId: d.requestId, caseId: d.caseId, label: d.result });
    }
    case 'oversight.feedback.received': {
      const d = e.data as D<typeof OversightFeedbackReceived>;
      return fact(e, 'RATED', e.occurredAt, { requestId: d.requestId, caseId: d.caseId, applicantRef: d.applicantRef, value: d.rating });
    }
    default:
      return null;
  }
}

/** Ids an event concerns, so a request's or case's trail can be found on the ledger. */
export function refsOf(data: unknown): string[] {
  if (!data || typeof data !== 'object') return [];
  const d = data as Record<string, unknown>;
  const refs: string[] = [];
  for (const k of ['requestId', 'caseId', 'referralId', 'planId', 'recommendationId', 'complaintId', 'feedbackId']) {
    const v = d[k];
    if (typeof v === 'string' && v.length <= 200) refs.push(v);
  }
  if (Array.isArray(d.caseIds)) for (const v of d.caseIds.slice(0, 100)) if (typeof v === 'string') refs.push(v);
  return refs;
}
