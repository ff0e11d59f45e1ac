/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me { id role organisationId providerId operations }\n  }\n": typeof types.MeDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) { id name kind provinceCode contact { address phone email signatoryName signatoryTitle } }\n  }\n": typeof types.OrganisationDocument,
    "\n  query ReferenceData {\n    referenceData {\n      channels { code vi en }\n      eligibilityGroups { code vi en }\n      fieldsOfLaw { code vi en }\n      aidForms { code vi en }\n      urgencyReasons { code vi en }\n      evidenceKinds { code vi en }\n      rejectionGrounds { code vi en }\n    }\n  }\n": typeof types.ReferenceDataDocument,
    "\n  query Units($provinceCode: String) {\n    referenceData { administrativeUnits(provinceCode: $provinceCode) { code level name parentCode } }\n  }\n": typeof types.UnitsDocument,
    "\n  query RuleSets {\n    eligibilityRuleSets { id title effectiveFrom groups { group clause financialDifficulty evidence } }\n  }\n": typeof types.RuleSetsDocument,
    "\n  query RequestCounts($filter: RequestFilter) {\n    requestCounts(filter: $filter) { total urgent possibleDuplicates byStatus { key count } byDownstreamStatus { key count } documentsDue { past dueSoon later } }\n  }\n": typeof types.RequestCountsDocument,
    "\n  query RequestQueue($first: Int, $after: String, $filter: RequestFilter, $orderBy: RequestOrder) {\n    legalAidRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id registerNumber receivedAt channel fieldOfLaw aidForm claimedEligibilityGroup provinceCode communeCode\n          language needsInterpreter status downstreamStatus documentsDueAt possibleDuplicateOf\n          urgency { urgent deadlineAt }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.RequestQueueDocument,
    "\n  query FindByIdentity($idNumber: String, $phone: String) {\n    findRequestsByIdentity(idNumber: $idNumber, phone: $phone) { id status receivedAt registerNumber }\n  }\n": typeof types.FindByIdentityDocument,
    "\n  mutation SubmitRequest($input: SubmitLegalAidRequestInput!) {\n    submitLegalAidRequest(input: $input) { requestId status possibleDuplicateOf }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  query RequestRecord($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version status downstreamStatus registerNumber receivedAt acceptedAt channel fieldOfLaw aidForm\n      claimedEligibilityGroup eligibilityGroup evidence ruleSetId provinceCode communeCode language needsInterpreter\n      documentsRequested documentsDueAt possibleDuplicateOf withdrawnAt centreId\n      urgency { urgent deadlineAt reasons }\n      rejection { ground note rejectedAt basis { vi en } }\n      consent { givenBy method purposes recordedAt }\n      timeline { at status }\n      referral {\n        id status round createdAt assignedAt assignedProviderId\n        escalation { escalatedAt reason target organisationId }\n        offers { id providerId organisationId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n        rankings { round rankedAt considered candidateCount candidates { providerId rank score reasons { factor points detail } provider { displayName } } excludedByReason { reason count } }\n      }\n    }\n  }\n": typeof types.RequestRecordDocument,
    "\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n      }\n    }\n  }\n": typeof types.RequestApplicantDocument,
    "\n  query RequestDetails($requestId: ID!) {\n    legalAidRequestDetails(requestId: $requestId) { summary opposingParties { fullName } attachedDocuments { kind title } referralOfficer { officer officerPhone documentNumber } }\n  }\n": typeof types.RequestDetailsDocument,
    "\n  query AccessLog($requestId: ID) {\n    personalDataAccessLog(requestId: $requestId, first: 50) { edges { node { accessId accessedAt actorId actorName actorRole purpose fields } } }\n  }\n": typeof types.AccessLogDocument,
    "\n  mutation AcceptRequest($input: AcceptLegalAidRequestInput!) {\n    acceptLegalAidRequest(input: $input) { requestId status registerNumber version }\n  }\n": typeof types.AcceptRequestDocument,
    "\n  mutation RejectRequest($input: RejectLegalAidRequestInput!) {\n    rejectLegalAidRequest(input: $input) { requestId status version }\n  }\n": typeof types.RejectRequestDocument,
    "\n  mutation RequestDocuments($input: RequestDocumentsInput!) {\n    requestDocuments(input: $input) { requestId status documentsDueAt version }\n  }\n": typeof types.RequestDocumentsDocument,
    "\n  mutation CompleteDocuments($input: CompleteDocumentsInput!) {\n    completeDocuments(input: $input) { requestId status version }\n  }\n": typeof types.CompleteDocumentsDocument,
    "\n  subscription RequestUpdated($id: ID!) {\n    legalAidRequestUpdated(id: $id) { requestId event { id type occurredAt } }\n  }\n": typeof types.RequestUpdatedDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { feedbackId complaintFiled }\n  }\n": typeof types.SubmitFeedbackDocument,
    "\n  query EscalationQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 1) { totalCount }\n  }\n": typeof types.EscalationQueueDocument,
    "\n  query Labels {\n    referenceData {\n      eventTypes { code vi en }\n      referralStatus: enumLabels(enum: \"ReferralStatus\") { values { code vi en } }\n      offerStatus: enumLabels(enum: \"OfferStatus\") { values { code vi en } }\n      scoreFactor: enumLabels(enum: \"ScoreFactor\") { values { code vi en } }\n      exclusionReason: enumLabels(enum: \"ExclusionReason\") { values { code vi en } }\n      declineReason: enumLabels(enum: \"DeclineReason\") { values { code vi en } }\n      escalationReason: enumLabels(enum: \"EscalationReason\") { values { code vi en } }\n      accessPurpose: enumLabels(enum: \"AccessPurpose\") { values { code vi en } }\n    }\n  }\n": typeof types.LabelsDocument,
    "\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from to groupBy threshold\n      rows { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n      total { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n    }\n  }\n": typeof types.StatisticsDocument,
    "\n  query Providers($filter: ProviderFilter, $after: String) {\n    providers(first: 50, after: $after, filter: $filter) {\n      edges { node { id version displayName kind organisationId organisation { name } fieldsOfLaw capacity openCases available status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ProvidersDocument,
    "\n  mutation UpdateProviderCapacity($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity }\n  }\n": typeof types.UpdateProviderCapacityDocument,
    "\n  mutation SetAvailability($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available }\n  }\n": typeof types.SetAvailabilityDocument,
    "\n  query Trail($requestId: ID, $caseId: ID) {\n    auditTrail(requestId: $requestId, caseId: $caseId) {\n      format exportedAt\n      subject { requestIds caseIds }\n      entries { sequence eventId type occurredAt actor { id role organisationId providerId } payload payloadHash prevHash hash canonical inTrail }\n      checkpoint { sequence hash signedAt keyId algorithm message signature }\n      document\n    }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem } }\n  }\n": typeof types.TrailDocument,
    "\n  query Ledger($from: Int, $to: Int) {\n    verifyAuditLedger(fromSequence: $from, toSequence: $to) { ok fromSequence toSequence checkedEntries checkpointsChecked firstBroken { sequence reason detail } }\n    checkpoints(first: 10) { edges { node { sequence hash signedAt keyId algorithm message signature } } }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem firstSeenAt } keys { keyId current firstSeenAt } }\n  }\n": typeof types.LedgerDocument,
    "\n  mutation CreateCheckpoint {\n    createCheckpoint { sequence hash signedAt keyId }\n  }\n": typeof types.CreateCheckpointDocument,
    "\n  query SupervisionPlans($first: Int, $after: String) {\n    supervisionPlans(first: $first, after: $after) {\n      edges { node { planId title status createdAt scope { periodFrom periodTo provinceCodes organisationIds } sample { size seed } findings { findingId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SupervisionPlansDocument,
    "\n  query SupervisionPlan($planId: ID!) {\n    supervisionPlans(first: 1, planId: $planId) {\n      edges { node {\n        planId title status createdAt version\n        scope { periodFrom periodTo provinceCodes organisationIds }\n        sample { seed size population populationHash caseIds drawnAt cases { id organisationId fieldOfLaw aidForm state outcome closedAt } }\n        findings { findingId caseId category severity note recordedAt }\n      } }\n    }\n    recommendations(first: 50, filter: { planId: $planId }) {\n      edges { node { recommendationId organisationId findingIds text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n": typeof types.SupervisionPlanDocument,
    "\n  mutation CreatePlan($input: CreateSupervisionPlanInput!) {\n    createSupervisionPlan(input: $input) { planId }\n  }\n": typeof types.CreatePlanDocument,
    "\n  mutation DrawSample($input: DrawSupervisionSampleInput!) {\n    drawSupervisionSample(input: $input) { planId sample { seed size population populationHash caseIds drawnAt } }\n  }\n": typeof types.DrawSampleDocument,
    "\n  mutation RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) { findingId }\n  }\n": typeof types.RecordFindingDocument,
    "\n  mutation IssueRecommendation($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) { recommendationId responseDueAt status }\n  }\n": typeof types.IssueRecommendationDocument,
    "\n  query RecommendationTracker($status: RecommendationStatus) {\n    recommendations(first: 50, filter: { status: $status }) {\n      totalCount\n      edges { node { recommendationId planId organisationId text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n": typeof types.RecommendationTrackerDocument,
    "\n  mutation FollowUpRecommendation($input: FollowUpRecommendationInput!) {\n    followUpRecommendation(input: $input) { recommendationId status responseDueAt version }\n  }\n": typeof types.FollowUpRecommendationDocument,
    "\n  query OrganisationPicker {\n    organisations(first: 100) { edges { node { id name kind provinceCode } } }\n  }\n": typeof types.OrganisationPickerDocument,
    "\n  query AccessAudit($filter: AccessLogFilter, $requestId: ID, $after: String) {\n    personalDataAccessLog(first: 50, after: $after, requestId: $requestId, filter: $filter) {\n      edges { node { accessId requestId accessedAt actorId actorName actorRole purpose fields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.AccessAuditDocument,
    "\n  query CitizenFeedback($filter: FeedbackResponseFilter, $after: String) {\n    feedbackResponses(first: 50, after: $after, filter: $filter) {\n      edges { node { feedbackId caseId requestId organisationId rating answers { lawyerReachable outcomeExplained paymentRequested } comment language receivedAt complaintFiled organisation { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    complaints(first: 20) {\n      edges { node { complaintId caseId organisationId kinds text rating language filedAt organisation { id name } } }\n    }\n  }\n": typeof types.CitizenFeedbackDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id role organisationId providerId operations }\n  }\n": types.MeDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) { id name kind provinceCode contact { address phone email signatoryName signatoryTitle } }\n  }\n": types.OrganisationDocument,
    "\n  query ReferenceData {\n    referenceData {\n      channels { code vi en }\n      eligibilityGroups { code vi en }\n      fieldsOfLaw { code vi en }\n      aidForms { code vi en }\n      urgencyReasons { code vi en }\n      evidenceKinds { code vi en }\n      rejectionGrounds { code vi en }\n    }\n  }\n": types.ReferenceDataDocument,
    "\n  query Units($provinceCode: String) {\n    referenceData { administrativeUnits(provinceCode: $provinceCode) { code level name parentCode } }\n  }\n": types.UnitsDocument,
    "\n  query RuleSets {\n    eligibilityRuleSets { id title effectiveFrom groups { group clause financialDifficulty evidence } }\n  }\n": types.RuleSetsDocument,
    "\n  query RequestCounts($filter: RequestFilter) {\n    requestCounts(filter: $filter) { total urgent possibleDuplicates byStatus { key count } byDownstreamStatus { key count } documentsDue { past dueSoon later } }\n  }\n": types.RequestCountsDocument,
    "\n  query RequestQueue($first: Int, $after: String, $filter: RequestFilter, $orderBy: RequestOrder) {\n    legalAidRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id registerNumber receivedAt channel fieldOfLaw aidForm claimedEligibilityGroup provinceCode communeCode\n          language needsInterpreter status downstreamStatus documentsDueAt possibleDuplicateOf\n          urgency { urgent deadlineAt }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.RequestQueueDocument,
    "\n  query FindByIdentity($idNumber: String, $phone: String) {\n    findRequestsByIdentity(idNumber: $idNumber, phone: $phone) { id status receivedAt registerNumber }\n  }\n": types.FindByIdentityDocument,
    "\n  mutation SubmitRequest($input: SubmitLegalAidRequestInput!) {\n    submitLegalAidRequest(input: $input) { requestId status possibleDuplicateOf }\n  }\n": types.SubmitRequestDocument,
    "\n  query RequestRecord($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version status downstreamStatus registerNumber receivedAt acceptedAt channel fieldOfLaw aidForm\n      claimedEligibilityGroup eligibilityGroup evidence ruleSetId provinceCode communeCode language needsInterpreter\n      documentsRequested documentsDueAt possibleDuplicateOf withdrawnAt centreId\n      urgency { urgent deadlineAt reasons }\n      rejection { ground note rejectedAt basis { vi en } }\n      consent { givenBy method purposes recordedAt }\n      timeline { at status }\n      referral {\n        id status round createdAt assignedAt assignedProviderId\n        escalation { escalatedAt reason target organisationId }\n        offers { id providerId organisationId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n        rankings { round rankedAt considered candidateCount candidates { providerId rank score reasons { factor points detail } provider { displayName } } excludedByReason { reason count } }\n      }\n    }\n  }\n": types.RequestRecordDocument,
    "\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n      }\n    }\n  }\n": types.RequestApplicantDocument,
    "\n  query RequestDetails($requestId: ID!) {\n    legalAidRequestDetails(requestId: $requestId) { summary opposingParties { fullName } attachedDocuments { kind title } referralOfficer { officer officerPhone documentNumber } }\n  }\n": types.RequestDetailsDocument,
    "\n  query AccessLog($requestId: ID) {\n    personalDataAccessLog(requestId: $requestId, first: 50) { edges { node { accessId accessedAt actorId actorName actorRole purpose fields } } }\n  }\n": types.AccessLogDocument,
    "\n  mutation AcceptRequest($input: AcceptLegalAidRequestInput!) {\n    acceptLegalAidRequest(input: $input) { requestId status registerNumber version }\n  }\n": types.AcceptRequestDocument,
    "\n  mutation RejectRequest($input: RejectLegalAidRequestInput!) {\n    rejectLegalAidRequest(input: $input) { requestId status version }\n  }\n": types.RejectRequestDocument,
    "\n  mutation RequestDocuments($input: RequestDocumentsInput!) {\n    requestDocuments(input: $input) { requestId status documentsDueAt version }\n  }\n": types.RequestDocumentsDocument,
    "\n  mutation CompleteDocuments($input: CompleteDocumentsInput!) {\n    completeDocuments(input: $input) { requestId status version }\n  }\n": types.CompleteDocumentsDocument,
    "\n  subscription RequestUpdated($id: ID!) {\n    legalAidRequestUpdated(id: $id) { requestId event { id type occurredAt } }\n  }\n": types.RequestUpdatedDocument,
    "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { feedbackId complaintFiled }\n  }\n": types.SubmitFeedbackDocument,
    "\n  query EscalationQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 1) { totalCount }\n  }\n": types.EscalationQueueDocument,
    "\n  query Labels {\n    referenceData {\n      eventTypes { code vi en }\n      referralStatus: enumLabels(enum: \"ReferralStatus\") { values { code vi en } }\n      offerStatus: enumLabels(enum: \"OfferStatus\") { values { code vi en } }\n      scoreFactor: enumLabels(enum: \"ScoreFactor\") { values { code vi en } }\n      exclusionReason: enumLabels(enum: \"ExclusionReason\") { values { code vi en } }\n      declineReason: enumLabels(enum: \"DeclineReason\") { values { code vi en } }\n      escalationReason: enumLabels(enum: \"EscalationReason\") { values { code vi en } }\n      accessPurpose: enumLabels(enum: \"AccessPurpose\") { values { code vi en } }\n    }\n  }\n": types.LabelsDocument,
    "\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from to groupBy threshold\n      rows { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n      total { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n    }\n  }\n": types.StatisticsDocument,
    "\n  query Providers($filter: ProviderFilter, $after: String) {\n    providers(first: 50, after: $after, filter: $filter) {\n      edges { node { id version displayName kind organisationId organisation { name } fieldsOfLaw capacity openCases available status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ProvidersDocument,
    "\n  mutation UpdateProviderCapacity($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity }\n  }\n": types.UpdateProviderCapacityDocument,
    "\n  mutation SetAvailability($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available }\n  }\n": types.SetAvailabilityDocument,
    "\n  query Trail($requestId: ID, $caseId: ID) {\n    auditTrail(requestId: $requestId, caseId: $caseId) {\n      format exportedAt\n      subject { requestIds caseIds }\n      entries { sequence eventId type occurredAt actor { id role organisationId providerId } payload payloadHash prevHash hash canonical inTrail }\n      checkpoint { sequence hash signedAt keyId algorithm message signature }\n      document\n    }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem } }\n  }\n": types.TrailDocument,
    "\n  query Ledger($from: Int, $to: Int) {\n    verifyAuditLedger(fromSequence: $from, toSequence: $to) { ok fromSequence toSequence checkedEntries checkpointsChecked firstBroken { sequence reason detail } }\n    checkpoints(first: 10) { edges { node { sequence hash signedAt keyId algorithm message signature } } }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem firstSeenAt } keys { keyId current firstSeenAt } }\n  }\n": types.LedgerDocument,
    "\n  mutation CreateCheckpoint {\n    createCheckpoint { sequence hash signedAt keyId }\n  }\n": types.CreateCheckpointDocument,
    "\n  query SupervisionPlans($first: Int, $after: String) {\n    supervisionPlans(first: $first, after: $after) {\n      edges { node { planId title status createdAt scope { periodFrom periodTo provinceCodes organisationIds } sample { size seed } findings { findingId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SupervisionPlansDocument,
    "\n  query SupervisionPlan($planId: ID!) {\n    supervisionPlans(first: 1, planId: $planId) {\n      edges { node {\n        planId title status createdAt version\n        scope { periodFrom periodTo provinceCodes organisationIds }\n        sample { seed size population populationHash caseIds drawnAt cases { id organisationId fieldOfLaw aidForm state outcome closedAt } }\n        findings { findingId caseId category severity note recordedAt }\n      } }\n    }\n    recommendations(first: 50, filter: { planId: $planId }) {\n      edges { node { recommendationId organisationId findingIds text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n": types.SupervisionPlanDocument,
    "\n  mutation CreatePlan($input: CreateSupervisionPlanInput!) {\n    createSupervisionPlan(input: $input) { planId }\n  }\n": types.CreatePlanDocument,
    "\n  mutation DrawSample($input: DrawSupervisionSampleInput!) {\n    drawSupervisionSample(input: $input) { planId sample { seed size population populationHash caseIds drawnAt } }\n  }\n": types.DrawSampleDocument,
    "\n  mutation RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) { findingId }\n  }\n": types.RecordFindingDocument,
    "\n  mutation IssueRecommendation($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) { recommendationId responseDueAt status }\n  }\n": types.IssueRecommendationDocument,
    "\n  query RecommendationTracker($status: RecommendationStatus) {\n    recommendations(first: 50, filter: { status: $status }) {\n      totalCount\n      edges { node { recommendationId planId organisationId text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n": types.RecommendationTrackerDocument,
    "\n  mutation FollowUpRecommendation($input: FollowUpRecommendationInput!) {\n    followUpRecommendation(input: $input) { recommendationId status responseDueAt version }\n  }\n": types.FollowUpRecommendationDocument,
    "\n  query OrganisationPicker {\n    organisations(first: 100) { edges { node { id name kind provinceCode } } }\n  }\n": types.OrganisationPickerDocument,
    "\n  query AccessAudit($filter: AccessLogFilter, $requestId: ID, $after: String) {\n    personalDataAccessLog(first: 50, after: $after, requestId: $requestId, filter: $filter) {\n      edges { node { accessId requestId accessedAt actorId actorName actorRole purpose fields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.AccessAuditDocument,
    "\n  query CitizenFeedback($filter: FeedbackResponseFilter, $after: String) {\n    feedbackResponses(first: 50, after: $after, filter: $filter) {\n      edges { node { feedbackId caseId requestId organisationId rating answers { lawyerReachable outcomeExplained paymentRequested } comment language receivedAt complaintFiled organisation { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    complaints(first: 20) {\n      edges { node { complaintId caseId organisationId kinds text rating language filedAt organisation { id name } } }\n    }\n  }\n": types.CitizenFeedbackDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id role organisationId providerId operations }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id role organisationId providerId operations }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) { id name kind provinceCode contact { address phone email signatoryName signatoryTitle } }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) { id name kind provinceCode contact { address phone email signatoryName signatoryTitle } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferenceData {\n    referenceData {\n      channels { code vi en }\n      eligibilityGroups { code vi en }\n      fieldsOfLaw { code vi en }\n      aidForms { code vi en }\n      urgencyReasons { code vi en }\n      evidenceKinds { code vi en }\n      rejectionGrounds { code vi en }\n    }\n  }\n"): (typeof documents)["\n  query ReferenceData {\n    referenceData {\n      channels { code vi en }\n      eligibilityGroups { code vi en }\n      fieldsOfLaw { code vi en }\n      aidForms { code vi en }\n      urgencyReasons { code vi en }\n      evidenceKinds { code vi en }\n      rejectionGrounds { code vi en }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($provinceCode: String) {\n    referenceData { administrativeUnits(provinceCode: $provinceCode) { code level name parentCode } }\n  }\n"): (typeof documents)["\n  query Units($provinceCode: String) {\n    referenceData { administrativeUnits(provinceCode: $provinceCode) { code level name parentCode } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSets {\n    eligibilityRuleSets { id title effectiveFrom groups { group clause financialDifficulty evidence } }\n  }\n"): (typeof documents)["\n  query RuleSets {\n    eligibilityRuleSets { id title effectiveFrom groups { group clause financialDifficulty evidence } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestCounts($filter: RequestFilter) {\n    requestCounts(filter: $filter) { total urgent possibleDuplicates byStatus { key count } byDownstreamStatus { key count } documentsDue { past dueSoon later } }\n  }\n"): (typeof documents)["\n  query RequestCounts($filter: RequestFilter) {\n    requestCounts(filter: $filter) { total urgent possibleDuplicates byStatus { key count } byDownstreamStatus { key count } documentsDue { past dueSoon later } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestQueue($first: Int, $after: String, $filter: RequestFilter, $orderBy: RequestOrder) {\n    legalAidRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id registerNumber receivedAt channel fieldOfLaw aidForm claimedEligibilityGroup provinceCode communeCode\n          language needsInterpreter status downstreamStatus documentsDueAt possibleDuplicateOf\n          urgency { urgent deadlineAt }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query RequestQueue($first: Int, $after: String, $filter: RequestFilter, $orderBy: RequestOrder) {\n    legalAidRequests(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      edges {\n        cursor\n        node {\n          id registerNumber receivedAt channel fieldOfLaw aidForm claimedEligibilityGroup provinceCode communeCode\n          language needsInterpreter status downstreamStatus documentsDueAt possibleDuplicateOf\n          urgency { urgent deadlineAt }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindByIdentity($idNumber: String, $phone: String) {\n    findRequestsByIdentity(idNumber: $idNumber, phone: $phone) { id status receivedAt registerNumber }\n  }\n"): (typeof documents)["\n  query FindByIdentity($idNumber: String, $phone: String) {\n    findRequestsByIdentity(idNumber: $idNumber, phone: $phone) { id status receivedAt registerNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: SubmitLegalAidRequestInput!) {\n    submitLegalAidRequest(input: $input) { requestId status possibleDuplicateOf }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($input: SubmitLegalAidRequestInput!) {\n    submitLegalAidRequest(input: $input) { requestId status possibleDuplicateOf }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestRecord($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version status downstreamStatus registerNumber receivedAt acceptedAt channel fieldOfLaw aidForm\n      claimedEligibilityGroup eligibilityGroup evidence ruleSetId provinceCode communeCode language needsInterpreter\n      documentsRequested documentsDueAt possibleDuplicateOf withdrawnAt centreId\n      urgency { urgent deadlineAt reasons }\n      rejection { ground note rejectedAt basis { vi en } }\n      consent { givenBy method purposes recordedAt }\n      timeline { at status }\n      referral {\n        id status round createdAt assignedAt assignedProviderId\n        escalation { escalatedAt reason target organisationId }\n        offers { id providerId organisationId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n        rankings { round rankedAt considered candidateCount candidates { providerId rank score reasons { factor points detail } provider { displayName } } excludedByReason { reason count } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestRecord($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version status downstreamStatus registerNumber receivedAt acceptedAt channel fieldOfLaw aidForm\n      claimedEligibilityGroup eligibilityGroup evidence ruleSetId provinceCode communeCode language needsInterpreter\n      documentsRequested documentsDueAt possibleDuplicateOf withdrawnAt centreId\n      urgency { urgent deadlineAt reasons }\n      rejection { ground note rejectedAt basis { vi en } }\n      consent { givenBy method purposes recordedAt }\n      timeline { at status }\n      referral {\n        id status round createdAt assignedAt assignedProviderId\n        escalation { escalatedAt reason target organisationId }\n        offers { id providerId organisationId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n        rankings { round rankedAt considered candidateCount candidates { providerId rank score reasons { factor points detail } provider { displayName } } excludedByReason { reason count } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetails($requestId: ID!) {\n    legalAidRequestDetails(requestId: $requestId) { summary opposingParties { fullName } attachedDocuments { kind title } referralOfficer { officer officerPhone documentNumber } }\n  }\n"): (typeof documents)["\n  query RequestDetails($requestId: ID!) {\n    legalAidRequestDetails(requestId: $requestId) { summary opposingParties { fullName } attachedDocuments { kind title } referralOfficer { officer officerPhone documentNumber } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog($requestId: ID) {\n    personalDataAccessLog(requestId: $requestId, first: 50) { edges { node { accessId accessedAt actorId actorName actorRole purpose fields } } }\n  }\n"): (typeof documents)["\n  query AccessLog($requestId: ID) {\n    personalDataAccessLog(requestId: $requestId, first: 50) { edges { node { accessId accessedAt actorId actorName actorRole purpose fields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptRequest($input: AcceptLegalAidRequestInput!) {\n    acceptLegalAidRequest(input: $input) { requestId status registerNumber version }\n  }\n"): (typeof documents)["\n  mutation AcceptRequest($input: AcceptLegalAidRequestInput!) {\n    acceptLegalAidRequest(input: $input) { requestId status registerNumber version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectRequest($input: RejectLegalAidRequestInput!) {\n    rejectLegalAidRequest(input: $input) { requestId status version }\n  }\n"): (typeof documents)["\n  mutation RejectRequest($input: RejectLegalAidRequestInput!) {\n    rejectLegalAidRequest(input: $input) { requestId status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDocuments($input: RequestDocumentsInput!) {\n    requestDocuments(input: $input) { requestId status documentsDueAt version }\n  }\n"): (typeof documents)["\n  mutation RequestDocuments($input: RequestDocumentsInput!) {\n    requestDocuments(input: $input) { requestId status documentsDueAt version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteDocuments($input: CompleteDocumentsInput!) {\n    completeDocuments(input: $input) { requestId status version }\n  }\n"): (typeof documents)["\n  mutation CompleteDocuments($input: CompleteDocumentsInput!) {\n    completeDocuments(input: $input) { requestId status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestUpdated($id: ID!) {\n    legalAidRequestUpdated(id: $id) { requestId event { id type occurredAt } }\n  }\n"): (typeof documents)["\n  subscription RequestUpdated($id: ID!) {\n    legalAidRequestUpdated(id: $id) { requestId event { id type occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { feedbackId complaintFiled }\n  }\n"): (typeof documents)["\n  mutation SubmitFeedback($input: SubmitFeedbackInput!) {\n    submitFeedback(input: $input) { feedbackId complaintFiled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query EscalationQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Labels {\n    referenceData {\n      eventTypes { code vi en }\n      referralStatus: enumLabels(enum: \"ReferralStatus\") { values { code vi en } }\n      offerStatus: enumLabels(enum: \"OfferStatus\") { values { code vi en } }\n      scoreFactor: enumLabels(enum: \"ScoreFactor\") { values { code vi en } }\n      exclusionReason: enumLabels(enum: \"ExclusionReason\") { values { code vi en } }\n      declineReason: enumLabels(enum: \"DeclineReason\") { values { code vi en } }\n      escalationReason: enumLabels(enum: \"EscalationReason\") { values { code vi en } }\n      accessPurpose: enumLabels(enum: \"AccessPurpose\") { values { code vi en } }\n    }\n  }\n"): (typeof documents)["\n  query Labels {\n    referenceData {\n      eventTypes { code vi en }\n      referralStatus: enumLabels(enum: \"ReferralStatus\") { values { code vi en } }\n      offerStatus: enumLabels(enum: \"OfferStatus\") { values { code vi en } }\n      scoreFactor: enumLabels(enum: \"ScoreFactor\") { values { code vi en } }\n      exclusionReason: enumLabels(enum: \"ExclusionReason\") { values { code vi en } }\n      declineReason: enumLabels(enum: \"DeclineReason\") { values { code vi en } }\n      escalationReason: enumLabels(enum: \"EscalationReason\") { values { code vi en } }\n      accessPurpose: enumLabels(enum: \"AccessPurpose\") { values { code vi en } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from to groupBy threshold\n      rows { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n      total { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n    }\n  }\n"): (typeof documents)["\n  query Statistics($input: StatisticsInput!) {\n    statistics(input: $input) {\n      from to groupBy threshold\n      rows { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n      total { key suppressed requests accepted rejected medianHoursToAssignment medianHoursToFirstContact deadlineBreaches }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers($filter: ProviderFilter, $after: String) {\n    providers(first: 50, after: $after, filter: $filter) {\n      edges { node { id version displayName kind organisationId organisation { name } fieldsOfLaw capacity openCases available status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Providers($filter: ProviderFilter, $after: String) {\n    providers(first: 50, after: $after, filter: $filter) {\n      edges { node { id version displayName kind organisationId organisation { name } fieldsOfLaw capacity openCases available status } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProviderCapacity($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity }\n  }\n"): (typeof documents)["\n  mutation UpdateProviderCapacity($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvailability($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available }\n  }\n"): (typeof documents)["\n  mutation SetAvailability($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trail($requestId: ID, $caseId: ID) {\n    auditTrail(requestId: $requestId, caseId: $caseId) {\n      format exportedAt\n      subject { requestIds caseIds }\n      entries { sequence eventId type occurredAt actor { id role organisationId providerId } payload payloadHash prevHash hash canonical inTrail }\n      checkpoint { sequence hash signedAt keyId algorithm message signature }\n      document\n    }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem } }\n  }\n"): (typeof documents)["\n  query Trail($requestId: ID, $caseId: ID) {\n    auditTrail(requestId: $requestId, caseId: $caseId) {\n      format exportedAt\n      subject { requestIds caseIds }\n      entries { sequence eventId type occurredAt actor { id role organisationId providerId } payload payloadHash prevHash hash canonical inTrail }\n      checkpoint { sequence hash signedAt keyId algorithm message signature }\n      document\n    }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ledger($from: Int, $to: Int) {\n    verifyAuditLedger(fromSequence: $from, toSequence: $to) { ok fromSequence toSequence checkedEntries checkpointsChecked firstBroken { sequence reason detail } }\n    checkpoints(first: 10) { edges { node { sequence hash signedAt keyId algorithm message signature } } }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem firstSeenAt } keys { keyId current firstSeenAt } }\n  }\n"): (typeof documents)["\n  query Ledger($from: Int, $to: Int) {\n    verifyAuditLedger(fromSequence: $from, toSequence: $to) { ok fromSequence toSequence checkedEntries checkpointsChecked firstBroken { sequence reason detail } }\n    checkpoints(first: 10) { edges { node { sequence hash signedAt keyId algorithm message signature } } }\n    ledgerPublicKeys { current { keyId algorithm publicKeyPem firstSeenAt } keys { keyId current firstSeenAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCheckpoint {\n    createCheckpoint { sequence hash signedAt keyId }\n  }\n"): (typeof documents)["\n  mutation CreateCheckpoint {\n    createCheckpoint { sequence hash signedAt keyId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPlans($first: Int, $after: String) {\n    supervisionPlans(first: $first, after: $after) {\n      edges { node { planId title status createdAt scope { periodFrom periodTo provinceCodes organisationIds } sample { size seed } findings { findingId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPlans($first: Int, $after: String) {\n    supervisionPlans(first: $first, after: $after) {\n      edges { node { planId title status createdAt scope { periodFrom periodTo provinceCodes organisationIds } sample { size seed } findings { findingId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPlan($planId: ID!) {\n    supervisionPlans(first: 1, planId: $planId) {\n      edges { node {\n        planId title status createdAt version\n        scope { periodFrom periodTo provinceCodes organisationIds }\n        sample { seed size population populationHash caseIds drawnAt cases { id organisationId fieldOfLaw aidForm state outcome closedAt } }\n        findings { findingId caseId category severity note recordedAt }\n      } }\n    }\n    recommendations(first: 50, filter: { planId: $planId }) {\n      edges { node { recommendationId organisationId findingIds text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPlan($planId: ID!) {\n    supervisionPlans(first: 1, planId: $planId) {\n      edges { node {\n        planId title status createdAt version\n        scope { periodFrom periodTo provinceCodes organisationIds }\n        sample { seed size population populationHash caseIds drawnAt cases { id organisationId fieldOfLaw aidForm state outcome closedAt } }\n        findings { findingId caseId category severity note recordedAt }\n      } }\n    }\n    recommendations(first: 50, filter: { planId: $planId }) {\n      edges { node { recommendationId organisationId findingIds text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePlan($input: CreateSupervisionPlanInput!) {\n    createSupervisionPlan(input: $input) { planId }\n  }\n"): (typeof documents)["\n  mutation CreatePlan($input: CreateSupervisionPlanInput!) {\n    createSupervisionPlan(input: $input) { planId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DrawSample($input: DrawSupervisionSampleInput!) {\n    drawSupervisionSample(input: $input) { planId sample { seed size population populationHash caseIds drawnAt } }\n  }\n"): (typeof documents)["\n  mutation DrawSample($input: DrawSupervisionSampleInput!) {\n    drawSupervisionSample(input: $input) { planId sample { seed size population populationHash caseIds drawnAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) { findingId }\n  }\n"): (typeof documents)["\n  mutation RecordFinding($input: RecordFindingInput!) {\n    recordFinding(input: $input) { findingId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueRecommendation($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) { recommendationId responseDueAt status }\n  }\n"): (typeof documents)["\n  mutation IssueRecommendation($input: IssueRecommendationInput!) {\n    issueRecommendation(input: $input) { recommendationId responseDueAt status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationTracker($status: RecommendationStatus) {\n    recommendations(first: 50, filter: { status: $status }) {\n      totalCount\n      edges { node { recommendationId planId organisationId text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationTracker($status: RecommendationStatus) {\n    recommendations(first: 50, filter: { status: $status }) {\n      totalCount\n      edges { node { recommendationId planId organisationId text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUpRecommendation($input: FollowUpRecommendationInput!) {\n    followUpRecommendation(input: $input) { recommendationId status responseDueAt version }\n  }\n"): (typeof documents)["\n  mutation FollowUpRecommendation($input: FollowUpRecommendationInput!) {\n    followUpRecommendation(input: $input) { recommendationId status responseDueAt version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPicker {\n    organisations(first: 100) { edges { node { id name kind provinceCode } } }\n  }\n"): (typeof documents)["\n  query OrganisationPicker {\n    organisations(first: 100) { edges { node { id name kind provinceCode } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAudit($filter: AccessLogFilter, $requestId: ID, $after: String) {\n    personalDataAccessLog(first: 50, after: $after, requestId: $requestId, filter: $filter) {\n      edges { node { accessId requestId accessedAt actorId actorName actorRole purpose fields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query AccessAudit($filter: AccessLogFilter, $requestId: ID, $after: String) {\n    personalDataAccessLog(first: 50, after: $after, requestId: $requestId, filter: $filter) {\n      edges { node { accessId requestId accessedAt actorId actorName actorRole purpose fields } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CitizenFeedback($filter: FeedbackResponseFilter, $after: String) {\n    feedbackResponses(first: 50, after: $after, filter: $filter) {\n      edges { node { feedbackId caseId requestId organisationId rating answers { lawyerReachable outcomeExplained paymentRequested } comment language receivedAt complaintFiled organisation { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    complaints(first: 20) {\n      edges { node { complaintId caseId organisationId kinds text rating language filedAt organisation { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query CitizenFeedback($filter: FeedbackResponseFilter, $after: String) {\n    feedbackResponses(first: 50, after: $after, filter: $filter) {\n      edges { node { feedbackId caseId requestId organisationId rating answers { lawyerReachable outcomeExplained paymentRequested } comment language receivedAt complaintFiled organisation { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n    complaints(first: 20) {\n      edges { node { complaintId caseId organisationId kinds text rating language filedAt organisation { id name } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;