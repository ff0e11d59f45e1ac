/**
 * Error codes services answer with. Each is mapped once, at the gateway, to a
 * GraphQL error code (see gateway/src/errors.ts).
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
  // domain-specific
  'REQUEST_NOT_FOUND',
  'NOT_ELIGIBLE',
  'ILLEGAL_TRANSITION',
  'VERSION_CONFLICT',
  'OFFER_EXPIRED',
  'OFFER_NOT_YOURS',
  'REFERRAL_NOT_FOUND',
  'PROVIDER_NOT_FOUND',
  'PROVIDER_SUSPENDED',
  'ORGANISATION_NOT_FOUND',
  'OFFER_NOT_FOUND',
  'CASE_NOT_FOUND',
  'UNKNOWN_UNIT',
  'TOKEN_INVALID',
  'TOKEN_USED',
  'TOKEN_EXPIRED',
  'PLAN_NOT_FOUND',
  'RECOMMENDATION_NOT_FOUND',
  'DEAD_LETTER_NOT_FOUND',
  'RATE_LIMITED',
  /** Accepting a victim of violence or trafficking without their preference about the provider's gender. */
  'PROVIDER_GENDER_PREFERENCE_REQUIRED',
  /** Accepting an offer whose possible conflict of interest the provider has not yet confirmed or denied. */
  'CONFLICT_CHECK_PENDING',
  /** A year's published statistics files have not been computed (they are computed when a period ends, or on an administrator's request). */
  'STATISTICS_NOT_COMPUTED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: { path: string; message: string }[];
}

/** A failure with a code, carried as a value across process boundaries. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { path: string; message: string }[],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}
