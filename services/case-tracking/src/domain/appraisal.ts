import {
  APPRAISAL_FINDINGS,
  CasesAppraisalDrawn,
  CasesCaseAppraised,
  DomainError,
  createEvent,
  type AidForm,
  type AppraisalResult,
  type CaseOutcome,
  type Envelope,
  type FieldOfLaw,
} from '@legalaid/contracts';
import type { Case, CaseContext } from './case.js';
import { planDraw, selectSample } from './appraisal-draw.js';

type FindingCode = (typeof APPRAISAL_FINDINGS)[number];

/** One draw of a year, kept with everything needed to re-run it. */
export interface DrawRecord {
  drawId: string;
  seed: string;
  share: number;
  eligibleCount: number;
  previouslyDrawnCount: number;
  /** The cases the draw chose from (eligible and not drawn before), sorted. */
  candidateIds: string[];
  selectedCaseIds: string[];
  drawnAt: Date;
  drawnBy: string;
}

/**
 * A year's appraisal draws: one aggregate per year, so draws of the same year
 * are serialised by its version and a case is never drawn twice.
 */
export interface AppraisalYear {
  _id: string;
  version: number;
  year: number;
  draws: DrawRecord[];
  drawnCaseIds: string[];
  /** Drawn cases whose appraisal record may not be written yet (written right after, repaired if interrupted). */
  pendingAppraisals: string[];
  appliedEventIds?: string[];
}

/** The appraisal of one drawn case: its id derives from the case, so a case has at most one. */
export interface Appraisal {
  _id: string;
  version: number;
  caseId: string;
  drawId: string;
  year: number;
  requestId: string;
  applicantRef: string;
  providerId: string;
  organisationId: string;
  centreId: string;
  fieldOfLaw: FieldOfLaw;
  aidForm: AidForm;
  outcome: CaseOutcome;
  status: 'PENDING' | 'APPRAISED';
  result: AppraisalResult | null;
  findingCodes: FindingCode[];
  /** The appraiser's words: kept here, never in an event. */
  findings: string | null;
  appraiserId: string | null;
  drawnAt: Date;
  appraisedAt: Date | null;
  appliedEventIds?: string[];
}

export const appraisalYearId = (year: number) => `appraisal-year-${year}`;
export const appraisalIdFor = (caseId: string) => `appraisal-${caseId}`;
export const drawIdFor = (year: number, seed: string) => `draw-${year}-${seed}`;

export function emptyYear(year: number): AppraisalYear {
  return { _id: appraisalYearId(year), version: 1, year, draws: [], drawnCaseIds: [], pendingAppraisals: [] };
}

/**
 * Draws the year's sample from the eligible closed cases (the caller passes
 * every closed PROCEEDINGS and OUT_OF_COURT case of the year) and returns
 * the new year state with one `appraisal drawn` event per case.
 */
export function drawSample(
  current: AppraisalYear,
  eligible: readonly Pick<Case, '_id' | 'requestId' | 'applicantRef' | 'providerId' | 'organisationId' | 'centreId' | 'fieldOfLaw' | 'aidForm' | 'outcome'>[],
  input: { seed: string; share: number },
  ctx: Pick<CaseContext, 'now' | 'newId' | 'actor' | 'correlationId'>,
): { next: AppraisalYear; draw: DrawRecord; events: Envelope[] } {
  const byId = new Map(eligible.map((c) => [c._id, c]));
  const plan = planDraw([...byId.keys()], new Set(current.drawnCaseIds), input.seed, input.share);
  const draw: DrawRecord = {
    drawId: drawIdFor(current.year, input.seed),
    seed: input.seed,
    share: input.share,
    eligibleCount: byId.size,
    previouslyDrawnCount: plan.previouslyDrawn,
    candidateIds: plan.candidates,
    selectedCaseIds: plan.selected,
    drawnAt: ctx.now,
    drawnBy: ctx.actor.id,
  };
  const events = plan.selected.map((id) => {
    const c = byId.get(id)!;
    return createEvent(
      CasesAppraisalDrawn,
      {
        caseId: c._id,
        requestId: c.requestId,
        applicantRef: c.applicantRef,
        providerId: c.providerId,
        organisationId: c.organisationId,
        centreId: c.centreId,
        appraisalId: appraisalIdFor(c._id),
        drawId: draw.drawId,
        year: current.year,
        fieldOfLaw: c.fieldOfLaw,
        aidForm: c.aidForm,
        outcome: c.outcome!,
        drawnAt: ctx.now.toISOString(),
      },
      { id: ctx.newId(), occurredAt: ctx.now, actor: ctx.actor, correlationId: ctx.correlationId },
    );
  });
  const next: AppraisalYear = {
    ...current,
    draws: [...current.draws, draw],
    drawnCaseIds: [...current.drawnCaseIds, ...plan.selected],
    pendingAppraisals: [...current.pendingAppraisals, ...plan.selected],
  };
  return { next, draw, events };
}

