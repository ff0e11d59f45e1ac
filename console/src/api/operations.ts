import { graphql } from '../gql';

/**
 * Every operation the console sends. Each is in the persisted-documents
 * manifest (dist/persisted-operations.json), which the gateway loads as its
 * allow-list in production.
 */
export const MeQuery = graphql(`
  query Me {
    me { id role organisationId providerId operations }
  }
`);

export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) { id name kind provinceCode contact { address phone email signatoryName signatoryTitle } }
  }
`);

export const ReferenceDataQuery = graphql(`
  query ReferenceData {
    referenceData {
      channels { code vi en }
      eligibilityGroups { code vi en }
      fieldsOfLaw { code vi en }
      aidForms { code vi en }
      urgencyReasons { code vi en }
      evidenceKinds { code vi en }
      rejectionGrounds { code vi en }
    }
  }
`);

export const UnitsQuery = graphql(`
  query Units($provinceCode: String) {
    referenceData { administrativeUnits(provinceCode: $provinceCode) { code level name parentCode } }
  }
`);

export const RuleSetsQuery = graphql(`
  query RuleSets {
    eligibilityRuleSets { id title effectiveFrom groups { group clause financialDifficulty evidence } }
  }
`);

export const RequestCountsQuery = graphql(`
  query RequestCounts($filter: RequestFilter) {
    requestCounts(filter: $filter) { total urgent possibleDuplicates byStatus { key count } byDownstreamStatus { key count } documentsDue { past dueSoon later } }
  }
`);

export const RequestQueueQuery = graphql(`
  query RequestQueue($first: Int, $after: String, $filter: RequestFilter, $orderBy: RequestOrder) {
    legalAidRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      edges {
        cursor
        node {
          id registerNumber receivedAt channel fieldOfLaw aidForm claimedEligibilityGroup provinceCode communeCode
          language needsInterpreter status downstreamStatus documentsDueAt possibleDuplicateOf
          urgency { urgent deadlineAt }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const FindByIdentityQuery = graphql(`
  query FindByIdentity($idNumber: String, $phone: String) {
    findRequestsByIdentity(idNumber: $idNumber, phone: $phone) { id status receivedAt registerNumber }
  }
`);

export const SubmitRequestMutation = graphql(`
  mutation SubmitRequest($input: SubmitLegalAidRequestInput!) {
    submitLegalAidRequest(input: $input) { requestId status possibleDuplicateOf }
  }
`);

export const RequestRecordQuery = graphql(`
  query RequestRecord($id: ID!) {
    legalAidRequest(id: $id) {
      id version status downstreamStatus registerNumber receivedAt acceptedAt channel fieldOfLaw aidForm
      claimedEligibilityGroup eligibilityGroup evidence ruleSetId provinceCode communeCode language needsInterpreter
      documentsRequested documentsDueAt possibleDuplicateOf withdrawnAt centreId
      urgency { urgent deadlineAt reasons }
      rejection { ground note rejectedAt basis { vi en } }
      consent { givenBy method purposes recordedAt }
      timeline { at status }
      referral {
        id status round createdAt assignedAt assignedProviderId
        escalation { escalatedAt reason target organisationId }
        offers { id providerId organisationId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }
        rankings { round rankedAt considered candidateCount candidates { providerId rank score reasons { factor points detail } provider { displayName } } excludedByReason { reason count } }
      }
    }
  }
`);

export const RequestApplicantQuery = graphql(`
  query RequestApplicant($id: ID!) {
    legalAidRequest(id: $id) {
      id version
      applicant {
        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds
        address { provinceCode communeCode line }
        guardian { fullName relationship phone }
        contactSafety { safeToCall safeToSms safeToEmail safeToZalo leaveMessages safeTimes { from to } note }
      }
    }
  }
`);

export const RequestDetailsQuery = graphql(`
  query RequestDetails($requestId: ID!) {
    legalAidRequestDetails(requestId: $requestId) { summary opposingParties { fullName } attachedDocuments { kind title } referralOfficer { officer officerPhone documentNumber } }
  }
`);

export const AccessLogQuery = graphql(`
  query AccessLog($requestId: ID) {
    personalDataAccessLog(requestId: $requestId, first: 50) { edges { node { accessId accessedAt actorId actorName actorRole purpose fields } } }
  }
`);

export const AcceptRequestMutation = graphql(`
  mutation AcceptRequest($input: AcceptLegalAidRequestInput!) {
    acceptLegalAidRequest(input: $input) { requestId status registerNumber version }
  }
`);

export const RejectRequestMutation = graphql(`
  mutation RejectRequest($input: RejectLegalAidRequestInput!) {
    rejectLegalAidRequest(input: $input) { requestId status version }
  }
`);

export const RequestDocumentsMutation = graphql(`
  mutation RequestDocuments($input: RequestDocumentsInput!) {
    requestDocuments(input: $input) { requestId status documentsDueAt version }
  }
`);

export const CompleteDocumentsMutation = graphql(`
  mutation CompleteDocuments($input: CompleteDocumentsInput!) {
    completeDocuments(input: $input) { requestId status version }
  }
`);

export const RequestUpdatedSubscription = graphql(`
  subscription RequestUpdated($id: ID!) {
    legalAidRequestUpdated(id: $id) { requestId event { id type occurredAt } }
  }
`);

export const SubmitFeedbackMutation = graphql(`
  mutation SubmitFeedback($input: SubmitFeedbackInput!) {
    submitFeedback(input: $input) { feedbackId complaintFiled }
  }
`);

export const EscalationQueueQuery = graphql(`
  query EscalationQueue($organisationId: ID!) {
    escalationQueue(organisationId: $organisationId, first: 1) { totalCount }
  }
`);

export const LabelsQuery = graphql(`
  query Labels {
    referenceData {
      eventTypes { code vi en }
      referralStatus: enumLabels(enum: "ReferralStatus") { values { code vi en } }
      offerStatus: enumLabels(enum: "OfferStatus") { values { code vi en } }
      scoreFactor: enumLabels(enum: "ScoreFactor") { values { code vi en } }
      exclusionReason: enumLabels(enum: "ExclusionReason") { values { code vi en } }
      declineReason: enumLabels(enum: "DeclineReason") { values { code vi en } }
      escalationReason: enumLabels(enum: "EscalationReason") { values { code vi en } }
      accessPurpose: enumLabels(enum: "AccessPurpose") { values { code vi en } }
    }
  }
`);

export const StatisticsQuery = graphql(`
  query Statistics($input: StatisticsInput!) {
    statistics(input: $input) {
      from to groupBy threshold
      rows { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }
      total { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }
    }
  }
`);

export const ProvidersQuery = graphql(`
  query Providers($filter: ProviderFilter, $after: String) {
    providers(first: 50, after: $after, filter: $filter) {
      edges { node { id version displayName kind organisationId organisation { name } fieldsOfLaw capacity openCases available status } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const UpdateProviderCapacityMutation = graphql(`
  mutation UpdateProviderCapacity($input: UpdateProviderInput!) {
    updateProvider(input: $input) { id version capacity }
  }
`);

export const SetAvailabilityMutation = graphql(`
  mutation SetAvailability($input: SetProviderAvailabilityInput!) {
    setProviderAvailability(input: $input) { id version available }
  }
`);
