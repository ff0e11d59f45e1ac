import { pino, type Logger } from 'pino';
import { trace } from '@opentelemetry/api';

/**
 * Field names that carry personal data wherever they appear. Logs never need
 * them; redaction is a second line of defence behind code that never logs them.
 */
export const PERSONAL_FIELDS = [
  'fullName',
  'idNumber',
  'phone',
  'address',
  'birthDate',
  'opposingParties',
  'applicant',
  'comment',
  'complaint',
  'token',
];

export function createLogger(service: string, level = 'info'): Logger {
  // Synchronous writes: the last lines before a crash or a signal are never lost.
  return pino({
    name: service,
    level,
    base: { service },
    redact: {
      paths: PERSONAL_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
      censor: '[redacted]',
    },
    mixin() {
      const span = trace.getActiveSpan();
      if (!span) return {};
      const ctx = span.spanContext();
      return { trace_id: ctx.traceId, span_id: ctx.spanId };
    },
  }, pino.destination({ dest: 1, sync: true }));
}

export type { Logger };
