import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Authenticator } from '../src/auth.js';
import { USER_ROLES } from '../src/access.js';
import { REPO_ROOT } from '../../infra/src/runtime/network.js';

const SECRET = 'token-cli-secret-that-is-long-enough-0123456789';
const hs = new Authenticator({ JWT_ALG: 'HS256', JWT_SECRET: SECRET, JWT_ISSUER: 'legalaid-dev', JWT_AUDIENCE: 'legalaid-gateway' });

/** Runs `npm run token`'s command exactly as package.json has it (from the sources: no build needed). */
const script = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.token;
async function token(args: string[], env: Record<string, string> = { JWT_SECRET: SECRET }): Promise<{ code: number; stdout: string; stderr: string }> {
  const [node, ...rest] = script.split(' ');
  expect(node).toBe('node');
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...rest, ...args], { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run token', () => {
  it('runs from the TypeScript sources, so it works after `npm ci` without a build', () => {
    expect(script).not.toMatch(/dist/);
    expect(script).toMatch(/--import \.\/infra\/loader\/register\.mjs gateway\/src\/cli\/token\.ts$/);
  });

  it('mints a token the gateway accepts, with the claims asked for', async () => {
    const out = await token(['--role', 'LAWYER', '--org', 'bar-hcm', '--provider', 'prov-1', '--sub', 'lawyer-1']);
    expect(out.code).toBe(0);
    await expect(hs.actorFrom(`Bearer ${out.stdout.trim()}`)).resolves.toEqual({ id: 'lawyer-1', role: 'LAWYER', organisationId: 'bar-hcm', providerId: 'prov-1' });
  });

  it.each(['SYSTEM', 'CITIZEN', 'ROOT'])('refuses the role %s, which no person holds, and mints nothing', async (role) => {
    const out = await token(['--role', role, '--org', 'c1']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`--role must be one of ${USER_ROLES.join(', ')} (not ${role})`);
  });

  it('refuses a lawyer without a provider id, a bad lifetime and a missing secret', async () => {
    expect(await token(['--role', 'LAWYER'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--provider is needed for LAWYER') });
    expect(await token(['--role', 'ADMIN', '--ttl', 'forever'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('--ttl must be') });
    expect(await token(['--role', 'ADMIN'], {})).toMatchObject({ code: 2, stdout: '', stderr: expect.stringContaining('JWT_SECRET is not set') });
  });

  it('prints help that lists exactly the roles it accepts', async () => {
    const out = await token(['--help'], {});
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`--role      one of ${USER_ROLES.join(', ')}`);
    expect(out.stdout).not.toMatch(/SYSTEM|CITIZEN/);
  });
});
