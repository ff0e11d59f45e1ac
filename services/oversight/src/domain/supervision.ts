import { DomainError } from '@legalaid/contracts';

/**
 * Supervision (giám sát) by the Fatherland Front: a plan with its scope, a
 * sample of closed cases, findings on those cases, and recommendations
 * (kiến nghị) to organisations that must be answered by a deadline.
 */
export interface Finding {
  findingId: string;
  caseId: string;
  category: string;
  severity: string;
  /** The supervisor's note, masked like citizens' text. */
  note: string;
  recordedAt: Date;
  recordedBy: string;
}

export interface SupervisionPlan {
  _id: string;
  version: number;
  title: string;
  scope: { periodFrom: string; periodTo: string; provinceCodes: string[]; organisationIds: string[] };
  status: 'OPEN' | 'SAMPLED';
  createdAt: Date;
  createdBy: string;
  sample: { seed: string; size: number; population: number; populationHash: string; caseIds: string[]; drawnAt: Date } | null;
  findings: Finding[];
}

export function assertCanSample(plan: SupervisionPlan): void {
  if (plan.sample) throw new DomainError('ILLEGAL_TRANSITION', 'this plan already has its sample; a new sample needs a new plan');
}

export function assertCaseInSample(plan: SupervisionPlan, caseId: string): void {
  if (!plan.sample) throw new DomainError('ILLEGAL_TRANSITION', 'draw the sample before recording findings');
  if (!plan.sample.caseIds.includes(caseId)) throw new DomainError('CASE_NOT_FOUND', `case ${caseId} is not in this plan's sample`);
}

export const MAX_FINDINGS = 500;

export type RecommendationStatus = 'ISSUED' | 'OVERDUE' | 'RESPONDED' | 'ACCEPTED';
export type FollowUpAction = 'ACCEPT' | 'REOPEN' | 'REISSUE';

type Response = { text: string; respondedAt: Date; respondedBy: string; late: boolean };

/** A supervisor's follow-up, with the answer or the missed deadline it closed. */
export interface FollowUp {
  action: FollowUpAction;
  /** Masked like every supervisor's text. */
  note: string;
  at: Date;
  by: string;
  previousResponse: Response | null;
  previousResponseDueAt: Date;
  previousOverdueAt: Date | null;
}

export interface Recommendation {
  _id: string;
  version: number;
  planId: string;
  organisationId: string;
  findingIds: string[];
  text: string;
  issuedAt: Date;
  issuedBy: string;
  responseDueAt: Date;
  status: RecommendationStatus;
  /** The timer kept as data: set while an answer is awaited and the deadline not yet flagged. */
  dueAt: Date | null;
  overdueAt: Date | null;
  response: Response | null;
  /** Absent on recommendations stored before follow-ups existed. */
  followUps?: FollowUp[];
}

export function issue(args: Omit<Recommendation, 'version' | 'status' | 'dueAt' | 'overdueAt' | 'response'>, plan: SupervisionPlan): Recommendation {
  const known = new Set(plan.findings.map((f) => f.findingId));
  const unknown = args.findingIds.filter((id) => !known.has(id));
  if (unknown.length) throw new DomainError('VALIDATION_FAILED', `findings not in this plan: ${unknown.join(', ')}`, unknown.map((id) => ({ path: 'findingIds', message: `unknown finding ${id}` })));
  if (args.responseDueAt <= args.issuedAt) throw new DomainError('VALIDATION_FAILED', 'the response deadline must be in the future', [{ path: 'responseDueAt', message: 'must be in the future' }]);
  return { ...args, version: 1, status: 'ISSUED', dueAt: args.responseDueAt, overdueAt: null, response: null, followUps: [] };
}

export function respond(rec: Recommendation, text: string, by: string, now: Date): Recommendation {
  if (rec.status === 'RESPONDED' || rec.status === 'ACCEPTED') throw new DomainError('ILLEGAL_TRANSITION', 'this recommendation was already answered');
  return { ...rec, status: 'RESPONDED', dueAt: null, response: { text, respondedAt: now, respondedBy: by, late: now > rec.responseDueAt } };
}

/** The timer's effect: unanswered past the deadline. Returns null when nothing is due (answered meanwhile, or not yet due). */
export function markOverdue(rec: Recommendation, now: Date): Recommendation | null {
  if (rec.status !== 'ISSUED' || rec.responseDueAt > now) return null;
  return { ...rec, status: 'OVERDUE', dueAt: null, overdueAt: now };
}

/** Which status each follow-up starts from: an answer is accepted or reopened; an overdue recommendation is reissued. */
const FOLLOW_UP_FROM: Record<FollowUpAction, RecommendationStatus> = { ACCEPT: 'RESPONDED', REOPEN: 'RESPONDED', REISSUE: 'OVERDUE' };

/**
 * G21: accepting settles the recommendation; reopening or reissuing asks the
 * organisation again by `newDueAt`, and the deadline timer runs again. The
 * earlier answer or missed deadline stays in the follow-up.
 */
export function followUp(rec: Recommendation, action: FollowUpAction, note: string, by: string, now: Date, newDueAt: Date | null): Recommendation {
  const from = FOLLOW_UP_FROM[action];
  if (rec.status !== from) throw new DomainError('ILLEGAL_TRANSITION', `${action} needs a recommendation that is ${from}; this one is ${rec.status}`);
  const entry: FollowUp = { action, note, at: now, by, previousResponse: rec.response, previousResponseDueAt: rec.responseDueAt, previousOverdueAt: rec.overdueAt };
  const followUps = [...(rec.followUps ?? []), entry];
  if (action === 'ACCEPT') return { ...rec, status: 'ACCEPTED', dueAt: null, followUps };
  if (!newDueAt || newDueAt <= now) throw new DomainError('VALIDATION_FAILED', 'the new response deadline must be in the future', [{ path: 'responseWorkingDays', message: 'must be in the future' }]);
  return { ...rec, status: 'ISSUED', responseDueAt: newDueAt, dueAt: newDueAt, overdueAt: null, response: null, followUps };
}
