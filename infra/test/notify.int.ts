import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebhookDeliveryError, WebhookNotifier, webhookSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../src/notify/webhook.js';

/** The webhook adapter against a real local HTTP server that misbehaves on purpose. */
interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server | undefined;
afterEach(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});

async function gateway(answer: (n: number, res: ServerResponse) => void): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      answer(received.length, res);
    });
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/sms`, received };
}

const message = { to: '+84912345678', text: 'Mời anh/chị đánh giá: https://example.vn/f/SECRET-TOKEN' };

describe('webhook notifier', () => {
  it('retries a failing gateway until it accepts, with the same idempotency key and a valid signature', async () => {
    const gw = await gateway((n, res) => {
      res.statusCode = n <= 2 ? 503 : 202;
      res.end();
    });
    const notifier = new WebhookNotifier({ url: gw.url, secret: 'webhook-secret', backoffMs: [20, 20, 20] });
    const report = await notifier.deliver(message, 'inv-1');
    expect(report.attempts.map((a) => a.status)).toEqual([503, 503, 202]);
    expect(report.attempts[0].error).toBe('the gateway answered HTTP 503');
    expect(gw.received).toHaveLength(3);
    expect(new Set(gw.received.map((r) => r.headers['idempotency-key']))).toEqual(new Set(['inv-1']));
    const last = gw.received[2];
    expect(JSON.parse(last.body)).toEqual(message);
    const ts = last.headers[TIMESTAMP_HEADER.toLowerCase()] as string;
    expect(last.headers[SIGNATURE_HEADER.toLowerCase()]).toBe(webhookSignature('webhook-secret', ts, last.body));
    expect(last.headers[SIGNATURE_HEADER.toLowerCase()]).not.toBe(webhookSignature('other-secret', ts, last.body));
  });

  it('gives up after its retries and reports every attempt, without the message in the error', async () => {
    const gw = await gateway((_n, res) => {
      res.statusCode = 500;
      res.end();
    });
    const err = (await new WebhookNotifier({ url: gw.url, backoffMs: [10, 10] }).deliver(message, 'inv-2').catch((e: unknown) => e)) as WebhookDeliveryError;
    expect(err).toBeInstanceOf(WebhookDeliveryError);
    expect(err.permanent).toBe(false);
    expect(err.attempts).toHaveLength(3);
    expect(gw.received).toHaveLength(3);
    expect(JSON.stringify({ m: err.message, a: err.attempts })).not.toMatch(/SECRET-TOKEN|912345678/);
  });

  it('does not retry a message the gateway refuses', async () => {
    const gw = await gateway((_n, res) => {
      res.statusCode = 400;
      res.end();
    });
    const err = (await new WebhookNotifier({ url: gw.url, backoffMs: [10, 10] }).deliver(message, 'inv-3').catch((e: unknown) => e)) as WebhookDeliveryError;
    expect(err.permanent).toBe(true);
    expect(gw.received).toHaveLength(1);
  });

  it('retries a gateway that does not answer in time, and honours Retry-After', async () => {
    const gw = await gateway((n, res) => {
      if (n === 1) return; // hangs: the client times out
      if (n === 2) {
        res.statusCode = 429;
        res.setHeader('retry-after', '1');
        return res.end();
      }
      res.statusCode = 200;
      res.end();
    });
    const waits: number[] = [];
    const notifier = new WebhookNotifier({ url: gw.url, timeoutMs: 300, backoffMs: [10, 10, 10], sleep: async (ms) => void waits.push(ms) });
    const report = await notifier.deliver(message, 'inv-4');
    expect(report.attempts.map((a) => a.status)).toEqual([null, 429, 200]);
    expect(report.attempts[0].error).toBe('no answer within 300 ms');
    expect(waits).toEqual([10, 1000]);
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => new WebhookNotifier({ url: 'ftp://example.vn' })).toThrow(/http/);
  });
});
