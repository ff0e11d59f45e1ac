import { Injectable } from '@nestjs/common';
import type { InputOf, IntakeRpc, RequestView, RpcRequest } from '@legalaid/contracts';
import { canReadPersonal, canView, notFound } from '../domain/access-policy.js';
import type { PersonalData } from '../domain/personal-data.js';
import { RequestRepository } from '../adapters/request.repository.js';
import { PersonalDataReader } from './personal-data-reader.js';
import { toView } from './views.js';

const APPLICANT_FIELDS = ['fullName', 'idNumber', 'birthDate', 'gender', 'phone', 'email', 'address', 'accessNeeds', 'guardian'];

/** A request by id. Personal data only when asked for and allowed (the request's centre), and that read is logged. */
@Injectable()
export class GetRequest {
  constructor(
    private readonly requests: RequestRepository,
    private readonly reader: PersonalDataReader,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof IntakeRpc.get>>): Promise<RequestView> {
    const r = await this.requests.get(req.input.requestId);
    if (!r || !canView(req.actor, r)) throw notFound(req.input.requestId);
    let personal: PersonalData | null = null;
    if (req.input.withPersonalData && canReadPersonal(req.actor, r)) {
      personal = await this.reader.read(req.actor, req.correlationId, r, 'CASE_HANDLING', APPLICANT_FIELDS);
    }
    return toView(r, personal);
  }
}
