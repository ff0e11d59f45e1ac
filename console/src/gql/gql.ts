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
    "\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n        contactSafety { safeToCall safeToSms safeToEmail safeToZalo leaveMessages safeTimes { from to } note }\n      }\n    }\n  }\n": typeof types.RequestApplicantDocument,
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
    "\n  query Escalations($organisationId: ID!, $after: String) {\n    escalationQueue(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id requestId status fieldOfLaw aidForm createdAt escalatedAt urgent target dueAt\n          referral {\n            id round\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.EscalationsDocument,
    "\n  query Members($filter: ProviderFilter) {\n    providers(first: 100, filter: $filter) {\n      edges { node { id displayName kind fieldsOfLaw aidForms languages capacity openCases available status } }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId assignedAt }\n  }\n": typeof types.AssignReferralDocument,
    "\n  subscription RequestReceived {\n    requestReceived { requestId centreId urgent possibleDuplicate receivedAt event { id type occurredAt } }\n  }\n": typeof types.RequestReceivedDocument,
    "\n  subscription ReferralEscalated {\n    referralEscalated { referralId requestId organisationId target reason escalatedAt dueAt event { id type occurredAt } }\n  }\n": typeof types.ReferralEscalatedDocument,
    "\n  mutation UpdateContactSafety($input: UpdateContactSafetyInput!) {\n    updateContactSafety(input: $input) { requestId status version }\n  }\n": typeof types.UpdateContactSafetyDocument,
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
    "\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n        contactSafety { safeToCall safeToSms safeToEmail safeToZalo leaveMessages safeTimes { from to } note }\n      }\n    }\n  }\n": types.RequestApplicantDocument,
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
    "\n  query Escalations($organisationId: ID!, $after: String) {\n    escalationQueue(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id requestId status fieldOfLaw aidForm createdAt escalatedAt urgent target dueAt\n          referral {\n            id round\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.EscalationsDocument,
    "\n  query Members($filter: ProviderFilter) {\n    providers(first: 100, filter: $filter) {\n      edges { node { id displayName kind fieldsOfLaw aidForms languages capacity openCases available status } }\n    }\n  }\n": types.MembersDocument,
    "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId assignedAt }\n  }\n": types.AssignReferralDocument,
    "\n  subscription RequestReceived {\n    requestReceived { requestId centreId urgent possibleDuplicate receivedAt event { id type occurredAt } }\n  }\n": types.RequestReceivedDocument,
    "\n  subscription ReferralEscalated {\n    referralEscalated { referralId requestId organisationId target reason escalatedAt dueAt event { id type occurredAt } }\n  }\n": types.ReferralEscalatedDocument,
    "\n  mutation UpdateContactSafety($input: UpdateContactSafetyInput!) {\n    updateContactSafety(input: $input) { requestId status version }\n  }\n": types.UpdateContactSafetyDocument,
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
export function graphql(source: "\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n        contactSafety { safeToCall safeToSms safeToEmail safeToZalo leaveMessages safeTimes { from to } note }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestApplicant($id: ID!) {\n    legalAidRequest(id: $id) {\n      id version\n      applicant {\n        fullName idNumber birthDate gender phone email language needsInterpreter accessNeeds\n        address { provinceCode communeCode line }\n        guardian { fullName relationship phone }\n        contactSafety { safeToCall safeToSms safeToEmail safeToZalo leaveMessages safeTimes { from to } note }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Escalations($organisationId: ID!, $after: String) {\n    escalationQueue(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id requestId status fieldOfLaw aidForm createdAt escalatedAt urgent target dueAt\n          referral {\n            id round\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Escalations($organisationId: ID!, $after: String) {\n    escalationQueue(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id requestId status fieldOfLaw aidForm createdAt escalatedAt urgent target dueAt\n          referral {\n            id round\n            escalation { reason target escalatedAt dueAt }\n            offers { id providerId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }\n          }\n        }\n      }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: ProviderFilter) {\n    providers(first: 100, filter: $filter) {\n      edges { node { id displayName kind fieldsOfLaw aidForms languages capacity openCases available status } }\n    }\n  }\n"): (typeof documents)["\n  query Members($filter: ProviderFilter) {\n    providers(first: 100, filter: $filter) {\n      edges { node { id displayName kind fieldsOfLaw aidForms languages capacity openCases available status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId assignedAt }\n  }\n"): (typeof documents)["\n  mutation AssignReferral($input: AssignReferralInput!) {\n    assignReferral(input: $input) { id status assignedProviderId assignedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RequestReceived {\n    requestReceived { requestId centreId urgent possibleDuplicate receivedAt event { id type occurredAt } }\n  }\n"): (typeof documents)["\n  subscription RequestReceived {\n    requestReceived { requestId centreId urgent possibleDuplicate receivedAt event { id type occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReferralEscalated {\n    referralEscalated { referralId requestId organisationId target reason escalatedAt dueAt event { id type occurredAt } }\n  }\n"): (typeof documents)["\n  subscription ReferralEscalated {\n    referralEscalated { referralId requestId organisationId target reason escalatedAt dueAt event { id type occurredAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactSafety($input: UpdateContactSafetyInput!) {\n    updateContactSafety(input: $input) { requestId status version }\n  }\n"): (typeof documents)["\n  mutation UpdateContactSafety($input: UpdateContactSafetyInput!) {\n    updateContactSafety(input: $input) { requestId status version }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;