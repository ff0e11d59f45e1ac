import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The HSDS 3.0 reference files shipped in contracts (CC BY-SA 4.0, openreferral/specification). */
export const HSDS_DIR = join(dirname(createRequire(import.meta.url).resolve('@legalaid/contracts')), '..', 'src', 'reference', 'hsds-3.0');

export function readHsdsFile(relative: string): unknown {
  return JSON.parse(readFileSync(join(HSDS_DIR, relative), 'utf8'));
}

const COMPILED_REF = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/compiled/';

/** Supported query parameters per endpoint; anything else is refused with 400. */
export const HSDS_PARAMS = {
  '/organizations': ['page', 'per_page', 'modified_after'],
  '/services': ['page', 'per_page', 'modified_after', 'organization_id'],
  '/service_at_locations': ['page', 'per_page', 'modified_after', 'organization_id'],
} as const;

/**
 * This API's OpenAPI description: HSDS 3.0's own `openapi.json` narrowed to
 * the endpoints and parameters served here, with the schema references
 * pointing at the copies this server serves (`schemas/<name>.json`) instead
 * of GitHub, and the full export added.
 */
export function buildOpenApi(): Record<string, unknown> {
  const ref = readHsdsFile('openapi.json') as { paths: Record<string, Record<string, { parameters?: { $ref?: string }[] }>>; components: Record<string, unknown>; [k: string]: unknown };
  const paths: Record<string, unknown> = {};
  const keep = ['/', '/services', '/services/{id}', '/organizations', '/organizations/{id}', '/service_at_locations'];
  for (const p of keep) {
    const item = structuredClone(ref.paths[p]);
    const allowed: readonly string[] = (HSDS_PARAMS as Record<string, readonly string[]>)[p] ?? [];
    const get = item.get as { parameters?: { $ref?: string }[] };
    const params = (get.parameters ?? []).filter((x) => allowed.includes((x.$ref ?? '').split('/').pop() ?? ''));
    for (const name of allowed) if (!params.some((x) => x.$ref?.endsWith(`/${name}`))) params.push({ $ref: `#/components/parameters/${name}` });
    get.parameters = params;
    paths[p] = item;
  }
  paths['/export'] = {
    get: {
      summary: 'The whole directory as HSDS tables.',
      description: 'Every table of the directory (organization, service, location, address, phone, schedule, service_at_location, language, service_area, contact, attribute, taxonomy_term) as arrays of flat rows joined by ids.',
      operationId: 'getExport',
      responses: { '200': { description: 'The HSDS tabular export as JSON.', content: { 'application/json': { schema: { $ref: `${COMPILED_REF}tabular.json` } } } } },
    },
  };
  const doc = {
    ...ref,
    info: {
      title: 'Legal aid providers of the network (Open Referral HSDS 3.0)',
      version: '1.0.0',
      summary: 'Where to get free legal aid: organisations, their services, offices, phones and opening hours.',
      description:
        'Read-only, public, rate-limited. Services are one per organisation and form of aid; individual providers appear only when they agreed to be listed. Identifiers are stable UUIDs. The schemas are those of the Human Services Data Specification 3.0 (Open Referral, CC BY-SA 4.0).',
      license: { name: 'HSDS schemas: CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    },
    servers: [{ url: '/hsds' }],
    paths,
  };
  return JSON.parse(JSON.stringify(doc).split(COMPILED_REF).join('schemas/'));
}
