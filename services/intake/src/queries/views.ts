import { DomainError, type RequestSummary, type RequestView } from '@legalaid/contracts';
import type { LegalAidRequest } from '../domain/legal-aid-request.js';
import type { PersonalData } from '../domain/personal-data.js';

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export function toSummary(r: LegalAidRequest): RequestSummary {
  return {
    id: r._id,
    status: r.status,
    downstreamStatus: r.downstreamStatus,
    channel: r.channel,
    centreId: r.centreId,
    applicantRef: r.applicantRef,
    fieldOfLaw: r.fieldOfLaw,
    aidForm: r.aidForm,
    claimedEligibilityGroup: r.claimedEligibilityGroup ?? null,
    eligibilityGroup: r.eligibilityGroup ?? null,
    provinceCode: r.provinceCode,
    communeCode: r.communeCode ?? null,
    language: r.language,
    needsInterpreter: r.needsInterpreter,
    urgency: r.urgency,
    registerNumber: r.registerNumber ?? null,
    receivedAt: iso(r.receivedAt)!,
    documentsDueAt: iso(r.documentsDueAt),
    documentsDueProvisional: r.documentsDueAt ? (r.documentsDueProvisional ?? false) : false,
    possibleDuplicateOf: r.possibleDuplicateOf ?? [],
    version: r.version,
  };
}

export function toView(r: LegalAidRequest, personal: PersonalData | null): RequestView {
  const a = personal?.applicant;
  return {
    ...toSummary(r),
    ruleSetId: r.ruleSetId ?? null,
    eligibilityBasis: r.eligibilityBasis ?? null,
    evidence: r.evidence ?? [],
    acceptedAt: iso(r.acceptedAt),
    rejection: r.rejection ? { ground: r.rejection.ground, note: r.rejection.note, rejectedAt: iso(r.rejection.rejectedAt)! } : null,
    withdrawnAt: iso(r.withdrawnAt),
    documentsRequested: r.documentsRequested ?? [],
    referral: r.referral
      ? {
          referrerKind: r.referral.referrerKind,
          organisation: r.referral.organisation,
          proceduralStage: (r.referral.proceduralStage ?? null) as NonNullable<RequestView['referral']>['proceduralStage'],
          hearingAt: iso(r.referral.hearingAt),
          custodySince: r.referral.custodySince,
          defenceCounselRequested: r.referral.defenceCounselRequested,
        }
      : null,
    consent: {
      purposes: r.consent.purposes,
      givenBy: r.consent.givenBy,
      method: r.consent.method,
      recordedAt: iso(r.consent.recordedAt)!,
      recordedBy: r.consent.recordedBy,
      withdrawn: r.consent.withdrawn.map((w) => ({ purpose: w.purpose, at: iso(w.at)! })),
    },
    timeline: [...r.timeline].sort((x, y) => new Date(x.at).getTime() - new Date(y.at).getTime()).map((t) => ({ status: t.status, at: iso(t.at)! })),
    erasedAt: iso(r.erasedAt),
    applicant: a
      ? {
          fullName: a.fullName,
          idNumber: a.idNumber ?? null,
          birthDate: a.birthDate ?? null,
          gender: a.gender ?? null,
          phone: a.phone ?? null,
          email: a.email ?? null,
          address: { provinceCode: a.address.provinceCode, communeCode: a.address.communeCode ?? null, line: a.address.line ?? null },
          language: a.language,
          needsInterpreter: a.needsInterpreter,
          accessNeeds: a.accessNeeds ?? null,
          guardian: a.guardian ? { fullName: a.guardian.fullName, relationship: a.guardian.relationship, phone: a.guardian.phone ?? null } : null,
          contactSafety: a.contactSafety ?? null,
        }
      : null,
  };
}

export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (!cursor) return null;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new DomainError('VALIDATION_FAILED', 'the page cursor is not one this service gave out', [{ path: 'page.after', message: 'unknown cursor' }]);
  }
  return id;
}
