import type { CasesRpc, OutputOf } from '@legalaid/contracts';
import { isReproducible, type Appraisal, type DrawRecord } from '../domain/appraisal.js';
import type { ReadLevel } from '../domain/access.js';

type DrawView = OutputOf<typeof CasesRpc.drawAppraisalSample>;
type AppraisalView = OutputOf<typeof CasesRpc.recordAppraisal>;

export function drawView(d: DrawRecord, year: number): DrawView {
  return {
    drawId: d.drawId,
    year,
    seed: d.seed,
    share: d.share,
    eligibleCount: d.eligibleCount,
    previouslyDrawnCount: d.previouslyDrawnCount,
    selectedCaseIds: d.selectedCaseIds,
    drawnAt: new Date(d.drawnAt).toISOString(),
    drawnBy: d.drawnBy,
  };
}

export function drawViewChecked(d: DrawRecord, year: number): DrawView & { reproducible: boolean } {
  return { ...drawView(d, year), reproducible: isReproducible(d) };
}

export function appraisalView(a: Appraisal, level: ReadLevel): AppraisalView {
  return {
    appraisalId: a._id,
    caseId: a.caseId,
    drawId: a.drawId,
    year: a.year,
    providerId: a.providerId,
    organisationId: a.organisationId,
    centreId: a.centreId,
    fieldOfLaw: a.fieldOfLaw,
    aidForm: a.aidForm,
    outcome: a.outcome,
    status: a.status,
    result: a.result ?? null,
    findingCodes: a.findingCodes ?? [],
    findings: level === 'FULL' ? (a.findings ?? null) : null,
    appraiserId: a.appraiserId ?? null,
    drawnAt: new Date(a.drawnAt).toISOString(),
    appraisedAt: a.appraisedAt ? new Date(a.appraisedAt).toISOString() : null,
  };
}
