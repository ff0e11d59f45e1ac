import { IntakeRpc, MatchingRpc } from '@legalaid/contracts';
import { call, type GatewayContext } from '../context.js';
import { stripNulls } from './relay.js';

export const intakeTypeDefs = /* GraphQL */ `
  type Query {
    "A legal aid request with what the services know about it."
    legalAidRequest(id: ID!): LegalAidRequest
  }

  type Mutation {
    "Record a legal aid request from any channel."
    submitLegalAidRequest(input: SubmitLegalAidRequestInput!): SubmitLegalAidRequestPayload!
  }

  enum RequestStatus { RECEIVED DOCUMENTS_REQUESTED ACCEPTED REJECTED WITHDRAWN }
  enum Gender { FEMALE MALE OTHER }

  input AddressInput { provinceCode: String!, communeCode: String, line: String }
  input ApplicantInput {
    fullName: String!
    idNumber: String
    birthDate: String
    gender: Gender
    phone: String
    address: AddressInput!
    language: String
    needsInterpreter: Boolean
  }
  input PartyInput { fullName: String!, idNumber: String }
  input SubmitLegalAidRequestInput {
    channel: Channel!
    centreId: ID!
    applicant: ApplicantInput!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    summary: String!
    opposingParties: [PartyInput!]
    urgencyReasons: [UrgencyReason!]
    deadlineAt: DateTime
    claimedEligibilityGroup: EligibilityGroup
  }
  type SubmitLegalAidRequestPayload { requestId: ID!, status: RequestStatus! }

  type Urgency { urgent: Boolean!, reasons: [UrgencyReason!]!, deadlineAt: DateTime }
  type ApplicantContact { fullName: String!, phone: String }
  type Referral { referralId: ID!, status: String!, createdAt: DateTime! }

  type LegalAidRequest {
    id: ID!
    status: RequestStatus!
    channel: Channel!
    centreId: ID!
    applicantRef: String!
    fieldOfLaw: FieldOfLaw!
    aidForm: AidForm!
    eligibilityGroup: EligibilityGroup
    provinceCode: String!
    communeCode: String
    urgency: Urgency!
    registerNumber: String
    receivedAt: DateTime!
    acceptedAt: DateTime
    "Only for those allowed to see the applicant's personal data."
    applicant: ApplicantContact
    "Matching's referral for the request, once there is one."
    referral: Referral
  }
`;

type Args<T> = { input: T };

export const intakeResolvers = {
  Query: {
    legalAidRequest: (_: unknown, args: { id: string }, ctx: GatewayContext) => call(ctx, IntakeRpc.get, { requestId: args.id }),
  },
  Mutation: {
    submitLegalAidRequest: (_: unknown, args: Args<Record<string, unknown>>, ctx: GatewayContext) =>
      call(ctx, IntakeRpc.submit, stripNulls(args.input) as never),
  },
  LegalAidRequest: {
    referral: (parent: { id: string }, _: unknown, ctx: GatewayContext) => call(ctx, MatchingRpc.referralForRequest, { requestId: parent.id }),
  },
};

