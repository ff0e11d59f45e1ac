import { Injectable } from '@nestjs/common';
import type { InputOf, CasesRpc, RpcRequest } from '@legalaid/contracts';
import { assertIsAssignedProvider } from '../domain/access.js';
import { recordActivity } from '../domain/case.js';
import { CaseCommandRunner, type CaseCommandOutput } from './case-command.runner.js';

/** The assigned provider records work on the case (contact, consultation, drafting, filing, hearing, meeting, note). */
@Injectable()
export class RecordCaseActivity {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(req: RpcRequest<InputOf<typeof CasesRpc.recordCaseActivity>>): Promise<CaseCommandOutput> {
    const { caseId, expectedVersion, performedAt, ...rest } = req.input;
    return this.runner.run(req, caseId, expectedVersion, assertIsAssignedProvider, (c, ctx) => {
      const change = recordActivity(c, { ...rest, performedAt: new Date(performedAt) }, ctx);
      return { ...change, refId: change.next.activities.at(-1)!.id };
    });
  }
}
