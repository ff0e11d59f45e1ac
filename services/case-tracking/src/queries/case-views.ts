import type { CaseView, CasesRpc, OutputOf } from '@legalaid/contracts';
import type { Case } from '../domain/case.js';
import type { ReadLevel } from '../domain/access.js';
import type { Appraisal } from '../domain/appraisal.js';
import { nextPendingDeadline } from '../domain/deadlines.js';

type Summary = OutputOf<typeof CasesRpc.cases>['items'][number];

const iso = (d: Date | string) => new Date(d).toISOString();
const isoOrNull = (d: Date | string | null | undefined) => (d ? iso(d) : null);

export function caseSummary(c: Case): Summary {
  const next = nextPendingDeadline(c.deadlines ?? []);
  return {
    caseId: c._id,
    requestId: c.requestId,
    referralId: c.referralId,
    applicantRef: c.applicantRef,
    providerId: c.providerId,
    organisationId: c.organisationId,
    centreId: c.centreId,
    fieldOfLaw: c.fieldOfLaw,
    aidForm: c.aidForm,
    urgent: c.urgent,
    custody: c.custody,
    state: c.state,
    outcome: c.outcome ?? null,
    openedAt: iso(c.openedAt),
    firstContactAt: isoOrNull(c.firstContactAt),
    closedAt: isoOrNull(c.closedAt),
    activityHours: c.activityHours,
    overdue: c.overdue,
    nextDeadline: next ? { kind: next.kind, dueAt: iso(next.dueAt) } : null,
    version: c.version,
  };
}

/**
 * The case as a reader may see it. REDACTED withholds everything written in
 * free text (notes, summary, court names, attachment names): what
 * supervisors read "without personal data" (DESIGN.md §3 oversight).
 */
export function caseView(c: Case, level: ReadLevel, appraisal: Appraisal | null): CaseView {
  const full = level === 'FULL';
  const timeline: CaseView['timeline'] = c.timeline.map((t) => ({
    at: iso(t.at),
    type: t.type,
    actorId: t.actorId,
    refId: t.refId,
    state: t.state,
    activityKind: t.activityKind,
    deadlineKind: t.deadlineKind,
  }));
  if (appraisal) {
    const entry = { actorId: '', refId: appraisal._id, state: null, activityKind: null, deadlineKind: null };
    timeline.push({ ...entry, at: iso(appraisal.drawnAt), type: 'DRAWN_FOR_APPRAISAL', actorId: 'appraisal-draw' });
    if (appraisal.appraisedAt) timeline.push({ ...entry, at: iso(appraisal.appraisedAt), type: 'APPRAISED', actorId: appraisal.appraiserId ?? '' });
  }
  return {
    ...caseSummary(c),
    suspension: c.suspension ? { reason: c.suspension.reason, resumeOn: c.suspension.resumeOn, since: iso(c.suspension.since) } : null,
    closure: c.closure
      ? {
          outcome: c.closure.outcome,
          summary: full ? c.closure.summary : null,
          totalHours: c.closure.totalHours,
          policyFeedbackTag: c.closure.policyFeedbackTag,
          closedAt: iso(c.closure.closedAt),
          closedBy: c.closure.closedBy,
        }
      : null,
    transferReason: c.transferReason ?? null,
    activities: c.activities.map((a) => ({
      activityId: a.id,
      kind: a.kind,
      performedAt: iso(a.performedAt),
      recordedAt: iso(a.recordedAt),
      hours: a.hours,
      authorId: a.authorId,
      hearing: a.hearing ? { date: a.hearing.date, court: full ? a.hearing.court : null } : null,
      note: full ? a.note : null,
      attachments: a.attachments.map((f) => ({ name: full ? f.name : null, mediaType: f.mediaType, sha256: f.sha256, sizeBytes: f.sizeBytes })),
    })),
    deadlines: c.deadlines.map((d) => ({
      deadlineId: d.id,
      kind: d.kind,
      status: d.status,
      dueAt: iso(d.dueAt),
      remindAt: iso(d.remindAt),
      remindedAt: isoOrNull(d.remindedAt),
      breachedAt: isoOrNull(d.breachedAt),
      satisfiedAt: isoOrNull(d.satisfiedAt),
      eventAt: isoOrNull(d.eventAt),
      court: full ? d.court : null,
    })),
    timeline: timeline.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    redacted: !full,
  };
}
