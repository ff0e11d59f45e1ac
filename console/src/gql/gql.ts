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
    "\n  query LawyerLabels {\n    referenceData {\n      activityKind: enumLabels(enum: \"ActivityKind\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n      closingOutcome: enumLabels(enum: \"ClosingOutcome\") { values { code vi en } }\n      deadlineKind: enumLabels(enum: \"DeadlineKind\") { values { code vi en } }\n      deadlineStatus: enumLabels(enum: \"DeadlineStatus\") { values { code vi en } }\n      suspensionReason: enumLabels(enum: \"SuspensionReason\") { values { code vi en } }\n      policyFeedbackTag: enumLabels(enum: \"PolicyFeedbackTag\") { values { code vi en } }\n    }\n  }\n": typeof types.LawyerLabelsDocument,
    "\n  query MyOffers($includeClosed: Boolean) {\n    myOffers(first: 50, includeClosed: $includeClosed) {\n      totalCount\n      edges {\n        node {\n          id requestId referralId fieldOfLaw aidForm provinceCode communeCode language urgent round attempt status conflictCheck\n          offeredAt expiresAt respondedAt declineReason hearingAt deadlineAt brief\n          choice { rank score candidateCount reasons { factor points detail } }\n        }\n      }\n    }\n  }\n": typeof types.MyOffersDocument,
    "\n  mutation AcceptOffer($offerId: ID!) {\n    acceptOffer(offerId: $offerId) { referralId status assignedProviderId offer { id status } }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) { referralId status offer { id status declineReason } }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  mutation ClearConflict($offerId: ID!) {\n    clearConflictCheck(offerId: $offerId) { referralId status offer { id status conflictCheck } }\n  }\n": typeof types.ClearConflictDocument,
    "\n  query MyCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges {\n        node {\n          id state fieldOfLaw aidForm urgent custody openedAt closedAt activityHours overdue outcome\n          nextDeadline { kind dueAt }\n          deadlines { deadlineId kind status dueAt remindAt eventAt court satisfiedAt breachedAt }\n        }\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query MyCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue byState { key count } }\n  }\n": typeof types.MyCaseCountsDocument,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id version requestId state outcome urgent custody fieldOfLaw aidForm openedAt firstContactAt closedAt activityHours overdue redacted\n      suspension { reason resumeOn since }\n      closure { outcome summary totalHours policyFeedbackTag closedAt }\n      activities { activityId kind performedAt recordedAt hours note authorName hearing { date court } }\n      deadlines { deadlineId kind status dueAt remindAt remindedAt breachedAt satisfiedAt eventAt court }\n      timeline { at type actorName state activityKind deadlineKind }\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  query ApplicantContact($requestId: ID!) {\n    applicantContact(requestId: $requestId) {\n      requestId fullName phone email addressLine language needsInterpreter accessNeeds\n      guardian { fullName phone }\n      contactSafety { safeToCall safeToSms safeToZalo safeToEmail leaveMessages note }\n    }\n  }\n": typeof types.ApplicantContactDocument,
    "\n  subscription CaseUpdated($id: ID!) {\n    caseUpdated(id: $id) { caseId status event { id type occurredAt } }\n  }\n": typeof types.CaseUpdatedDocument,
    "\n  mutation RecordActivity($input: RecordCaseActivityInput!) {\n    recordCaseActivity(input: $input) { caseId state version refId }\n  }\n": typeof types.RecordActivityDocument,
    "\n  mutation ScheduleDeadline($input: ScheduleCaseDeadlineInput!) {\n    scheduleCaseDeadline(input: $input) { caseId state version refId }\n  }\n": typeof types.ScheduleDeadlineDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { caseId state version }\n  }\n": typeof types.CloseCaseDocument,
    "\n  query MyProfile($id: ID!) {\n    provider(id: $id) {\n      id version displayName kind organisationId fieldsOfLaw aidForms languages capacity openCases available remoteAdvice status declaredConflictCount\n      leave { from to }\n      proBono { unit annualTarget }\n      proBonoDelivered { year cases hours }\n      organisation { name }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity remoteAdvice declaredConflictCount }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetLeave($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available leave { from to } }\n  }\n": typeof types.SetLeaveDocument,
    "\n  query PartyHashes($fullName: String!, $idNumber: String, $birthDate: String) {\n    partyHashes(fullName: $fullName, idNumber: $idNumber, birthDate: $birthDate)\n  }\n": typeof types.PartyHashesDocument,
    "\n  subscription LawyerFeed {\n    lawyerFeed { kind offerId requestId caseId deadline dueAt event { id type occurredAt } }\n  }\n": typeof types.LawyerFeedDocument,
    "\n  query HoursSummary($providerId: ID, $from: String!, $to: String!) {\n    hoursSummary(providerId: $providerId, from: $from, to: $to) { from to hours activities cases byMonth { month hours activities cases } }\n  }\n": typeof types.HoursSummaryDocument,
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
    "\n  query OrgQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id referralId fieldOfLaw aidForm urgent escalatedAt target dueAt createdAt\n          referral {\n            id status round provinceCode language\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgQueueDocument,
    "\n  query OrgMembers($organisationId: ID!) {\n    providers(first: 100, filter: { organisationId: $organisationId }) {\n      edges { node { id version displayName kind fieldsOfLaw aidForms languages areas { provinceCode communeCode } capacity openCases available status leave { from to } } }\n    }\n  }\n": typeof types.OrgMembersDocument,
    "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId }\n  }\n": typeof types.AssignReferralDocument,
    "\n  query OrgCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges { node { id providerId state fieldOfLaw aidForm urgent openedAt overdue activityHours nextDeadline { kind dueAt } provider { displayName } } }\n    }\n  }\n": typeof types.OrgCasesDocument,
    "\n  query OrgCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue }\n  }\n": typeof types.OrgCaseCountsDocument,
    "\n  query OrgRecommendations($organisationId: ID!) {\n    recommendations(first: 50, filter: { organisationId: $organisationId }) {\n      totalCount\n      edges {\n        node {\n          recommendationId version text issuedAt responseDueAt status overdueAt\n          response { text respondedAt late }\n          findings { findingId caseId category severity note recordedAt }\n        }\n      }\n    }\n  }\n": typeof types.OrgRecommendationsDocument,
    "\n  mutation RespondToRecommendation($input: RespondToRecommendationInput!) {\n    respondToRecommendation(input: $input) { recommendationId status response { text respondedAt late } }\n  }\n": typeof types.RespondToRecommendationDocument,
    "\n  query OrgLabels {\n    referenceData {\n      escalationTarget: enumLabels(enum: \"EscalationTarget\") { values { code vi en } }\n      findingCategory: enumLabels(enum: \"FindingCategory\") { values { code vi en } }\n      findingSeverity: enumLabels(enum: \"FindingSeverity\") { values { code vi en } }\n      recommendationStatus: enumLabels(enum: \"RecommendationStatus\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n    }\n  }\n": typeof types.OrgLabelsDocument,
    "\n  subscription OrganisationFeed {\n    organisationFeed { kind referralId caseId target dueAt event { id type occurredAt } }\n  }\n": typeof types.OrganisationFeedDocument,
};
const documents: Documents = {
    "\n  query LawyerLabels {\n    referenceData {\n      activityKind: enumLabels(enum: \"ActivityKind\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n      closingOutcome: enumLabels(enum: \"ClosingOutcome\") { values { code vi en } }\n      deadlineKind: enumLabels(enum: \"DeadlineKind\") { values { code vi en } }\n      deadlineStatus: enumLabels(enum: \"DeadlineStatus\") { values { code vi en } }\n      suspensionReason: enumLabels(enum: \"SuspensionReason\") { values { code vi en } }\n      policyFeedbackTag: enumLabels(enum: \"PolicyFeedbackTag\") { values { code vi en } }\n    }\n  }\n": types.LawyerLabelsDocument,
    "\n  query MyOffers($includeClosed: Boolean) {\n    myOffers(first: 50, includeClosed: $includeClosed) {\n      totalCount\n      edges {\n        node {\n          id requestId referralId fieldOfLaw aidForm provinceCode communeCode language urgent round attempt status conflictCheck\n          offeredAt expiresAt respondedAt declineReason hearingAt deadlineAt brief\n          choice { rank score candidateCount reasons { factor points detail } }\n        }\n      }\n    }\n  }\n": types.MyOffersDocument,
    "\n  mutation AcceptOffer($offerId: ID!) {\n    acceptOffer(offerId: $offerId) { referralId status assignedProviderId offer { id status } }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) { referralId status offer { id status declineReason } }\n  }\n": types.DeclineOfferDocument,
    "\n  mutation ClearConflict($offerId: ID!) {\n    clearConflictCheck(offerId: $offerId) { referralId status offer { id status conflictCheck } }\n  }\n": types.ClearConflictDocument,
    "\n  query MyCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges {\n        node {\n          id state fieldOfLaw aidForm urgent custody openedAt closedAt activityHours overdue outcome\n          nextDeadline { kind dueAt }\n          deadlines { deadlineId kind status dueAt remindAt eventAt court satisfiedAt breachedAt }\n        }\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  query MyCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue byState { key count } }\n  }\n": types.MyCaseCountsDocument,
    "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id version requestId state outcome urgent custody fieldOfLaw aidForm openedAt firstContactAt closedAt activityHours overdue redacted\n      suspension { reason resumeOn since }\n      closure { outcome summary totalHours policyFeedbackTag closedAt }\n      activities { activityId kind performedAt recordedAt hours note authorName hearing { date court } }\n      deadlines { deadlineId kind status dueAt remindAt remindedAt breachedAt satisfiedAt eventAt court }\n      timeline { at type actorName state activityKind deadlineKind }\n    }\n  }\n": types.CaseFileDocument,
    "\n  query ApplicantContact($requestId: ID!) {\n    applicantContact(requestId: $requestId) {\n      requestId fullName phone email addressLine language needsInterpreter accessNeeds\n      guardian { fullName phone }\n      contactSafety { safeToCall safeToSms safeToZalo safeToEmail leaveMessages note }\n    }\n  }\n": types.ApplicantContactDocument,
    "\n  subscription CaseUpdated($id: ID!) {\n    caseUpdated(id: $id) { caseId status event { id type occurredAt } }\n  }\n": types.CaseUpdatedDocument,
    "\n  mutation RecordActivity($input: RecordCaseActivityInput!) {\n    recordCaseActivity(input: $input) { caseId state version refId }\n  }\n": types.RecordActivityDocument,
    "\n  mutation ScheduleDeadline($input: ScheduleCaseDeadlineInput!) {\n    scheduleCaseDeadline(input: $input) { caseId state version refId }\n  }\n": types.ScheduleDeadlineDocument,
    "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { caseId state version }\n  }\n": types.CloseCaseDocument,
    "\n  query MyProfile($id: ID!) {\n    provider(id: $id) {\n      id version displayName kind organisationId fieldsOfLaw aidForms languages capacity openCases available remoteAdvice status declaredConflictCount\n      leave { from to }\n      proBono { unit annualTarget }\n      proBonoDelivered { year cases hours }\n      organisation { name }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity remoteAdvice declaredConflictCount }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetLeave($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available leave { from to } }\n  }\n": types.SetLeaveDocument,
    "\n  query PartyHashes($fullName: String!, $idNumber: String, $birthDate: String) {\n    partyHashes(fullName: $fullName, idNumber: $idNumber, birthDate: $birthDate)\n  }\n": types.PartyHashesDocument,
    "\n  subscription LawyerFeed {\n    lawyerFeed { kind offerId requestId caseId deadline dueAt event { id type occurredAt } }\n  }\n": types.LawyerFeedDocument,
    "\n  query HoursSummary($providerId: ID, $from: String!, $to: String!) {\n    hoursSummary(providerId: $providerId, from: $from, to: $to) { from to hours activities cases byMonth { month hours activities cases } }\n  }\n": types.HoursSummaryDocument,
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
    "\n  query OrgQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id referralId fieldOfLaw aidForm urgent escalatedAt target dueAt createdAt\n          referral {\n            id status round provinceCode language\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n    }\n  }\n": types.OrgQueueDocument,
    "\n  query OrgMembers($organisationId: ID!) {\n    providers(first: 100, filter: { organisationId: $organisationId }) {\n      edges { node { id version displayName kind fieldsOfLaw aidForms languages areas { provinceCode communeCode } capacity openCases available status leave { from to } } }\n    }\n  }\n": types.OrgMembersDocument,
    "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId }\n  }\n": types.AssignReferralDocument,
    "\n  query OrgCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges { node { id providerId state fieldOfLaw aidForm urgent openedAt overdue activityHours nextDeadline { kind dueAt } provider { displayName } } }\n    }\n  }\n": types.OrgCasesDocument,
    "\n  query OrgCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue }\n  }\n": types.OrgCaseCountsDocument,
    "\n  query OrgRecommendations($organisationId: ID!) {\n    recommendations(first: 50, filter: { organisationId: $organisationId }) {\n      totalCount\n      edges {\n        node {\n          recommendationId version text issuedAt responseDueAt status overdueAt\n          response { text respondedAt late }\n          findings { findingId caseId category severity note recordedAt }\n        }\n      }\n    }\n  }\n": types.OrgRecommendationsDocument,
    "\n  mutation RespondToRecommendation($input: RespondToRecommendationInput!) {\n    respondToRecommendation(input: $input) { recommendationId status response { text respondedAt late } }\n  }\n": types.RespondToRecommendationDocument,
    "\n  query OrgLabels {\n    referenceData {\n      escalationTarget: enumLabels(enum: \"EscalationTarget\") { values { code vi en } }\n      findingCategory: enumLabels(enum: \"FindingCategory\") { values { code vi en } }\n      findingSeverity: enumLabels(enum: \"FindingSeverity\") { values { code vi en } }\n      recommendationStatus: enumLabels(enum: \"RecommendationStatus\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n    }\n  }\n": types.OrgLabelsDocument,
    "\n  subscription OrganisationFeed {\n    organisationFeed { kind referralId caseId target dueAt event { id type occurredAt } }\n  }\n": types.OrganisationFeedDocument,
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
export function graphql(source: "\n  query LawyerLabels {\n    referenceData {\n      activityKind: enumLabels(enum: \"ActivityKind\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n      closingOutcome: enumLabels(enum: \"ClosingOutcome\") { values { code vi en } }\n      deadlineKind: enumLabels(enum: \"DeadlineKind\") { values { code vi en } }\n      deadlineStatus: enumLabels(enum: \"DeadlineStatus\") { values { code vi en } }\n      suspensionReason: enumLabels(enum: \"SuspensionReason\") { values { code vi en } }\n      policyFeedbackTag: enumLabels(enum: \"PolicyFeedbackTag\") { values { code vi en } }\n    }\n  }\n"): (typeof documents)["\n  query LawyerLabels {\n    referenceData {\n      activityKind: enumLabels(enum: \"ActivityKind\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n      closingOutcome: enumLabels(enum: \"ClosingOutcome\") { values { code vi en } }\n      deadlineKind: enumLabels(enum: \"DeadlineKind\") { values { code vi en } }\n      deadlineStatus: enumLabels(enum: \"DeadlineStatus\") { values { code vi en } }\n      suspensionReason: enumLabels(enum: \"SuspensionReason\") { values { code vi en } }\n      policyFeedbackTag: enumLabels(enum: \"PolicyFeedbackTag\") { values { code vi en } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOffers($includeClosed: Boolean) {\n    myOffers(first: 50, includeClosed: $includeClosed) {\n      totalCount\n      edges {\n        node {\n          id requestId referralId fieldOfLaw aidForm provinceCode communeCode language urgent round attempt status conflictCheck\n          offeredAt expiresAt respondedAt declineReason hearingAt deadlineAt brief\n          choice { rank score candidateCount reasons { factor points detail } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOffers($includeClosed: Boolean) {\n    myOffers(first: 50, includeClosed: $includeClosed) {\n      totalCount\n      edges {\n        node {\n          id requestId referralId fieldOfLaw aidForm provinceCode communeCode language urgent round attempt status conflictCheck\n          offeredAt expiresAt respondedAt declineReason hearingAt deadlineAt brief\n          choice { rank score candidateCount reasons { factor points detail } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($offerId: ID!) {\n    acceptOffer(offerId: $offerId) { referralId status assignedProviderId offer { id status } }\n  }\n"): (typeof documents)["\n  mutation AcceptOffer($offerId: ID!) {\n    acceptOffer(offerId: $offerId) { referralId status assignedProviderId offer { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) { referralId status offer { id status declineReason } }\n  }\n"): (typeof documents)["\n  mutation DeclineOffer($input: DeclineOfferInput!) {\n    declineOffer(input: $input) { referralId status offer { id status declineReason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearConflict($offerId: ID!) {\n    clearConflictCheck(offerId: $offerId) { referralId status offer { id status conflictCheck } }\n  }\n"): (typeof documents)["\n  mutation ClearConflict($offerId: ID!) {\n    clearConflictCheck(offerId: $offerId) { referralId status offer { id status conflictCheck } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges {\n        node {\n          id state fieldOfLaw aidForm urgent custody openedAt closedAt activityHours overdue outcome\n          nextDeadline { kind dueAt }\n          deadlines { deadlineId kind status dueAt remindAt eventAt court satisfiedAt breachedAt }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges {\n        node {\n          id state fieldOfLaw aidForm urgent custody openedAt closedAt activityHours overdue outcome\n          nextDeadline { kind dueAt }\n          deadlines { deadlineId kind status dueAt remindAt eventAt court satisfiedAt breachedAt }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue byState { key count } }\n  }\n"): (typeof documents)["\n  query MyCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue byState { key count } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id version requestId state outcome urgent custody fieldOfLaw aidForm openedAt firstContactAt closedAt activityHours overdue redacted\n      suspension { reason resumeOn since }\n      closure { outcome summary totalHours policyFeedbackTag closedAt }\n      activities { activityId kind performedAt recordedAt hours note authorName hearing { date court } }\n      deadlines { deadlineId kind status dueAt remindAt remindedAt breachedAt satisfiedAt eventAt court }\n      timeline { at type actorName state activityKind deadlineKind }\n    }\n  }\n"): (typeof documents)["\n  query CaseFile($id: ID!) {\n    case(id: $id) {\n      id version requestId state outcome urgent custody fieldOfLaw aidForm openedAt firstContactAt closedAt activityHours overdue redacted\n      suspension { reason resumeOn since }\n      closure { outcome summary totalHours policyFeedbackTag closedAt }\n      activities { activityId kind performedAt recordedAt hours note authorName hearing { date court } }\n      deadlines { deadlineId kind status dueAt remindAt remindedAt breachedAt satisfiedAt eventAt court }\n      timeline { at type actorName state activityKind deadlineKind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantContact($requestId: ID!) {\n    applicantContact(requestId: $requestId) {\n      requestId fullName phone email addressLine language needsInterpreter accessNeeds\n      guardian { fullName phone }\n      contactSafety { safeToCall safeToSms safeToZalo safeToEmail leaveMessages note }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantContact($requestId: ID!) {\n    applicantContact(requestId: $requestId) {\n      requestId fullName phone email addressLine language needsInterpreter accessNeeds\n      guardian { fullName phone }\n      contactSafety { safeToCall safeToSms safeToZalo safeToEmail leaveMessages note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseUpdated($id: ID!) {\n    caseUpdated(id: $id) { caseId status event { id type occurredAt } }\n  }\n"): (typeof documents)["\n  subscription CaseUpdated($id: ID!) {\n    caseUpdated(id: $id) { caseId status event { id type occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordActivity($input: RecordCaseActivityInput!) {\n    recordCaseActivity(input: $input) { caseId state version refId }\n  }\n"): (typeof documents)["\n  mutation RecordActivity($input: RecordCaseActivityInput!) {\n    recordCaseActivity(input: $input) { caseId state version refId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleDeadline($input: ScheduleCaseDeadlineInput!) {\n    scheduleCaseDeadline(input: $input) { caseId state version refId }\n  }\n"): (typeof documents)["\n  mutation ScheduleDeadline($input: ScheduleCaseDeadlineInput!) {\n    scheduleCaseDeadline(input: $input) { caseId state version refId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { caseId state version }\n  }\n"): (typeof documents)["\n  mutation CloseCase($input: CloseCaseInput!) {\n    closeCase(input: $input) { caseId state version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile($id: ID!) {\n    provider(id: $id) {\n      id version displayName kind organisationId fieldsOfLaw aidForms languages capacity openCases available remoteAdvice status declaredConflictCount\n      leave { from to }\n      proBono { unit annualTarget }\n      proBonoDelivered { year cases hours }\n      organisation { name }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile($id: ID!) {\n    provider(id: $id) {\n      id version displayName kind organisationId fieldsOfLaw aidForms languages capacity openCases available remoteAdvice status declaredConflictCount\n      leave { from to }\n      proBono { unit annualTarget }\n      proBonoDelivered { year cases hours }\n      organisation { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity remoteAdvice declaredConflictCount }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProviderInput!) {\n    updateProvider(input: $input) { id version capacity remoteAdvice declaredConflictCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeave($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available leave { from to } }\n  }\n"): (typeof documents)["\n  mutation SetLeave($input: SetProviderAvailabilityInput!) {\n    setProviderAvailability(input: $input) { id version available leave { from to } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyHashes($fullName: String!, $idNumber: String, $birthDate: String) {\n    partyHashes(fullName: $fullName, idNumber: $idNumber, birthDate: $birthDate)\n  }\n"): (typeof documents)["\n  query PartyHashes($fullName: String!, $idNumber: String, $birthDate: String) {\n    partyHashes(fullName: $fullName, idNumber: $idNumber, birthDate: $birthDate)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LawyerFeed {\n    lawyerFeed { kind offerId requestId caseId deadline dueAt event { id type occurredAt } }\n  }\n"): (typeof documents)["\n  subscription LawyerFeed {\n    lawyerFeed { kind offerId requestId caseId deadline dueAt event { id type occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursSummary($providerId: ID, $from: String!, $to: String!) {\n    hoursSummary(providerId: $providerId, from: $from, to: $to) { from to hours activities cases byMonth { month hours activities cases } }\n  }\n"): (typeof documents)["\n  query HoursSummary($providerId: ID, $from: String!, $to: String!) {\n    hoursSummary(providerId: $providerId, from: $from, to: $to) { from to hours activities cases byMonth { month hours activities cases } }\n  }\n"];
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
export function graphql(source: "\n  query OrgQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id referralId fieldOfLaw aidForm urgent escalatedAt target dueAt createdAt\n          referral {\n            id status round provinceCode language\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgQueue($organisationId: ID!) {\n    escalationQueue(organisationId: $organisationId, first: 50) {\n      totalCount\n      edges {\n        node {\n          id referralId fieldOfLaw aidForm urgent escalatedAt target dueAt createdAt\n          referral {\n            id status round provinceCode language\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgMembers($organisationId: ID!) {\n    providers(first: 100, filter: { organisationId: $organisationId }) {\n      edges { node { id version displayName kind fieldsOfLaw aidForms languages areas { provinceCode communeCode } capacity openCases available status leave { from to } } }\n    }\n  }\n"): (typeof documents)["\n  query OrgMembers($organisationId: ID!) {\n    providers(first: 100, filter: { organisationId: $organisationId }) {\n      edges { node { id version displayName kind fieldsOfLaw aidForms languages areas { provinceCode communeCode } capacity openCases available status leave { from to } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId }\n  }\n"): (typeof documents)["\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges { node { id providerId state fieldOfLaw aidForm urgent openedAt overdue activityHours nextDeadline { kind dueAt } provider { displayName } } }\n    }\n  }\n"): (typeof documents)["\n  query OrgCases($filter: CaseFilter) {\n    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {\n      edges { node { id providerId state fieldOfLaw aidForm urgent openedAt overdue activityHours nextDeadline { kind dueAt } provider { displayName } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue }\n  }\n"): (typeof documents)["\n  query OrgCaseCounts($filter: CaseFilter) {\n    caseCounts(filter: $filter) { total overdue }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgRecommendations($organisationId: ID!) {\n    recommendations(first: 50, filter: { organisationId: $organisationId }) {\n      totalCount\n      edges {\n        node {\n          recommendationId version text issuedAt responseDueAt status overdueAt\n          response { text respondedAt late }\n          findings { findingId caseId category severity note recordedAt }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgRecommendations($organisationId: ID!) {\n    recommendations(first: 50, filter: { organisationId: $organisationId }) {\n      totalCount\n      edges {\n        node {\n          recommendationId version text issuedAt responseDueAt status overdueAt\n          response { text respondedAt late }\n          findings { findingId caseId category severity note recordedAt }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToRecommendation($input: RespondToRecommendationInput!) {\n    respondToRecommendation(input: $input) { recommendationId status response { text respondedAt late } }\n  }\n"): (typeof documents)["\n  mutation RespondToRecommendation($input: RespondToRecommendationInput!) {\n    respondToRecommendation(input: $input) { recommendationId status response { text respondedAt late } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgLabels {\n    referenceData {\n      escalationTarget: enumLabels(enum: \"EscalationTarget\") { values { code vi en } }\n      findingCategory: enumLabels(enum: \"FindingCategory\") { values { code vi en } }\n      findingSeverity: enumLabels(enum: \"FindingSeverity\") { values { code vi en } }\n      recommendationStatus: enumLabels(enum: \"RecommendationStatus\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n    }\n  }\n"): (typeof documents)["\n  query OrgLabels {\n    referenceData {\n      escalationTarget: enumLabels(enum: \"EscalationTarget\") { values { code vi en } }\n      findingCategory: enumLabels(enum: \"FindingCategory\") { values { code vi en } }\n      findingSeverity: enumLabels(enum: \"FindingSeverity\") { values { code vi en } }\n      recommendationStatus: enumLabels(enum: \"RecommendationStatus\") { values { code vi en } }\n      caseState: enumLabels(enum: \"CaseState\") { values { code vi en } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganisationFeed {\n    organisationFeed { kind referralId caseId target dueAt event { id type occurredAt } }\n  }\n"): (typeof documents)["\n  subscription OrganisationFeed {\n    organisationFeed { kind referralId caseId target dueAt event { id type occurredAt } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;