/** Re-runs a draw from its seed and candidates: true when it selects the same cases. */
export function isReproducible(draw: DrawRecord): boolean {
  const again = selectSample(draw.candidateIds, draw.seed, draw.selectedCaseIds.length);
  return again.length === draw.selectedCaseIds.length && again.every((id, i) => id === draw.selectedCaseIds[i]);
}

export function newAppraisal(
  c: Pick<Case, '_id' | 'requestId' | 'applicantRef' | 'providerId' | 'organisationId' | 'centreId' | 'fieldOfLaw' | 'aidForm' | 'outcome'>,
  draw: Pick<DrawRecord, 'drawId' | 'drawnAt'>,
  year: number,
): Appraisal {
  return {
    _id: appraisalIdFor(c._id),
    version: 1,
    caseId: c._id,
    drawId: draw.drawId,
    year,
    requestId: c.requestId,
    applicantRef: c.applicantRef,
    providerId: c.providerId,
    organisationId: c.organisationId,
    centreId: c.centreId,
    fieldOfLaw: c.fieldOfLaw,
    aidForm: c.aidForm,
    outcome: c.outcome!,
    status: 'PENDING',
    result: null,
    findingCodes: [],
    findings: null,
    appraiserId: null,
    drawnAt: draw.drawnAt,
    appraisedAt: null,
  };
}

/** An appraiser records the result; a case is appraised once. */
export function recordResult(
  current: Appraisal,
  input: { result: AppraisalResult; findingCodes: FindingCode[]; findings?: string },
  ctx: Pick<CaseContext, 'now' | 'newId' | 'actor' | 'correlationId'>,
): { next: Appraisal; events: Envelope[] } {
  if (current.status === 'APPRAISED') {
    throw new DomainError('CONFLICT', `case ${current.caseId} was already appraised on ${current.appraisedAt?.toISOString()}`);
  }
  const findingCodes = [...new Set(input.findingCodes)];
  const next: Appraisal = {
    ...current,
    status: 'APPRAISED',
    result: input.result,
    findingCodes,
    findings: input.findings ?? null,
    appraiserId: ctx.actor.id,
    appraisedAt: ctx.now,
  };
  const event = createEvent(
    CasesCaseAppraised,
    {
      caseId: next.caseId,
      requestId: next.requestId,
      applicantRef: next.applicantRef,
      providerId: next.providerId,
      organisationId: next.organisationId,
      centreId: next.centreId,
      appraisalId: next._id,
      drawId: next.drawId,
      year: next.year,
      fieldOfLaw: next.fieldOfLaw,
      aidForm: next.aidForm,
      result: input.result,
      findingCodes,
      appraiserId: ctx.actor.id,
      appraisedAt: ctx.now.toISOString(),
    },
    { id: ctx.newId(), occurredAt: ctx.now, actor: ctx.actor, correlationId: ctx.correlationId },
  );
  return { next, events: [event] };
}
