import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { IntakeRpc } from '@legalaid/contracts';
import { answerRpc, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { AcceptRequest } from '../commands/accept-request.command.js';
import { CompleteDocuments } from '../commands/complete-documents.command.js';
import { EraseExpired } from '../commands/erase-expired.command.js';
import { RejectRequest } from '../commands/reject-request.command.js';
import { RequestDocuments } from '../commands/request-documents.command.js';
import { RotateDataKeys } from '../commands/rotate-data-keys.command.js';
import { SubmitRequest } from '../commands/submit-request.command.js';
import { WithdrawConsent } from '../commands/withdraw-consent.command.js';
import { UpdateContactSafety } from '../commands/update-contact-safety.command.js';
import { WithdrawRequest } from '../commands/withdraw-request.command.js';
import { RecordFeedbackText } from '../commands/record-feedback-text.command.js';
import { PartyHashQuery } from '../queries/party-hash.query.js';
import { AccessLogQuery } from '../queries/access-log.query.js';
import { FindByIdentity } from '../queries/find-by-identity.query.js';
import { GetRequest } from '../queries/get-request.query.js';
import { ListRequests } from '../queries/list-requests.query.js';
import { ReferenceQuery } from '../queries/reference.query.js';
import { RequestCounts } from '../queries/request-counts.query.js';
import { RevealContact } from '../queries/reveal-contact.query.js';
import { RequestDetails } from '../queries/request-details.query.js';
import { OfferBrief } from '../queries/offer-brief.query.js';

/** Request/reply operations for the gateway; thin: validation and error mapping live in answerRpc. */
@Controller()
export class IntakeController {
  constructor(
    private readonly submitRequest: SubmitRequest,
    private readonly recordFeedbackTextCmd: RecordFeedbackText,
    private readonly partyHashQuery: PartyHashQuery,
    private readonly requestDocuments: RequestDocuments,
    private readonly completeDocuments: CompleteDocuments,
    private readonly acceptRequest: AcceptRequest,
    private readonly rejectRequest: RejectRequest,
    private readonly withdrawRequest: WithdrawRequest,
    private readonly withdrawConsentCmd: WithdrawConsent,
    private readonly updateContactSafetyCmd: UpdateContactSafety,
    private readonly eraseExpiredCmd: EraseExpired,
    private readonly rotateDataKeysCmd: RotateDataKeys,
    private readonly getRequest: GetRequest,
    private readonly listRequests: ListRequests,
    private readonly requestCounts: RequestCounts,
    private readonly findByIdentityQuery: FindByIdentity,
    private readonly revealContactQuery: RevealContact,
    private readonly requestDetailsQuery: RequestDetails,
    private readonly offerBriefQuery: OfferBrief,
    private readonly accessLogQuery: AccessLogQuery,
    private readonly reference: ReferenceQuery,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @MessagePattern(IntakeRpc.requestDetails.subject)
  details(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.requestDetails, raw, ctx, this.logger, (req) => this.requestDetailsQuery.execute(req));
  }

  @MessagePattern(IntakeRpc.offerBrief.subject)
  brief(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.offerBrief, raw, ctx, this.logger, (req) => this.offerBriefQuery.execute(req));
  }

  @MessagePattern(IntakeRpc.submit.subject)
  submit(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.submit, raw, ctx, this.logger, (req) => this.submitRequest.execute(req));
  }

  @MessagePattern(IntakeRpc.requestDocuments.subject)
  documents(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.requestDocuments, raw, ctx, this.logger, (req) => this.requestDocuments.execute(req));
  }

  @MessagePattern(IntakeRpc.completeDocuments.subject)
  complete(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.completeDocuments, raw, ctx, this.logger, (req) => this.completeDocuments.execute(req));
  }

  @MessagePattern(IntakeRpc.accept.subject)
  accept(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.accept, raw, ctx, this.logger, (req) => this.acceptRequest.execute(req));
  }

  @MessagePattern(IntakeRpc.reject.subject)
  reject(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.reject, raw, ctx, this.logger, (req) => this.rejectRequest.execute(req));
  }

  @MessagePattern(IntakeRpc.withdraw.subject)
  withdraw(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.withdraw, raw, ctx, this.logger, (req) => this.withdrawRequest.execute(req));
  }

  @MessagePattern(IntakeRpc.withdrawConsent.subject)
  withdrawConsent(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.withdrawConsent, raw, ctx, this.logger, (req) => this.withdrawConsentCmd.execute(req));
  }

  @MessagePattern(IntakeRpc.updateContactSafety.subject)
  updateContactSafety(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.updateContactSafety, raw, ctx, this.logger, (req) => this.updateContactSafetyCmd.execute(req));
  }

  @MessagePattern(IntakeRpc.eraseExpired.subject)
  eraseExpired(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.eraseExpired, raw, ctx, this.logger, (req) => this.eraseExpiredCmd.execute(req));
  }

  @MessagePattern(IntakeRpc.rotateDataKeys.subject)
  rotateDataKeys(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.rotateDataKeys, raw, ctx, this.logger, (req) => this.rotateDataKeysCmd.execute(req));
  }

  @MessagePattern(IntakeRpc.partyHash.subject)
  partyHash(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.partyHash, raw, ctx, this.logger, (req) => this.partyHashQuery.execute(req));
  }

  @MessagePattern(IntakeRpc.recordFeedbackText.subject)
  recordFeedbackText(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.recordFeedbackText, raw, ctx, this.logger, (req) => this.recordFeedbackTextCmd.execute(req));
  }

  @MessagePattern(IntakeRpc.get.subject)
  get(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.get, raw, ctx, this.logger, (req) => this.getRequest.execute(req));
  }

  @MessagePattern(IntakeRpc.list.subject)
  list(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.list, raw, ctx, this.logger, (req) => this.listRequests.execute(req));
  }

  @MessagePattern(IntakeRpc.counts.subject)
  counts(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.counts, raw, ctx, this.logger, (req) => this.requestCounts.execute(req));
  }

  @MessagePattern(IntakeRpc.findByIdentity.subject)
  findByIdentity(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.findByIdentity, raw, ctx, this.logger, (req) => this.findByIdentityQuery.execute(req));
  }

  @MessagePattern(IntakeRpc.revealContact.subject)
  revealContact(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.revealContact, raw, ctx, this.logger, (req) => this.revealContactQuery.execute(req));
  }

  @MessagePattern(IntakeRpc.accessLog.subject)
  accessLog(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.accessLog, raw, ctx, this.logger, (req) => this.accessLogQuery.execute(req));
  }

  @MessagePattern(IntakeRpc.units.subject)
  units(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.units, raw, ctx, this.logger, async (req) => this.reference.units(req));
  }

  @MessagePattern(IntakeRpc.ruleSets.subject)
  ruleSets(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(IntakeRpc.ruleSets, raw, ctx, this.logger, async () => this.reference.ruleSets());
  }
}
