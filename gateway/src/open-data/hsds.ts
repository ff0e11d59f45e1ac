import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchingRpc } from '@legalaid/contracts';
import { badRequest, callPublic, onlyParams, sendJson, type OpenDataContext } from './http.js';
import { buildOpenApi, HSDS_DIR, HSDS_PARAMS } from './hsds-files.js';

/**
 * The provider directory as an Open Referral HSDS 3.0 API under `/hsds`:
 * `/services`, `/services/{id}`, `/organizations`, `/organizations/{id}`,
 * `/service_at_locations` (HSDS's page envelope, `page`, `per_page`,
 * `modified_after`), `/export` (every table), `/openapi.json` and the
 * schemas it refers to. Matching answers every read.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
let openApi: string | null = null;

function positiveInt(url: URL, name: string, fallback: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) throw badRequest(`${name} must be a whole number from 1 to ${max}`, name);
  return Number(raw);
}

function listInput(url: URL, endpoint: keyof typeof HSDS_PARAMS) {
  onlyParams(url, HSDS_PARAMS[endpoint]);
  const modifiedAfter = url.searchParams.get('modified_after');
  if (modifiedAfter !== null && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(modifiedAfter) || Number.isNaN(Date.parse(modifiedAfter)))) {
    throw badRequest('modified_after must be a date and time with its offset, e.g. 2026-01-31T00:00:00+07:00', 'modified_after');
  }
  const organizationId = url.searchParams.get('organization_id');
  if (organizationId !== null && !UUID.test(organizationId)) throw badRequest('organization_id must be an HSDS organization id (a UUID)', 'organization_id');
  return {
    page: positiveInt(url, 'page', 1, 100000),
    perPage: positiveInt(url, 'per_page', 50, 100),
    ...(modifiedAfter ? { modifiedAfter: new Date(modifiedAfter).toISOString() } : {}),
    ...(organizationId ? { organizationId: organizationId.toLowerCase() } : {}),
  };
}

function entityId(raw: string): string {
  if (!UUID.test(raw)) throw badRequest('the id must be an HSDS id (a UUID)', 'id');
  return raw.toLowerCase();
}

/** Answers a `/hsds/...` request; false when the path is not one of the API's. */
export async function serveHsds(ctx: OpenDataContext, path: string): Promise<boolean> {
  const { res, url } = ctx;
  const rest = path.replace(/^\/hsds\/?/, '');
  const [first, second, ...more] = rest.split('/');
  if (more.length > 0) return false;
  if (rest === '') {
    onlyParams(url, []);
    sendJson(res, 200, { version: '3.0', profile: 'https://docs.openreferral.org/en/3.0/', openapi_url: new URL('/hsds/openapi.json', url).toString() });
    return true;
  }
  if (rest === 'openapi.json') {
    openApi ??= JSON.stringify(buildOpenApi());
    sendJson(res, 200, JSON.parse(openApi));
    return true;
  }
  if (first === 'schemas' && second && /^[a-z_]+\.json$/.test(second)) {
    const file = join(HSDS_DIR, 'compiled', second);
    if (!existsSync(file)) return false;
    sendJson(res, 200, JSON.parse(readFileSync(file, 'utf8')));
    return true;
  }
  if (first === 'export' && second === undefined) {
    onlyParams(url, []);
    const data = await callPublic(ctx, MatchingRpc.directoryExport, {});
    sendJson(res, 200, data, { 'content-disposition': 'attachment; filename="legal-aid-directory-hsds.json"' });
    return true;
  }
  if (first === 'organizations') {
    if (second === undefined) sendJson(res, 200, await callPublic(ctx, MatchingRpc.directoryOrganizations, listInput(url, '/organizations')));
    else {
      onlyParams(url, []);
      sendJson(res, 200, await callPublic(ctx, MatchingRpc.directoryOrganization, { id: entityId(second) }));
    }
    return true;
  }
  if (first === 'services') {
    if (second === undefined) sendJson(res, 200, await callPublic(ctx, MatchingRpc.directoryServices, listInput(url, '/services')));
    else {
      onlyParams(url, []);
      sendJson(res, 200, await callPublic(ctx, MatchingRpc.directoryService, { id: entityId(second) }));
    }
    return true;
  }
  if (first === 'service_at_locations' && second === undefined) {
    sendJson(res, 200, await callPublic(ctx, MatchingRpc.directoryServiceAtLocations, listInput(url, '/service_at_locations')));
    return true;
  }
  return false;
}
