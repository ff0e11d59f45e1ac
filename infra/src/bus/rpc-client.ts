import { randomUUID } from 'node:crypto';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { DomainError, replySchema, type Actor, type RpcDefinition } from '@legalaid/contracts';
import type { z } from 'zod';
import { injectTraceContext, SpanKind, withSpan } from '../telemetry/spans.js';
import { connectNats, type NatsSecurityConfig } from './nats-connection.js';
import { REQUEST_SIGNATURE_HEADER, requestSigningKey, signRequest } from './request-signature.js';

export interface CallMeta {
  actor: Actor;
  correlationId: string;
  /** The client's request id: a command retried with it is applied once (see RpcRequest). */
  requestId?: string;
}

/**
 * Calls a service's request/reply operation. Speaks the wire format of
 * @nestjs/microservices' NATS transport (`{pattern, data, id}` in,
 * `{id, response | err, isDisposed}` out), validates the input before it
 * leaves and the reply when it comes back, and never waits past its timeout:
 * an absent or slow service is SERVICE_UNAVAILABLE.
 */
export class RpcClient {
  private constructor(
    readonly nc: NatsConnection,
    private readonly timeoutMs: number,
    /** Defaults to the process's RPC_SIGNING_KEY. */
    private readonly signingKey?: Buffer,
  ) {}

  static async connect(options: { servers: string; name: string; timeoutMs: number; signingKey?: Buffer; security?: NatsSecurityConfig }): Promise<RpcClient> {
    const nc = await connectNats(options);
    return new RpcClient(nc, options.timeoutMs, options.signingKey);
  }

  static fromConnection(nc: NatsConnection, timeoutMs: number, signingKey?: Buffer): RpcClient {
    return new RpcClient(nc, timeoutMs, signingKey);
  }

  async call<D extends RpcDefinition>(def: D, input: z.input<D['input']>, meta: CallMeta, timeoutMs = this.timeoutMs): Promise<z.infer<D['output']>> {
    const request = def.request.safeParse({ actor: meta.actor, correlationId: meta.correlationId, ...(meta.requestId ? { requestId: meta.requestId } : {}), input });
    if (!request.success) {
      throw new DomainError(
        'VALIDATION_FAILED',
        `invalid ${def.name} input`,
        request.error.issues.slice(0, 20).map((i) => ({ path: i.path.filter((p) => p !== 'input').join('.'), message: i.message })),
      );
    }
    return withSpan(`${def.subject} send`, { kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'nats', 'rpc.method': def.name } }, async () => {
      const h = natsHeaders();
      injectTraceContext(h);
      const key = this.signingKey ?? requestSigningKey();
      if (!key) throw new DomainError('INTERNAL', 'RPC_SIGNING_KEY is not configured: requests to services must be signed');
      h.set(REQUEST_SIGNATURE_HEADER, signRequest(key, def.subject, JSON.stringify(request.data)));
      let raw: unknown;
      try {
        const msg = await this.nc.request(def.subject, JSON.stringify({ pattern: def.subject, data: request.data, id: randomUUID() }), {
          timeout: timeoutMs,
          headers: h,
        });
        raw = msg.json();
      } catch (err) {
        const message = (err as Error).message ?? '';
        const reason = /no responders|503/i.test(message) ? 'is not running' : /timeout/i.test(message) ? `did not answer within ${timeoutMs} ms` : 'cannot be reached';
        throw new DomainError('SERVICE_UNAVAILABLE', `the ${def.context} service ${reason}`);
      }
      const envelope = raw as { response?: unknown; err?: unknown };
      if (envelope.err !== undefined && envelope.err !== null) throw new DomainError('INTERNAL', `the ${def.context} service failed`);
      const reply = replySchema(def.output).safeParse(envelope.response);
      if (!reply.success) throw new DomainError('INTERNAL', `the ${def.context} service sent a reply that breaks its contract`);
      if (!reply.data.ok) throw new DomainError(reply.data.error.code, reply.data.error.message, reply.data.error.details);
      return reply.data.data as z.infer<D['output']>;
    });
  }

  async close(): Promise<void> {
    if (!this.nc.isClosed()) await this.nc.drain().catch(() => this.nc.close());
  }
}
