import { Controller, Inject } from '@nestjs/common';
import { Ctx, MessagePattern, Payload, type NatsContext } from '@nestjs/microservices';
import { MatchingRpc, NotificationRpc } from '@legalaid/contracts';
import { answerRpc, LOGGER } from '@legalaid/infra';
import type { Logger } from 'pino';
import { RegisterOrganisation } from '../commands/register-organisation.command.js';
import { GetOrganisation, ListOrganisations, OrganisationsByIds } from '../queries/organisation.query.js';
import { UpdateOrganisationContact } from '../commands/update-organisation-contact.command.js';
import { NoteUser } from '../commands/note-user.command.js';
import { UserNames } from '../queries/user-names.query.js';
import { RegisterProvider } from '../commands/register-provider.command.js';
import { UpdateProvider } from '../commands/update-provider.command.js';
import { SetProviderAvailability } from '../commands/set-availability.command.js';
import { SuspendProvider, ReinstateProvider } from '../commands/suspend-provider.command.js';
import { AppointedPerformer, GetProvider, ListProviders, ProvidersByIds } from '../queries/provider.query.js';
import { MyOffers } from '../queries/my-offers.query.js';
import { AcceptOffer } from '../commands/accept-offer.command.js';
import { DeclineOffer } from '../commands/decline-offer.command.js';
import { ClearConflictCheck } from '../commands/clear-conflict-check.command.js';
import { GetReferral, ReferralForRequest, EscalationQueue } from '../queries/referral.query.js';
import { AssignReferral } from '../commands/assign-referral.command.js';
import { ReassignReferral } from '../commands/reassign-referral.command.js';
import { GetNotification, MyNotifications } from '../queries/my-notifications.query.js';
import { MarkNotificationRead } from '../commands/mark-notification-read.command.js';
import { UpdateOrganisationDirectory } from '../commands/update-organisation-directory.command.js';
import {
  DirectoryExport,
  DirectoryOrganization,
  DirectoryOrganizations,
  DirectoryService,
  DirectoryServiceAtLocations,
  DirectoryServices,
} from '../queries/directory.query.js';

