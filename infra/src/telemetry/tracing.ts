import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { AlwaysOffSampler, BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

let sdk: NodeSDK | undefined;

export interface TelemetryOptions {
  serviceName: string;
  /** Extra processors, e.g. an in-memory exporter in tests. */
  spanProcessors?: SpanProcessor[];
  /** Load the http and mongodb auto-instrumentations (needs `node --import`). */
  instrument?: boolean;
}

/**
 * Starts tracing once per process. Spans are always created (so trace ids
 * travel in NATS headers and logs); they are exported only when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set — nothing else leaves the machine.
 * With nowhere to send them, spans are not recorded (the sampler says no):
 * their ids still propagate, but no attributes or events are kept for
 * nobody, which is most of a span's cost on the hot paths.
 */
export function startTelemetry(options: TelemetryOptions): NodeSDK | undefined {
  if (sdk) return sdk;
  // The standard switch: no tracer at all (benchmarks measure tracing's cost with it).
  if (process.env.OTEL_SDK_DISABLED === 'true') return undefined;
  const processors: SpanProcessor[] = [...(options.spanProcessors ?? [])];
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (endpoint) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` })));
  }
  sdk = new NodeSDK({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: processors,
    ...(processors.length ? {} : { sampler: new AlwaysOffSampler() }),
    // No resource detectors that could reach out (cloud metadata endpoints).
    resourceDetectors: [],
    instrumentations: options.instrument
      ? [
          new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => /^\/(healthz|readyz|metrics)/.test(req.url ?? '') }),
          new MongoDBInstrumentation({ enhancedDatabaseReporting: false }),
        ]
      : [],
  });
  sdk.start();
  return sdk;
}

export async function stopTelemetry(): Promise<void> {
  const current = sdk;
  sdk = undefined;
  await current?.shutdown();
}
