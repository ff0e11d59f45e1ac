import { Injectable } from '@nestjs/common';
import type { InputOf, CasesRpc, RpcRequest } from '@legalaid/contracts';
import { assertCanTransfer } from '../domain/access.js';
import { transferCase } from '../domain/case.js';
import { CaseCommandRunner, type CaseCommandOutput } from './case-command.runner.js';

/** Takes the case from its provider; `cases.case.transferred` asks matching to refer the request again. */
@Injectable()
export class TransferCase {
  constructor(private readonly runner: CaseCommandRunner) {}

  execute(req: RpcRequest<InputOf<typeof CasesRpc.transferCase>>): Promise<CaseCommandOutput> {
    const { caseId, expectedVersion, reason } = req.input;
    return this.runner.run(req, caseId, expectedVersion, assertCanTransfer, (c, ctx) => transferCase(c, { reason }, ctx));
  }
}