/** Matching's request/reply operations for the gateway: thin, each hands its validated request to one use case. */
@Controller()
export class MatchingController {
  constructor(
    private readonly registerOrganisationUseCase: RegisterOrganisation,
    private readonly organisationUseCase: GetOrganisation,
    private readonly registerProviderUseCase: RegisterProvider,
    private readonly updateProviderUseCase: UpdateProvider,
    private readonly setProviderAvailabilityUseCase: SetProviderAvailability,
    private readonly suspendProviderUseCase: SuspendProvider,
    private readonly reinstateProviderUseCase: ReinstateProvider,
    private readonly providerUseCase: GetProvider,
    private readonly appointedPerformerUseCase: AppointedPerformer,
    private readonly providersByIdsUseCase: ProvidersByIds,
    private readonly organisationsByIdsUseCase: OrganisationsByIds,
    private readonly organisationsUseCase: ListOrganisations,
    private readonly updateOrganisationContactUseCase: UpdateOrganisationContact,
    private readonly noteUserUseCase: NoteUser,
    private readonly userNamesUseCase: UserNames,
    private readonly providersUseCase: ListProviders,
    private readonly myOffersUseCase: MyOffers,
    private readonly acceptOfferUseCase: AcceptOffer,
    private readonly declineOfferUseCase: DeclineOffer,
    private readonly clearConflictCheckUseCase: ClearConflictCheck,
    private readonly referralUseCase: GetReferral,
    private readonly referralForRequestUseCase: ReferralForRequest,
    private readonly escalationQueueUseCase: EscalationQueue,
    private readonly assignReferralUseCase: AssignReferral,
    private readonly reassignReferralUseCase: ReassignReferral,
    private readonly myNotificationsUseCase: MyNotifications,
    private readonly notificationUseCase: GetNotification,
    private readonly markNotificationReadUseCase: MarkNotificationRead,
    private readonly updateOrganisationDirectoryUseCase: UpdateOrganisationDirectory,
    private readonly directoryOrganizationsUseCase: DirectoryOrganizations,
    private readonly directoryOrganizationUseCase: DirectoryOrganization,
    private readonly directoryServicesUseCase: DirectoryServices,
    private readonly directoryServiceUseCase: DirectoryService,
    private readonly directoryServiceAtLocationsUseCase: DirectoryServiceAtLocations,
    private readonly directoryExportUseCase: DirectoryExport,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @MessagePattern(NotificationRpc.myNotifications.subject)
  myNotifications(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(NotificationRpc.myNotifications, raw, ctx, this.logger, (req) => this.myNotificationsUseCase.execute(req));
  }

  @MessagePattern(NotificationRpc.getNotification.subject)
  notification(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(NotificationRpc.getNotification, raw, ctx, this.logger, (req) => this.notificationUseCase.execute(req));
  }

  @MessagePattern(NotificationRpc.markNotificationRead.subject)
  markNotificationRead(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(NotificationRpc.markNotificationRead, raw, ctx, this.logger, (req) => this.markNotificationReadUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.registerOrganisation.subject)
  registerOrganisation(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.registerOrganisation, raw, ctx, this.logger, (req) => this.registerOrganisationUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.organisation.subject)
  organisation(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.organisation, raw, ctx, this.logger, (req) => this.organisationUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.registerProvider.subject)
  registerProvider(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.registerProvider, raw, ctx, this.logger, (req) => this.registerProviderUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.updateProvider.subject)
  updateProvider(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.updateProvider, raw, ctx, this.logger, (req) => this.updateProviderUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.setProviderAvailability.subject)
  setProviderAvailability(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.setProviderAvailability, raw, ctx, this.logger, (req) => this.setProviderAvailabilityUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.suspendProvider.subject)
  suspendProvider(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.suspendProvider, raw, ctx, this.logger, (req) => this.suspendProviderUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.reinstateProvider.subject)
  reinstateProvider(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.reinstateProvider, raw, ctx, this.logger, (req) => this.reinstateProviderUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.providersByIds.subject)
  providersByIds(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.providersByIds, raw, ctx, this.logger, (req) => this.providersByIdsUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.noteUser.subject)
  noteUser(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.noteUser, raw, ctx, this.logger, (req) => this.noteUserUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.userNames.subject)
  userNames(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.userNames, raw, ctx, this.logger, (req) => this.userNamesUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.organisations.subject)
  organisations(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.organisations, raw, ctx, this.logger, (req) => this.organisationsUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.updateOrganisationContact.subject)
  updateOrganisationContact(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.updateOrganisationContact, raw, ctx, this.logger, (req) => this.updateOrganisationContactUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.organisationsByIds.subject)
  organisationsByIds(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.organisationsByIds, raw, ctx, this.logger, (req) => this.organisationsByIdsUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.referralsByIds.subject)
  referralsByIds(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.referralsByIds, raw, ctx, this.logger, (req) => this.referralUseCase.byIds(req));
  }

  @MessagePattern(MatchingRpc.appointedPerformer.subject)
  appointedPerformer(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.appointedPerformer, raw, ctx, this.logger, (req) => this.appointedPerformerUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.provider.subject)
  provider(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.provider, raw, ctx, this.logger, (req) => this.providerUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.providers.subject)
  providers(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.providers, raw, ctx, this.logger, (req) => this.providersUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.myOffers.subject)
  myOffers(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.myOffers, raw, ctx, this.logger, (req) => this.myOffersUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.acceptOffer.subject)
  acceptOffer(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.acceptOffer, raw, ctx, this.logger, (req) => this.acceptOfferUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.declineOffer.subject)
  declineOffer(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.declineOffer, raw, ctx, this.logger, (req) => this.declineOfferUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.clearConflictCheck.subject)
  clearConflictCheck(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.clearConflictCheck, raw, ctx, this.logger, (req) => this.clearConflictCheckUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.referral.subject)
  referral(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.referral, raw, ctx, this.logger, (req) => this.referralUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.referralForRequest.subject)
  referralForRequest(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.referralForRequest, raw, ctx, this.logger, (req) => this.referralForRequestUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.escalationQueue.subject)
  escalationQueue(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.escalationQueue, raw, ctx, this.logger, (req) => this.escalationQueueUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.assignReferral.subject)
  assignReferral(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.assignReferral, raw, ctx, this.logger, (req) => this.assignReferralUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.reassignReferral.subject)
  reassignReferral(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.reassignReferral, raw, ctx, this.logger, (req) => this.reassignReferralUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.updateOrganisationDirectory.subject)
  updateOrganisationDirectory(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.updateOrganisationDirectory, raw, ctx, this.logger, (req) => this.updateOrganisationDirectoryUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.directoryOrganizations.subject)
  directoryOrganizations(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.directoryOrganizations, raw, ctx, this.logger, (req) => this.directoryOrganizationsUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.directoryOrganization.subject)
  directoryOrganization(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.directoryOrganization, raw, ctx, this.logger, (req) => this.directoryOrganizationUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.directoryServices.subject)
  directoryServices(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.directoryServices, raw, ctx, this.logger, (req) => this.directoryServicesUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.directoryService.subject)
  directoryService(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.directoryService, raw, ctx, this.logger, (req) => this.directoryServiceUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.directoryServiceAtLocations.subject)
  directoryServiceAtLocations(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.directoryServiceAtLocations, raw, ctx, this.logger, (req) => this.directoryServiceAtLocationsUseCase.execute(req));
  }

  @MessagePattern(MatchingRpc.directoryExport.subject)
  directoryExport(@Payload() raw: unknown, @Ctx() ctx: NatsContext) {
    return answerRpc(MatchingRpc.directoryExport, raw, ctx, this.logger, (req) => this.directoryExportUseCase.execute(req));
  }
}
