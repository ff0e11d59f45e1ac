import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One e-mail as a real SMTP server on loopback received it. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  deliveryId: string;
  raw: string;
}

function decodeWords(s: string): string {
  return s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQp(data.replace(/_/g, ' ')),
  );
}

function decodeQp(s: string): string {
  const bytes: number[] = [];
  const flat = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < flat.length; i++) {
    if (flat[i] === '=' && /^[0-9A-F]{2}$/i.test(flat.slice(i + 1, i + 3))) {
      bytes.push(parseInt(flat.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(flat[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Headers and the decoded text body of a single-part message as nodemailer writes it. */
export function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const enc = header('Content-Transfer-Encoding').toLowerCase();
  const text = enc === 'quoted-printable' ? decodeQp(body) : enc === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : body;
  return { to, subject: decodeWords(header('Subject')), text: text.replace(/\r\n/g, '\n').trim(), messageId: header('Message-ID'), deliveryId: header('X-Legalaid-Delivery'), raw };
}

export interface Mailbox {
  url: string;
  received: ReceivedMail[];
  /** While true, the server answers every message with a temporary failure (451). */
  refusing: boolean;
  close(): Promise<void>;
}

/** A real SMTP server (the `smtp-server` package) on a free loopback port. */
export async function startMailbox(): Promise<Mailbox> {
  const box: Mailbox = { url: '', received: [], refusing: false, close: async () => undefined };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (box.refusing) {
          const err = Object.assign(new Error('mailbox temporarily unavailable'), { responseCode: 451 });
          return callback(err);
        }
        box.received.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  box.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  box.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return box;
}

export interface HttpRequestSeen {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface FakeEndpoint {
  url: string;
  /** Requests answered with success. */
  accepted: HttpRequestSeen[];
  /** Every request, including the refused ones. */
  seen: HttpRequestSeen[];
  /** `ok`; `down` answers 503; `reject` answers 400; `zns-error` answers HTTP 200 with a Zalo error code. */
  mode: 'ok' | 'down' | 'reject' | 'zns-error';
  close(): Promise<void>;
}

/**
 * A local HTTP server standing in for an SMS gateway or Zalo's ZNS
 * endpoint, failing on purpose when told to. Success answers the way the
 * real one does (`{ error: 0, data: { msg_id } }` for Zalo).
 */
export async function startEndpoint(kind: 'sms' | 'zalo'): Promise<FakeEndpoint> {
  const ep: FakeEndpoint = { url: '', accepted: [], seen: [], mode: 'ok', close: async () => undefined };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const seen = { path: req.url ?? '', headers: req.headers, body: JSON.parse(raw || '{}') as Record<string, unknown> };
      ep.seen.push(seen);
      res.setHeader('content-type', 'application/json');
      if (ep.mode === 'down') {
        res.statusCode = 503;
        return res.end('{"error":"maintenance"}');
      }
      if (ep.mode === 'reject') {
        res.statusCode = 400;
        return res.end('{"error":"invalid number"}');
      }
      if (ep.mode === 'zns-error') return res.end(JSON.stringify({ error: -124, message: 'Access token is invalid' }));
      ep.accepted.push(seen);
      res.end(kind === 'zalo' ? JSON.stringify({ error: 0, message: 'Success', data: { msg_id: `m${ep.accepted.length}`, sent_time: String(Date.now()) } }) : '{"accepted":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  ep.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${kind === 'zalo' ? 'message/template' : 'sms'}`;
  ep.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return ep;
}
