import { Injectable } from '@nestjs/common';
import type { InputOf, CasesRpc, RpcRequest } from '@legalaid/contracts';
import { assertIsAssignedProvider } from '../domain/access.js';
import { closeCase } from '../domain/case.js';
import { CaseCommandRunner, type CaseCommandOutput } from './case-command.runner.js';

/** The assigned provider closes the case with an outcome, a summary (kept here only), total hours and an optional policy feedback tag. */
@Injectable()
export class CloseCase {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(req: RpcRequest<InputOf<typeof CasesRpc.closeCase>>): Promise<CaseCommandOutput> {
    const { caseId, expectedVersion, ...input } = req.input;
    return this.runner.run(req, caseId, expectedVersion, assertIsAssignedProvider, (c, ctx) => closeCase(c, input, ctx));
  }
}
