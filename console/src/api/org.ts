import { graphql } from '../gql';

/** Operations of the organisation admins' screens (O1–O5): escalations, members, recommendations, live feed. */

export const OrgQueueQuery = graphql(`
  query OrgQueue($organisationId: ID!) {
    escalationQueue(organisationId: $organisationId, first: 50) {
      totalCount
      edges {
        node {
          id referralId fieldOfLaw aidForm urgent escalatedAt target dueAt createdAt
          referral {
            id status round provinceCode language
            escalation { reason target escalatedAt dueAt }
            offers { id providerId round attempt status offeredAt respondedAt declineReason provider { displayName } }
          }
        }
      }
    }
  }
`);

export const OrgMembersQuery = graphql(`
  query OrgMembers($organisationId: ID!) {
    providers(first: 100, filter: { organisationId: $organisationId }) {
      edges { node { id version displayName kind fieldsOfLaw aidForms languages areas { provinceCode communeCode } capacity openCases available status leave { from to } } }
    }
  }
`);

// The same assignment as the centre's escalation screen: one operation.
export { AssignReferralMutation } from './staff';

export const OrgCasesQuery = graphql(`
  query OrgCases($filter: CaseFilter) {
    cases(first: 100, filter: $filter, orderBy: NEXT_DEADLINE) {
      edges { node { id providerId state fieldOfLaw aidForm urgent openedAt overdue activityHours nextDeadline { kind dueAt } provider { displayName } } }
    }
  }
`);

export const OrgCaseCountsQuery = graphql(`
  query OrgCaseCounts($filter: CaseFilter) {
    caseCounts(filter: $filter) { total overdue }
  }
`);

export const OrgRecommendationsQuery = graphql(`
  query OrgRecommendations($organisationId: ID!) {
    recommendations(first: 50, filter: { organisationId: $organisationId }) {
      totalCount
      edges {
        node {
          recommendationId version text issuedAt responseDueAt status overdueAt
          response { text respondedAt late }
          findings { findingId caseId category severity note recordedAt }
        }
      }
    }
  }
`);

export const RespondMutation = graphql(`
  mutation RespondToRecommendation($input: RespondToRecommendationInput!) {
    respondToRecommendation(input: $input) { recommendationId status response { text respondedAt late } }
  }
`);

export const OrgLabelsQuery = graphql(`
  query OrgLabels {
    referenceData {
      escalationTarget: enumLabels(enum: "EscalationTarget") { values { code vi en } }
      findingCategory: enumLabels(enum: "FindingCategory") { values { code vi en } }
      findingSeverity: enumLabels(enum: "FindingSeverity") { values { code vi en } }
      recommendationStatus: enumLabels(enum: "RecommendationStatus") { values { code vi en } }
      caseState: enumLabels(enum: "CaseState") { values { code vi en } }
    }
  }
`);

export const OrganisationFeedSubscription = graphql(`
  subscription OrganisationFeed {
    organisationFeed { kind referralId caseId target dueAt event { id type occurredAt } }
  }
`);
