import { Module } from '@nestjs/common';
import { MatchingController } from './adapters/matching.controller.js';
import { OrganisationRepository } from './adapters/organisation.repository.js';
import { ProviderIndexService } from './adapters/provider-index.service.js';
import { ProviderRepository } from './adapters/provider.repository.js';
import { ReferralRepository } from './adapters/referral.repository.js';
import { ReferralRankingRepository } from './adapters/referral-ranking.repository.js';
import { ChangeProvider } from './commands/change-provider.js';
import { ChangeReferral } from './commands/change-referral.js';
import { Matchmaker } from './commands/matchmaker.js';
import { OpenReferralOnAcceptance } from './reactions/open-referral.reaction.js';
import { ProviderStatsFromMatching } from './reactions/provider-stats.reaction.js';
import { CancelReferralOnWithdrawal } from './reactions/cancel-referral.reaction.js';
import { ReReferOnTransfer } from './reactions/re-refer-on-transfer.reaction.js';
import { CaseLoadFromCases } from './reactions/case-load.reaction.js';
import { ReferralTimer } from './timers/referral.timer.js';
import { RegisterOrganisation } from './commands/register-organisation.command.js';
import { GetOrganisation, ListOrganisations, OrganisationsByIds } from './queries/organisation.query.js';
import { UpdateOrganisationContact } from './commands/update-organisation-contact.command.js';
import { NoteUser } from './commands/note-user.command.js';
import { UserNames } from './queries/user-names.query.js';
import { UserDirectoryRepository } from './adapters/user-directory.repository.js';
import { RegisterProvider } from './commands/register-provider.command.js';
import { UpdateProvider } from './commands/update-provider.command.js';
import { SetProviderAvailability } from './commands/set-availability.command.js';
import { SuspendProvider, ReinstateProvider } from './commands/suspend-provider.command.js';
import { AppointedPerformer, GetProvider, ListProviders, ProvidersByIds } from './queries/provider.query.js';
import { MyOffers } from './queries/my-offers.query.js';
import { AcceptOffer } from './commands/accept-offer.command.js';
import { ClearConflictCheck } from './commands/clear-conflict-check.command.js';
import { DeclineOffer } from './commands/decline-offer.command.js';
import { GetReferral, ReferralForRequest, EscalationQueue } from './queries/referral.query.js';
import { AssignReferral } from './commands/assign-referral.command.js';
import { ReassignReferral } from './commands/reassign-referral.command.js';
import { ProfessionalMessages } from './adapters/professional-messages.js';
import { deliveriesController } from '@legalaid/infra';
import { NotifyOffers } from './reactions/notify-offers.reaction.js';
import { NotifyDeadlines } from './reactions/notify-deadlines.reaction.js';
import { NotifyOversight } from './reactions/notify-oversight.reaction.js';
import { NotifyCallBack } from './reactions/notify-call-back.reaction.js';
import { GetNotification, MyNotifications } from './queries/my-notifications.query.js';
import { MarkNotificationRead } from './commands/mark-notification-read.command.js';
import { UpdateOrganisationDirectory } from './commands/update-organisation-directory.command.js';
import {
  DirectoryExport,
  DirectoryOrganization,
  DirectoryOrganizations,
  DirectoryReader,
  DirectoryService,
  DirectoryServiceAtLocations,
  DirectoryServices,
} from './queries/directory.query.js';

@Module({
  controllers: [MatchingController, deliveriesController('matching', ProfessionalMessages)],
  providers: [
    ReferralRepository,
    ReferralRankingRepository,
    ProviderRepository,
    OrganisationRepository,
    ProviderIndexService,
    Matchmaker,
    ChangeProvider,
    ChangeReferral,
    OpenReferralOnAcceptance,
    ProviderStatsFromMatching,
    CancelReferralOnWithdrawal,
    ReReferOnTransfer,
    CaseLoadFromCases,
    ReferralTimer,
    RegisterOrganisation,
    GetOrganisation,
    RegisterProvider,
    UpdateProvider,
    SetProviderAvailability,
    SuspendProvider,
    ReinstateProvider,
    GetProvider,
    AppointedPerformer,
    ProvidersByIds,
    OrganisationsByIds,
    ListOrganisations,
    UpdateOrganisationContact,
    NoteUser,
    UserNames,
    UserDirectoryRepository,
    ListProviders,
    MyOffers,
    AcceptOffer,
    ClearConflictCheck,
    DeclineOffer,
    GetReferral,
    ReferralForRequest,
    EscalationQueue,
    AssignReferral,
    ReassignReferral,
    ProfessionalMessages,
    NotifyOffers,
    NotifyDeadlines,
    NotifyOversight,
    NotifyCallBack,
    MyNotifications,
    GetNotification,
    MarkNotificationRead,
    UpdateOrganisationDirectory,
    DirectoryReader,
    DirectoryOrganizations,
    DirectoryOrganization,
    DirectoryServices,
    DirectoryService,
    DirectoryServiceAtLocations,
    DirectoryExport,
  ],
})
export class MatchingModule {}
