import { Inject, Injectable } from '@nestjs/common';
import { LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { AppraisalRepository, AppraisalYearRepository } from '../adapters/appraisal.repository.js';
import { CaseRepository } from '../adapters/case.repository.js';
import { newAppraisal, type AppraisalYear } from '../domain/appraisal.js';

/**
 * Writes the appraisal record of each drawn case. The draw itself (with its
 * events) is one write on the year's document; the records follow, each with
 * an id derived from its case, so re-running this after an interruption
 * writes only what is missing. Runs after each draw and before reading or
 * recording appraisals.
 */
@Injectable()
export class WriteDrawnAppraisals {
  constructor(
    private readonly years: AppraisalYearRepository,
    private readonly appraisals: AppraisalRepository,
    private readonly cases: CaseRepository,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async forYear(year: AppraisalYear): Promise<void> {
    if (year.pendingAppraisals.length === 0) return;
    const drawOf = new Map<string, { drawId: string; drawnAt: Date }>();
    for (const d of year.draws) for (const id of d.selectedCaseIds) drawOf.set(id, d);
    const written: string[] = [];
    for (const caseId of year.pendingAppraisals) {
      const c = await this.cases.get(caseId);
      const draw = drawOf.get(caseId);
      if (!c || !draw) {
        this.logger.error({ caseId, yearId: year._id }, 'a drawn case or its draw is missing; appraisal record not written');
        continue;
      }
      await this.appraisals.insert(newAppraisal(c, draw, year.year), []);
      written.push(caseId);
    }
    if (written.length) await this.years.clearPending(year._id, written);
  }

  async all(): Promise<void> {
    for (const y of await this.years.withPendingAppraisals()) await this.forYear(y);
  }
}
