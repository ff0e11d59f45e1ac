import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APPRAISABLE_AID_FORMS, newId, startOfVnDay, endOfVnDay, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CLOCK, retryOnConflict, type Clock } from '@legalaid/infra';
import { AppraisalYearRepository } from '../adapters/appraisal.repository.js';
import { CaseRepository } from '../adapters/case.repository.js';
import { assertCanDraw } from '../domain/access.js';
import { appraisalYearId, drawSample, emptyYear } from '../domain/appraisal.js';
import { SETTINGS, type CaseTrackingSettings } from '../config.js';
import { WriteDrawnAppraisals } from './write-drawn-appraisals.js';
import { drawView } from '../queries/appraisal-views.js';

/**
 * The yearly quality-appraisal draw (Circular 12/2018/TT-BTP). The same seed
 * returns the same draw (a retried request draws nothing new); another seed
 * tops the year's sample up from cases not drawn before.
 */
@Injectable()
export class DrawAppraisalSample {
  constructor(
    private readonly years: AppraisalYearRepository,
    private readonly cases: CaseRepository,
    private readonly writeAppraisals: WriteDrawnAppraisals,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SETTINGS) private readonly settings: CaseTrackingSettings,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.drawAppraisalSample>>): Promise<OutputOf<typeof CasesRpc.drawAppraisalSample>> {
    assertCanDraw(req.actor);
    const { year } = req.input;
    const seed = req.input.seed ?? randomBytes(12).toString('base64url');
    const share = req.input.share ?? this.settings.CASES_APPRAISAL_SHARE;
    const result = await retryOnConflict(async () => {
      let current = await this.years.get(appraisalYearId(year));
      if (!current) {
        await this.years.insert(emptyYear(year), []);
        current = (await this.years.get(appraisalYearId(year)))!;
      }
      const existing = current.draws.find((d) => d.seed === seed);
      if (existing) return { year: current, draw: existing };
      const eligible = await this.cases.closedForAppraisal(startOfVnDay(`${year}-01-01`), endOfVnDay(`${year}-12-31`), APPRAISABLE_AID_FORMS);
      const { next, draw, events } = drawSample(current, eligible, { seed, share }, { now: this.clock(), newId, actor: req.actor, correlationId: req.correlationId });
      await this.years.save(next, current.version, events);
      return { year: { ...next, version: current.version + 1 }, draw };
    });
    await this.writeAppraisals.forYear(result.year);
    return drawView(result.draw, year);
  }
}
