import { RecordFeedbackText } from './commands/record-feedback-text.command.js';
import { PartyHashQuery } from './queries/party-hash.query.js';
import { Module } from '@nestjs/common';
import { deliveriesController } from '@legalaid/infra';
import { AccessLogRepository } from './adapters/access-log.repository.js';
import { cryptoProvider } from './adapters/crypto.provider.js';
import { IntakeController } from './adapters/intake.controller.js';
import { InvitationRepository } from './adapters/invitation.repository.js';
import { ApplicantMessages } from './adapters/applicant-messages.js';
import { referenceProvider } from './adapters/reference.provider.js';
import { RequestRepository } from './adapters/request.repository.js';
import { AcceptRequest } from './commands/accept-request.command.js';
import { CompleteDocuments } from './commands/complete-documents.command.js';
import { EraseExpired } from './commands/erase-expired.command.js';
import { RejectRequest } from './commands/reject-request.command.js';
import { RequestDocuments } from './commands/request-documents.command.js';
import { RotateDataKeys } from './commands/rotate-data-keys.command.js';
import { SubmitRequest } from './commands/submit-request.command.js';
import { WithdrawConsent } from './commands/withdraw-consent.command.js';
import { UpdateContactSafety } from './commands/update-contact-safety.command.js';
import { WithdrawRequest } from './commands/withdraw-request.command.js';
import { AccessLogQuery } from './queries/access-log.query.js';
import { FindByIdentity } from './queries/find-by-identity.query.js';
import { GetRequest } from './queries/get-request.query.js';
import { ListRequests } from './queries/list-requests.query.js';
import { PersonalDataReader } from './queries/personal-data-reader.js';
import { ReferenceQuery } from './queries/reference.query.js';
import { RequestCounts } from './queries/request-counts.query.js';
import { RevealContact } from './queries/reveal-contact.query.js';
import { RequestDetails } from './queries/request-details.query.js';
import { OfferBrief } from './queries/offer-brief.query.js';
import { InviteFeedback } from './reactions/invite-feedback.reaction.js';
import { TrackCases } from './reactions/track-cases.reaction.js';
import { RecountDocumentsDue } from './reactions/recount-documents-due.reaction.js';
import { TrackMatching } from './reactions/track-matching.reaction.js';
import { NotifyApplicant } from './reactions/notify-applicant.reaction.js';
import { NotifyReferrer } from './reactions/notify-referrer.reaction.js';

@Module({
  controllers: [IntakeController, deliveriesController('intake', ApplicantMessages)],
  providers: [
    RequestRepository,
    AccessLogRepository,
    InvitationRepository,
    cryptoProvider,
    referenceProvider,
    ApplicantMessages,
    PersonalDataReader,
    SubmitRequest,
    RecordFeedbackText,
    PartyHashQuery,
    RequestDocuments,
    CompleteDocuments,
    AcceptRequest,
    RejectRequest,
    WithdrawRequest,
    WithdrawConsent,
    UpdateContactSafety,
    EraseExpired,
    RotateDataKeys,
    GetRequest,
    ListRequests,
    RequestCounts,
    FindByIdentity,
    RevealContact,
    RequestDetails,
    OfferBrief,
    AccessLogQuery,
    ReferenceQuery,
    TrackMatching,
    TrackCases,
    RecountDocumentsDue,
    InviteFeedback,
    NotifyApplicant,
    NotifyReferrer,
  ],
})
export class IntakeModule {}
