import { Injectable } from '@nestjs/common';
import { AdministrativeUnits, bundledAdminUnits, DomainError, type InputOf, type MatchingRpc, type OutputOf, type RpcRequest } from '@legalaid/contracts';
import { OrganisationRepository } from '../adapters/organisation.repository.js';
import { ProviderRepository } from '../adapters/provider.repository.js';
import {
  directoryExport,
  directoryOrganization,
  directoryServices,
  organizationBase,
  serviceAtLocationItems,
  serviceListItems,
  type DirectoryEntry,
} from '../domain/directory.js';
import type { Organisation } from '../domain/organisation.js';
import type { Provider } from '../domain/provider.js';

/**
 * The public directory (HSDS 3.0): read-only, for any caller (the gateway
 * asks as an anonymous citizen). Reads go through indexed equality queries:
 * listed organisations in id order, one organisation's listed providers, an
 * organisation by any of its HSDS ids, and changes since an instant on the
 * `updatedAt` / `directoryUpdatedAt` indexes. Providers who have not agreed
 * to be listed are never read.
 */

const units = new AdministrativeUnits(bundledAdminUnits);
type ListInput = InputOf<typeof MatchingRpc.directoryServices>;

const latest = (...ds: (Date | undefined | null)[]) => new Date(Math.max(...ds.filter((d): d is Date => !!d).map((d) => new Date(d).getTime())));

/** HSDS's page envelope over a list already in its final order. */
function pageOf<T>(items: T[], total: number, page: number, perPage: number, offsetApplied = false) {
  const contents = offsetApplied ? items : items.slice((page - 1) * perPage, page * perPage);
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

@Injectable()
export class DirectoryReader {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly providers: ProviderRepository,
  ) {}

  entryOf(o: Organisation, providers: Provider[], changedAt?: Date): DirectoryEntry {
    return { organisation: o, providers, changedAt: latest(o.updatedAt ?? o.registeredAt, changedAt, ...providers.map((p) => p.directoryUpdatedAt)) };
  }

  /** Every listed organisation with its listed providers: two scans by equality, in id order. */
  async all(): Promise<DirectoryEntry[]> {
    const byOrg = new Map<string, Provider[]>();
    for await (const page of this.providers.listed()) for (const p of page) byOrg.set(p.organisationId, [...(byOrg.get(p.organisationId) ?? []), p]);
    const out: DirectoryEntry[] = [];
    for await (const page of this.organisations.listed()) for (const o of page) out.push(this.entryOf(o, byOrg.get(o._id) ?? []));
    return out;
  }

  /** Listed organisations whose entry (their own data or a provider's listing) changed at or after `since`, in id order. */
  async changedSince(since: Date): Promise<DirectoryEntry[]> {
    const changed = new Map<string, Date>();
    for (const o of await this.organisations.changedSince(since)) changed.set(o._id, latest(changed.get(o._id), o.updatedAt));
    for (const p of await this.providers.directoryChangedSince(since)) changed.set(p.organisationId, latest(changed.get(p.organisationId), p.directoryUpdatedAt));
    const out: DirectoryEntry[] = [];
    for (const id of [...changed.keys()].sort()) {
      const o = await this.organisations.get(id);
      if (o?.directoryListed) out.push(this.entryOf(o, await this.providers.listedOf(id), changed.get(id)));
    }
    return out;
  }

  /** The listed organisation one of whose HSDS ids is `id`. */
  async byHsdsId(id: string): Promise<DirectoryEntry> {
    const o = await this.organisations.findByHsdsId(id);
    if (!o?.directoryListed) throw new DomainError('NOT_FOUND', `nothing in the directory has the id ${id}`);
    return this.entryOf(o, await this.providers.listedOf(o._id));
  }

  /** The entries a list covers: changed ones only with `modifiedAfter`, one organisation's with `organizationId`. */
  async entries(input: ListInput): Promise<DirectoryEntry[]> {
    if (input.organizationId) {
      const one = await this.byHsdsId(input.organizationId).catch(() => null);
      const since = input.modifiedAfter ? new Date(input.modifiedAfter) : null;
      return one && one.organisation && organizationBase(one.organisation).id === input.organizationId && (!since || one.changedAt >= since) ? [one] : [];
    }
    return input.modifiedAfter ? this.changedSince(new Date(input.modifiedAfter)) : this.all();
  }
}

/** `/organizations`: listed organisations by page (the page read from the index when nothing narrows it). */
@Injectable()
export class DirectoryOrganizations {
  constructor(
    private readonly reader: DirectoryReader,
    private readonly organisations: OrganisationRepository,
  ) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.directoryOrganizations>>): Promise<OutputOf<typeof MatchingRpc.directoryOrganizations>> {
    const { page, perPage, modifiedAfter, organizationId } = req.input;
    if (!modifiedAfter && !organizationId) {
      const [total, rows] = await Promise.all([this.organisations.countListed(), this.organisations.listedPage((page - 1) * perPage, perPage)]);
      return pageOf(rows.map(organizationBase), total, page, perPage, true);
    }
    const entries = await this.reader.entries(req.input);
    return pageOf(entries.map((e) => organizationBase(e.organisation)), entries.length, page, perPage);
  }
}

/** `/organizations/{id}`. */
@Injectable()
export class DirectoryOrganization {
  constructor(private readonly reader: DirectoryReader) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.directoryOrganization>>): Promise<OutputOf<typeof MatchingRpc.directoryOrganization>> {
    const entry = await this.reader.byHsdsId(req.input.id);
    const org = directoryOrganization(entry, units);
    if (org.id !== req.input.id) throw new DomainError('NOT_FOUND', `no organisation ${req.input.id} in the directory`);
    return org;
  }
}

/** `/services`: one service per organisation and form of aid its listed providers give. */
@Injectable()
export class DirectoryServices {
  constructor(private readonly reader: DirectoryReader) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.directoryServices>>): Promise<OutputOf<typeof MatchingRpc.directoryServices>> {
    const items = (await this.reader.entries(req.input)).flatMap(serviceListItems);
    return pageOf(items, items.length, req.input.page, req.input.perPage);
  }
}

/** `/services/{id}`. */
@Injectable()
export class DirectoryService {
  constructor(private readonly reader: DirectoryReader) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.directoryService>>): Promise<OutputOf<typeof MatchingRpc.directoryService>> {
    const entry = await this.reader.byHsdsId(req.input.id);
    const service = directoryServices(entry, units).find((s) => s.id === req.input.id);
    if (!service) throw new DomainError('NOT_FOUND', `no service ${req.input.id} in the directory`);
    return service;
  }
}

/** `/service_at_locations`. */
@Injectable()
export class DirectoryServiceAtLocations {
  constructor(private readonly reader: DirectoryReader) {}

  async execute(req: RpcRequest<InputOf<typeof MatchingRpc.directoryServiceAtLocations>>): Promise<OutputOf<typeof MatchingRpc.directoryServiceAtLocations>> {
    const items = (await this.reader.entries(req.input)).flatMap((e) => serviceAtLocationItems(e, units));
    return pageOf(items, items.length, req.input.page, req.input.perPage);
  }
}

/** The full export: every table of the directory. */
@Injectable()
export class DirectoryExport {
  constructor(private readonly reader: DirectoryReader) {}

  async execute(_req: RpcRequest<InputOf<typeof MatchingRpc.directoryExport>>): Promise<OutputOf<typeof MatchingRpc.directoryExport>> {
    return directoryExport(await this.reader.all(), units);
  }
}
