import { GraphQLError } from 'graphql';
import { DomainError, type ErrorCode } from '@legalaid/contracts';

export type GraphQLErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'INTERNAL_SERVER_ERROR';

/** The one mapping from the services' error codes to GraphQL error codes. */
const MAPPING: Record<ErrorCode, GraphQLErrorCode> = {
  VALIDATION_FAILED: 'BAD_USER_INPUT',
  NOT_ELIGIBLE: 'BAD_USER_INPUT',
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
