import { parseArgs } from 'node:util';
import { ActorSchema } from '@legalaid/contracts';
import { devToken } from '../auth.js';
import { isUserRole, USER_ROLES } from '../access.js';

const HELP = `Prints a development token (HS256) for the gateway.

  JWT_SECRET=<secret> npm run token -- --role <role> [--sub <id>] [--org <organisation id>] [--provider <provider id>] [--ttl 8h]

  --role      one of ${USER_ROLES.join(', ')}
  --org       the organisation (a centre's staff: the centre's id); needed by CENTRE_STAFF and ORG_ADMIN
  --provider  the provider id; needed by LAWYER
  --sub       the user id (default: dev-<role>)
  --ttl       lifetime (default 8h), e.g. 30m, 2h

JWT_SECRET is the gateway's secret; \`npm start\` keeps it in .data/dev-secrets.json.
`;

/** `npm run token`: a development token for one person's role; refuses roles no person holds. */
function fail(message: string): never {
  process.stderr.write(`${message}\n\n${HELP}`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: { role: { type: 'string' }, sub: { type: 'string' }, org: { type: 'string' }, provider: { type: 'string' }, ttl: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (err) {
  fail((err as Error).message);
}
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const secret = process.env.JWT_SECRET;
if (!secret) fail('JWT_SECRET is not set: use the same secret as the gateway (see README, "Configuration").');
const role = values.role as string | undefined;
if (!role || !isUserRole(role)) fail(`--role must be one of ${USER_ROLES.join(', ')}${role ? ` (not ${role})` : ''}`);
if (role === 'LAWYER' && !values.provider) fail('--provider is needed for LAWYER');
if (['CENTRE_STAFF', 'ORG_ADMIN'].includes(role) && !values.org) fail(`--org is needed for ${role}`);
const claims = { sub: (values.sub as string | undefined) ?? `dev-${role.toLowerCase().replace(/_/g, '-')}`, role, org: values.org as string | undefined, providerId: values.provider as string | undefined };
const actor = ActorSchema.safeParse({ id: claims.sub, role, organisationId: claims.org, providerId: claims.providerId });
if (!actor.success) fail(`the claims are not valid: ${actor.error.issues.map((i) => `${i.path.join('.') || 'claims'}: ${i.message}`).join('; ')}`);
if (values.ttl !== undefined && !/^\d+\s?[smhd]$/.test(values.ttl as string)) fail('--ttl must be a number with s, m, h or d, e.g. 30m');
process.stdout.write(`${await devToken(secret, claims, { expiresIn: values.ttl as string | undefined })}\n`);
