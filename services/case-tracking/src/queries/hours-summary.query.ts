import { Injectable } from '@nestjs/common';
import { endOfVnDay, startOfVnDay, vnDate, type CasesRpc, type InputOf, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { CaseRepository } from '../adapters/case.repository.js';
import { scopedCaseFilter } from './list-cases.query.js';

type Tally = { hours: number; activities: number; cases: Set<string> };
const tally = (): Tally => ({ hours: 0, activities: 0, cases: new Set() });
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Hours recorded on the cases a reader may list (the same scope as the case
 * list: a lawyer their own, an organisation admin their members'), summed for
 * a period by the day each activity was performed in Viet Nam: in all, by
 * month and by provider. Read on the server, so the console does not page
 * through every case and activity to add them up.
 */
@Injectable()
export class HoursSummary {
  constructor(private readonly cases: CaseRepository) {}

  async execute(req: RpcRequest<InputOf<typeof CasesRpc.hoursSummary>>): Promise<OutputOf<typeof CasesRpc.hoursSummary>> {
    const { from, to } = req.input;
    const filter = scopedCaseFilter(req.actor, { providerId: req.input.providerId, organisationId: req.input.organisationId, centreId: req.input.centreId });
    const empty = { from, to, hours: 0, activities: 0, cases: 0, byMonth: [], byProvider: [] };
    if (!filter) return empty;
    const start = startOfVnDay(from).getTime();
    const end = endOfVnDay(to).getTime();
    const total = tally();
    const months = new Map<string, Tally>();
    const providers = new Map<string, Tally>();
    for (const c of await this.cases.withActivities(filter)) {
      for (const a of c.activities ?? []) {
        const at = new Date(a.performedAt);
        if (at.getTime() < start || at.getTime() > end) continue;
        const month = vnDate(at).slice(0, 7);
        for (const t of [total, months.get(month) ?? months.set(month, tally()).get(month)!, providers.get(c.providerId) ?? providers.set(c.providerId, tally()).get(c.providerId)!]) {
          t.hours += a.hours;
          t.activities++;
          t.cases.add(c._id);
        }
      }
    }
    const out = (t: Tally) => ({ hours: round2(t.hours), activities: t.activities, cases: t.cases.size });
    return {
      from,
      to,
      ...out(total),
      byMonth: [...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, t]) => ({ month, ...out(t) })),
      byProvider: [...providers.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([providerId, t]) => ({ providerId, ...out(t) })),
    };
  }
}
