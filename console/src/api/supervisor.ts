import { graphql } from '../gql';

/**
 * The Fatherland Front supervisors' operations (CONSOLE.md §4.4): the ledger
 * and trails, supervision plans, recommendations. None of them selects a
 * field that carries personal data: cases are read as list rows (ids,
 * codes, states, times), ledger payloads are pseudonymised by oversight.
 */
export const TrailQuery = graphql(`
  query Trail($requestId: ID, $caseId: ID) {
    auditTrail(requestId: $requestId, caseId: $caseId) {
      format exportedAt
      subject { requestIds caseIds }
      entries { sequence eventId type occurredAt actor { id role organisationId providerId } payload payloadHash prevHash hash canonical inTrail }
      checkpoint { sequence hash signedAt keyId algorithm message signature }
      document
    }
    ledgerPublicKeys { current { keyId algorithm publicKeyPem } }
  }
`);

export const LedgerQuery = graphql(`
  query Ledger($from: Int, $to: Int) {
    verifyAuditLedger(fromSequence: $from, toSequence: $to) { ok fromSequence toSequence checkedEntries checkpointsChecked firstBroken { sequence reason detail } }
    checkpoints(first: 10) { edges { node { sequence hash signedAt keyId algorithm message signature } } }
    ledgerPublicKeys { current { keyId algorithm publicKeyPem firstSeenAt } keys { keyId current firstSeenAt } }
  }
`);

export const CreateCheckpointMutation = graphql(`
  mutation CreateCheckpoint {
    createCheckpoint { sequence hash signedAt keyId }
  }
`);

export const SupervisionPlansQuery = graphql(`
  query SupervisionPlans($first: Int, $after: String) {
    supervisionPlans(first: $first, after: $after) {
      edges { node { planId title status createdAt scope { periodFrom periodTo provinceCodes organisationIds } sample { size seed } findings { findingId } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const SupervisionPlanQuery = graphql(`
  query SupervisionPlan($planId: ID!) {
    supervisionPlans(first: 1, planId: $planId) {
      edges { node {
        planId title status createdAt version
        scope { periodFrom periodTo provinceCodes organisationIds }
        sample { seed size population populationHash caseIds drawnAt cases { id organisationId fieldOfLaw aidForm state outcome closedAt } }
        findings { findingId caseId category severity note recordedAt }
      } }
    }
    recommendations(first: 50, filter: { planId: $planId }) {
      edges { node { recommendationId organisationId findingIds text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: CreateSupervisionPlanInput!) {
    createSupervisionPlan(input: $input) { planId }
  }
`);

export const DrawSampleMutation = graphql(`
  mutation DrawSample($input: DrawSupervisionSampleInput!) {
    drawSupervisionSample(input: $input) { planId sample { seed size population populationHash caseIds drawnAt } }
  }
`);

export const RecordFindingMutation = graphql(`
  mutation RecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) { findingId }
  }
`);

export const IssueRecommendationMutation = graphql(`
  mutation IssueRecommendation($input: IssueRecommendationInput!) {
    issueRecommendation(input: $input) { recommendationId responseDueAt status }
  }
`);

export const RecommendationTrackerQuery = graphql(`
  query RecommendationTracker($status: RecommendationStatus) {
    recommendations(first: 50, filter: { status: $status }) {
      totalCount
      edges { node { recommendationId planId organisationId text issuedAt responseDueAt status overdueAt version response { text respondedAt late } followUps { action note at previousResponse { text late } } organisation { id name } } }
    }
  }
`);

export const FollowUpRecommendationMutation = graphql(`
  mutation FollowUpRecommendation($input: FollowUpRecommendationInput!) {
    followUpRecommendation(input: $input) { recommendationId status responseDueAt version }
  }
`);

export const OrganisationPickerQuery = graphql(`
  query OrganisationPicker {
    organisations(first: 100) { edges { node { id name kind provinceCode } } }
  }
`);

export const AccessAuditQuery = graphql(`
  query AccessAudit($filter: AccessLogFilter, $requestId: ID, $after: String) {
    personalDataAccessLog(first: 50, after: $after, requestId: $requestId, filter: $filter) {
      edges { node { accessId requestId accessedAt actorId actorName actorRole purpose fields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CitizenFeedbackQuery = graphql(`
  query CitizenFeedback($filter: FeedbackResponseFilter, $after: String) {
    feedbackResponses(first: 50, after: $after, filter: $filter) {
      edges { node { feedbackId caseId requestId organisationId rating answers { lawyerReachable outcomeExplained paymentRequested } comment language receivedAt complaintFiled organisation { id name } } }
      pageInfo { hasNextPage endCursor }
    }
    complaints(first: 20) {
      edges { node { complaintId caseId organisationId kinds text rating language filedAt organisation { id name } } }
    }
  }
`);
