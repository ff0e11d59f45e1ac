import { graphql } from '../gql';

/** Operations of the lawyers' screens (L1–L5): offers, caseload, case file, profile, live feed. */

export const LawyerLabelsQuery = graphql(`
  query LawyerLabels {
    referenceData {
      activityKind: enumLabels(enum: "ActivityKind") { values { code vi en } }
      caseState: enumLabels(enum: "CaseState") { values { code vi en } }
      closingOutcome: enumLabels(enum: "ClosingOutcome") { values { code vi en } }
      deadlineKind: enumLabels(enum: "DeadlineKind") { values { code vi en } }
      deadlineStatus: enumLabels(enum: "DeadlineStatus") { values { code vi en } }
      suspensionReason: enumLabels(enum: "SuspensionReason") { values { code vi en } }
      policyFeedbackTag: enumLabels(enum: "PolicyFeedbackTag") { values { code vi en } }
    }
  }
`);

export const MyOffersQuery = graphql(`
  query MyOffers($includeClosed: Boolean) {
    myOffers(first: 50, includeClosed: $includeClosed) {
      totalCount
      edges {
        node {
          id requestId referralId fieldOfLaw aidForm provinceCode communeCode language urgent round attempt status conflictCheck
          offeredAt expiresAt respondedAt declineReason hearingAt deadlineAt brief
          choice { rank score candidateCount reasons { factor points detail } }
        }
      }
    }
  }
`);

export const AcceptOfferMutation = graphql(`
  mutation AcceptOffer($offerId: ID!) {
    acceptOffer(offerId: $offerId) { referralId status assignedProviderId offer { id status } }
  }
`);

export const DeclineOfferMutation = graphql(`
  mutation DeclineOffer($input: DeclineOfferInput!) {
    declineOffer(input: $input) { referralId status offer { id status declineReason } }
  }
`);

export const ClearConflictMutation = graphql(`
  mutation ClearConflict($offerId: ID!) {
    clearConflictCheck(offerId: $offerId) { referralId status offer { id status conflictCheck } }
  }
`);

export const MyCasesQuery = graphql(`
  query MyCases($filter: CaseFilter) {
    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {
      edges {
        node {
          id state fieldOfLaw aidForm urgent custody openedAt closedAt activityHours overdue outcome
          nextDeadline { kind dueAt }
          deadlines { deadlineId kind status dueAt remindAt eventAt court satisfiedAt breachedAt }
        }
      }
    }
  }
`);

export const MyCaseCountsQuery = graphql(`
  query MyCaseCounts($filter: CaseFilter) {
    caseCounts(filter: $filter) { total overdue byState { key count } }
  }
`);

export const CaseFileQuery = graphql(`
  query CaseFile($id: ID!) {
    case(id: $id) {
      id version requestId state outcome urgent custody fieldOfLaw aidForm openedAt firstContactAt closedAt activityHours overdue redacted
      suspension { reason resumeOn since }
      closure { outcome summary totalHours policyFeedbackTag closedAt }
      activities { activityId kind performedAt recordedAt hours note authorName hearing { date court } }
      deadlines { deadlineId kind status dueAt remindAt remindedAt breachedAt satisfiedAt eventAt court }
      timeline { at type actorName state activityKind deadlineKind }
    }
  }
`);

export const ApplicantContactQuery = graphql(`
  query ApplicantContact($requestId: ID!) {
    applicantContact(requestId: $requestId) {
      requestId fullName phone email addressLine language needsInterpreter accessNeeds
      guardian { fullName phone }
      contactSafety { safeToCall safeToSms safeToZalo safeToEmail leaveMessages note }
    }
  }
`);

export const CaseUpdatedSubscription = graphql(`
  subscription CaseUpdated($id: ID!) {
    caseUpdated(id: $id) { caseId status event { id type occurredAt } }
  }
`);

export const RecordActivityMutation = graphql(`
  mutation RecordActivity($input: RecordCaseActivityInput!) {
    recordCaseActivity(input: $input) { caseId state version refId }
  }
`);

export const ScheduleDeadlineMutation = graphql(`
  mutation ScheduleDeadline($input: ScheduleCaseDeadlineInput!) {
    scheduleCaseDeadline(input: $input) { caseId state version refId }
  }
`);

export const CloseCaseMutation = graphql(`
  mutation CloseCase($input: CloseCaseInput!) {
    closeCase(input: $input) { caseId state version }
  }
`);

export const MyProfileQuery = graphql(`
  query MyProfile($id: ID!) {
    provider(id: $id) {
      id version displayName kind organisationId fieldsOfLaw aidForms languages capacity openCases available remoteAdvice status declaredConflictCount
      leave { from to }
      proBono { unit annualTarget }
      proBonoDelivered { year cases hours }
      organisation { name }
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProviderInput!) {
    updateProvider(input: $input) { id version capacity remoteAdvice declaredConflictCount }
  }
`);

export const SetLeaveMutation = graphql(`
  mutation SetLeave($input: SetProviderAvailabilityInput!) {
    setProviderAvailability(input: $input) { id version available leave { from to } }
  }
`);

export const PartyHashesQuery = graphql(`
  query PartyHashes($fullName: String!, $idNumber: String, $birthDate: String) {
    partyHashes(fullName: $fullName, idNumber: $idNumber, birthDate: $birthDate)
  }
`);

export const LawyerFeedSubscription = graphql(`
  subscription LawyerFeed {
    lawyerFeed { kind offerId requestId caseId deadline dueAt event { id type occurredAt } }
  }
`);

export const HoursSummaryQuery = graphql(`
  query HoursSummary($providerId: ID, $from: String!, $to: String!) {
    hoursSummary(providerId: $providerId, from: $from, to: $to) { from to hours activities cases byMonth { month hours activities cases } }
  }
`);
