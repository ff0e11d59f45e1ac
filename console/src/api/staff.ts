import { graphql } from '../gql';

/**
 * Operations of the centre's escalation queue and live feeds (CONSOLE.md
 * C8, G7). Each is in the persisted-documents manifest like every other.
 */
export const EscalationsQuery = graphql(`
  query Escalations($organisationId: ID!, $after: String) {
    escalationQueue(organisationId: $organisationId, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id requestId status fieldOfLaw aidForm createdAt escalatedAt urgent target dueAt
          referral {
            id round
            escalation { reason target escalatedAt dueAt }
            offers { id providerId round attempt status offeredAt expiresAt respondedAt declineReason provider { displayName } }
          }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($filter: ProviderFilter) {
    providers(first: 100, filter: $filter) {
      edges { node { id displayName kind fieldsOfLaw aidForms languages capacity openCases available status } }
    }
  }
`);

export const AssignReferralMutation = graphql(`
  mutation AssignReferral($input: AssignReferralInput!) {
    assignReferral(input: $input) { referralId status assignedProviderId assignedProvider { displayName } }
  }
`);

export const RequestReceivedSubscription = graphql(`
  subscription RequestReceived {
    requestReceived { requestId centreId urgent possibleDuplicate receivedAt event { id type occurredAt } }
  }
`);

export const ReferralEscalatedSubscription = graphql(`
  subscription ReferralEscalated {
    referralEscalated { referralId requestId organisationId target reason escalatedAt dueAt event { id type occurredAt } }
  }
`);

export const UpdateContactSafetyMutation = graphql(`
  mutation UpdateContactSafety($input: UpdateContactSafetyInput!) {
    updateContactSafety(input: $input) { requestId status version }
  }
`);
