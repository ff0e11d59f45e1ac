import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Certificates {
  /** CA certificate (PEM): NATS_TLS_CA of every process. */
  ca: string;
  /** Server certificate and key (PEM), signed by the CA, valid for `hosts`. */
  cert: string;
  key: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * A private CA and one server certificate for the given host names and IP
 * addresses, made with the machine's openssl (nothing is downloaded). For
 * development, compose and tests; production uses the operator's PKI
 * (e.g. cert-manager in Kubernetes).
 */
export function createCertificates(dir: string, hosts: readonly string[], days = 825): Certificates {
  mkdirSync(dir, { recursive: true });
  const san = hosts.map((h) => (/^[\d.]+$|:/.test(h) ? `IP:${h}` : `DNS:${h}`)).join(',');
  writeFileSync(join(dir, 'server.ext'), `subjectAltName=${san}\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=digitalSignature,keyEncipherment\n`);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca-key.pem', '-out', 'ca.pem', '-days', String(days), '-subj', '/CN=legalaid-dev-ca'], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server-key.pem', '-out', 'server.csr', '-subj', `/CN=${hosts[0]}`], dir);
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-out', 'server.pem', '-days', String(days), '-extfile', 'server.ext'], dir);
  // The CA's key signs nothing more (making new certificates makes a new CA): it never reaches a server.
  for (const f of ['ca-key.pem', 'server.csr', 'server.ext', 'ca.srl']) rmSync(join(dir, f), { force: true });
  return { ca: join(dir, 'ca.pem'), cert: join(dir, 'server.pem'), key: join(dir, 'server-key.pem') };
}

/** nats-server's `tls` block for a certificate (clients check it against the CA). */
export function natsTlsBlock(certs: Certificates, options: { verifyClients?: boolean } = {}): string {
  return `tls: ${JSON.stringify({ cert_file: certs.cert, key_file: certs.key, ca_file: certs.ca, verify: options.verifyClients ?? false, timeout: 5 })}\n`;
}
