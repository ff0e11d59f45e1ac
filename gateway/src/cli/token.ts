import { parseArgs } from 'node:util';
import { ROLES } from '@legalaid/contracts';
import { devToken } from '../auth.js';

/** `npm run token -- --role CENTRE_STAFF [--sub id] [--org id] [--provider id]`: prints a development token. */
const { values } = parseArgs({
  options: { role: { type: 'string' }, sub: { type: 'string' }, org: { type: 'string' }, provider: { type: 'string' }, ttl: { type: 'string' } },
});
const secret = process.env.JWT_SECRET;
if (!secret) {
  process.stderr.write('JWT_SECRET is not set: use the same secret as the gateway (see README, "Configuration").\n');
  process.exit(2);
}
if (!values.role || !(ROLES as readonly string[]).includes(values.role)) {
  process.stderr.write(`--role must be one of ${ROLES.filter((r) => r !== 'SYSTEM' && r !== 'CITIZEN').join(', ')}\n`);
  process.exit(2);
}
const token = await devToken(secret, {
  sub: values.sub ?? `dev-${values.role.toLowerCase()}`,
  role: values.role,
  org: values.org,
  providerId: values.provider,
}, { expiresIn: values.ttl });
process.stdout.write(`${token}\n`);
