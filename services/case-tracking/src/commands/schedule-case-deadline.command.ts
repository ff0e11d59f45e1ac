import { Injectable } from '@nestjs/common';
import type { InputOf, CasesRpc, RpcRequest } from '@legalaid/contracts';
import { assertIsAssignedProvider } from '../domain/access.js';
import { scheduleDeadline } from '../domain/case.js';
import { CaseCommandRunner, type CaseCommandOutput } from './case-command.runner.js';

/** The assigned provider records a hearing date or the procedural body's defence-counsel deadline; both become timers. */
@Injectable()
export class ScheduleCaseDeadline {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(req: RpcRequest<InputOf<typeof CasesRpc.scheduleCaseDeadline>>): Promise<CaseCommandOutput> {
    const { caseId, expectedVersion, kind, at, court } = req.input;
    return this.runner.run(req, caseId, expectedVersion, assertIsAssignedProvider, (c, ctx) => {
      const change = scheduleDeadline(c, { kind, at: new Date(at), court }, ctx);
      return { ...change, refId: change.deadlineId };
    });
  }
}
