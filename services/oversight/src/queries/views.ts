import type { PlanView, RecommendationView } from '@legalaid/contracts';
import type { Recommendation, SupervisionPlan } from '../domain/supervision.js';
import type { InvitationDoc } from '../adapters/feedback.repository.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function planView(p: SupervisionPlan): PlanView {
  return {
    planId: p._id,
    title: p.title,
    scope: p.scope,
    status: p.status,
    createdAt: iso(p.createdAt),
    createdBy: p.createdBy,
    sample: p.sample ? { ...p.sample, drawnAt: iso(p.sample.drawnAt) } : null,
    findings: (p.findings ?? []).map((f) => ({ ...f, category: f.category as PlanView['findings'][number]['category'], severity: f.severity as PlanView['findings'][number]['severity'], recordedAt: iso(f.recordedAt) })),
    version: p.version,
  };
}

const responseView = (r: NonNullable<Recommendation['response']>) => ({ ...r, respondedAt: iso(r.respondedAt) });

export function recommendationView(r: Recommendation): RecommendationView {
  return {
    recommendationId: r._id,
    planId: r.planId,
    organisationId: r.organisationId,
    findingIds: r.findingIds,
    text: r.text,
    issuedAt: iso(r.issuedAt),
    issuedBy: r.issuedBy,
    responseDueAt: iso(r.responseDueAt),
    status: r.status,
    overdueAt: r.overdueAt ? iso(r.overdueAt) : null,
    response: r.response ? responseView(r.response) : null,
    followUps: (r.followUps ?? []).map((f) => ({
      action: f.action,
      note: f.note,
      at: iso(f.at),
      by: f.by,
      previousResponse: f.previousResponse ? responseView(f.previousResponse) : null,
      previousResponseDueAt: iso(f.previousResponseDueAt),
      previousOverdueAt: f.previousOverdueAt ? iso(f.previousOverdueAt) : null,
    })),
    version: r.version,
  };
}

export function complaintView(inv: InvitationDoc) {
  const c = inv.complaint!;
  const f = inv.feedback!;
  return {
    complaintId: c.complaintId,
    feedbackId: f.feedbackId,
    caseId: inv.caseId,
    requestId: inv.requestId,
    organisationId: inv.organisationId,
    providerId: inv.providerId,
    kinds: c.kinds,
    text: c.text,
    comment: f.comment,
    rating: f.rating,
    language: f.language,
    filedAt: iso(c.filedAt),
  };
}

export function feedbackResponseView(inv: InvitationDoc) {
  const f = inv.feedback!;
  return {
    feedbackId: f.feedbackId,
    caseId: inv.caseId,
    requestId: inv.requestId,
    organisationId: inv.organisationId,
    providerId: inv.providerId,
    rating: f.rating,
    answers: f.answers,
    comment: f.comment,
    language: f.language,
    receivedAt: iso(f.receivedAt),
    complaintFiled: inv.complaint !== null && inv.complaint !== undefined,
  };
}
