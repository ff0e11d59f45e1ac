import { Injectable } from '@nestjs/common';
import type { InputOf, CasesRpc, RpcRequest } from '@legalaid/contracts';
import { assertIsAssignedProvider } from '../domain/access.js';
import { changeState } from '../domain/case.js';
import { CaseCommandRunner, type CaseCommandOutput } from './case-command.runner.js';

/** The assigned provider starts, suspends (with a reason and a resume date) or resumes a case. */
@Injectable()
export class ChangeCaseState {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(req: RpcRequest<InputOf<typeof CasesRpc.changeCaseState>>): Promise<CaseCommandOutput> {
    const { caseId, expectedVersion, ...input } = req.input;
    return this.runner.run(req, caseId, expectedVersion, assertIsAssignedProvider, (c, ctx) => changeState(c, input, ctx));
  }
}
