/**
 * Loaded with `node --import @legalaid/infra/telemetry/register` so that the
 * http and mongodb instrumentations patch their modules before the app loads.
 */
import { startTelemetry } from './tracing.js';

startTelemetry({
  serviceName: process.env.OTEL_SERVICE_NAME ?? process.env.SERVICE_NAME ?? 'legalaid',
  instrument: true,
});
