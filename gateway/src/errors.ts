import { GraphQLError } from 'graphql';
import { DomainError, type ErrorCode } from '@legalaid/contracts';

export type GraphQLErrorCode = 'BAD_USER_INPUT' | 'RATE_LIMITED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** The one mapping from the services' error codes to GraphQL error codes. */
const MAPPING: Record<ErrorCode, GraphQLErrorCode> = {
  VALIDATION_FAILED: 'BAD_USER_INPUT',
  NOT_ELIGIBLE: 'BAD_USER_INPUT',
  PROVIDER_GENDER_PREFERENCE_REQUIRED: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  OFFER_NOT_YOURS: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  REQUEST_NOT_FOUND: 'NOT_FOUND',
  REFERRAL_NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  VERSION_CONFLICT: 'CONFLICT',
  ILLEGAL_TRANSITION: 'CONFLICT',
  OFFER_EXPIRED: 'CONFLICT',
  CONFLICT_CHECK_PENDING: 'CONFLICT',
  PROVIDER_NOT_FOUND: 'NOT_FOUND',
  ORGANISATION_NOT_FOUND: 'NOT_FOUND',
  OFFER_NOT_FOUND: 'NOT_FOUND',
  CASE_NOT_FOUND: 'NOT_FOUND',
  PLAN_NOT_FOUND: 'NOT_FOUND',
  RECOMMENDATION_NOT_FOUND: 'NOT_FOUND',
  DEAD_LETTER_NOT_FOUND: 'NOT_FOUND',
  STATISTICS_NOT_COMPUTED: 'NOT_FOUND',
  PROVIDER_SUSPENDED: 'CONFLICT',
  TOKEN_USED: 'CONFLICT',
  TOKEN_EXPIRED: 'CONFLICT',
  TOKEN_INVALID: 'BAD_USER_INPUT',
  UNKNOWN_UNIT: 'BAD_USER_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** Turns a failure into a GraphQL error; anything unexpected stays masked by yoga. */
export function toGraphQLError(err: unknown): unknown {
  if (err instanceof DomainError) {
    const code = MAPPING[err.code];
    if (code === 'INTERNAL_SERVER_ERROR') return new Error(err.message); // masked
    return new GraphQLError(err.message, { extensions: { code, reason: err.code, ...(err.details ? { details: err.details } : {}) } });
  }
  return err;
}

export function graphQLCodeOf(code: ErrorCode): GraphQLErrorCode {
  return MAPPING[code];
}
