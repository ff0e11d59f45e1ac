import {
  AidForms,
  EligibilityGroups,
  FieldsOfLaw,
  hsdsId,
  ORGANISATION_KINDS,
  PROVIDER_KINDS,
  type AidForm,
  type HsdsExport,
  type HsdsOrganization,
  type HsdsService,
} from '@legalaid/contracts';
import type { z } from 'zod';
import type {
  HsdsAttributeSchema,
  HsdsLocationSchema,
  HsdsOrganizationBaseSchema,
  HsdsPhoneSchema,
  HsdsScheduleSchema,
  HsdsServiceBaseSchema,
  HsdsTaxonomyTermSchema,
} from '@legalaid/contracts';
import { EMPTY_DIRECTORY, type Organisation } from './organisation.js';
import type { Provider } from './provider.js';

/**
 * The public directory of legal aid (Open Referral HSDS 3.0), built from the
 * registry: an organisation's services are its forms of aid, each described
 * by the providers who agreed to be listed (fields of law, languages, areas,
 * remote advice, and their name and kind as contacts). A provider who has
 * not agreed contributes nothing, not even to a language or a field.
 */

type OrganizationBase = z.infer<typeof HsdsOrganizationBaseSchema>;
type ServiceBase = z.infer<typeof HsdsServiceBaseSchema>;
type Location = z.infer<typeof HsdsLocationSchema>;
type Phone = z.infer<typeof HsdsPhoneSchema>;
type Schedule = z.infer<typeof HsdsScheduleSchema>;
type Attribute = z.infer<typeof HsdsAttributeSchema>;
type TaxonomyTerm = z.infer<typeof HsdsTaxonomyTermSchema>;

/** Names of places, by administrative unit code (2025 list). */
export interface UnitNames {
  province(code: string): { name: string } | undefined;
  unit(code: string): { name: string } | undefined;
}

/** An organisation and its listed providers; `changedAt` is when its directory entry last changed. */
export interface DirectoryEntry {
  organisation: Organisation;
  providers: Provider[];
  changedAt: Date;
}

/** Labels for the languages the network meets most (ISO 639-3); others are shown by code. */
const LANGUAGE_NAMES: Record<string, string> = {
  vie: 'Tiếng Việt (Vietnamese)',
  khm: 'Tiếng Khmer (Khmer)',
  cjm: 'Tiếng Chăm (Cham)',
  hnj: 'Tiếng H’Mông (Hmong Njua)',
  blt: 'Tiếng Thái (Tai Dam)',
  tyz: 'Tiếng Tày (Tày)',
  nut: 'Tiếng Nùng (Nùng)',
  jra: 'Tiếng Gia Rai (Jarai)',
  rad: 'Tiếng Ê Đê (Rade)',
  bdq: 'Tiếng Ba Na (Bahnar)',
  mnw: 'Tiếng Mường (Mường)',
  cmn: 'Tiếng Trung (Mandarin Chinese)',
  eng: 'Tiếng Anh (English)',
};


const ELIGIBILITY =
  'Miễn phí cho người được trợ giúp pháp lý theo Điều 7 Luật Trợ giúp pháp lý 2017 (sửa đổi): ' +
  EligibilityGroups.terms.map((t) => t.vi).join('; ') +
  '. — Free for the persons entitled to legal aid under Article 7 of the Law on Legal Aid 2017, as amended: ' +
  EligibilityGroups.terms.map((t) => t.en).join('; ') +
  '.';

const iso = (d: Date | string) => new Date(d).toISOString();
const label = (t: { vi: string; en: string }) => `${t.vi} (${t.en})`;

function term(taxonomy: string, code: string, t: { vi: string; en: string }): TaxonomyTerm {
  return { id: hsdsId('taxonomy_term', taxonomy, code), code, name: t.vi, description: t.en, taxonomy, language: 'vi' };
}

const REMOTE_TERM = term('legalaid.delivery', 'REMOTE', { vi: 'Tư vấn từ xa (điện thoại, trực tuyến)', en: 'Remote advice (phone, online)' });

function attribute(linkId: string, t: TaxonomyTerm): Attribute {
  return { id: hsdsId('attribute', linkId, t.id), link_id: linkId, link_type: 'service', link_entity: 'service', taxonomy_term_id: t.id, value: t.code, taxonomy_term: t };
}

export function organizationBase(o: Organisation): OrganizationBase {
  const d = o.directory ?? EMPTY_DIRECTORY;
  const kindLabel = label(ORGANISATION_KINDS.find((k) => k.code === o.kind)!);
  return {
    id: hsdsId('organization', o._id),
    name: o.name,
    description: d.description ?? kindLabel,
    // The e-mail and main phone are the contact profile's: one place for the directory and every other reader.
    ...(o.contact?.email ? { email: o.contact.email } : {}),
    ...(d.website ? { website: d.website } : {}),
    legal_status: kindLabel,
    ...(o.parentOrganisationId ? { parent_organization_id: hsdsId('organization', o.parentOrganisationId) } : {}),
  };
}

const MAIN_PHONE = 'Số điện thoại chính (Main number)';

/** The contact's phone first, then the further numbers the directory publishes. */
function phones(o: Organisation, link: { organization_id?: string; location_id?: string; service_id?: string }): Phone[] {
  const at = link.service_id ?? link.location_id ?? link.organization_id!;
  const main = o.contact?.phone ? [{ number: o.contact.phone, description: MAIN_PHONE }] : [];
  return [...main, ...(o.directory?.phones ?? [])].map((p, i) => ({
    id: hsdsId('phone', at, String(i)),
    ...link,
    number: p.number,
    type: 'voice',
    ...(p.description ? { description: p.description } : {}),
  }));
}

function schedules(o: Organisation, link: { location_id?: string; service_at_location_id?: string }): Schedule[] {
  const at = link.service_at_location_id ?? link.location_id!;
  return (o.directory?.openingHours ?? []).map((h, i) => ({
    id: hsdsId('schedule', at, String(i)),
    ...link,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: h.days.join(','),
    opens_at: h.opensAt,
    closes_at: h.closesAt,
    timezone: 7,
    description: `${h.days.join(', ')} ${h.opensAt}–${h.closesAt} (Asia/Ho_Chi_Minh)`,
  }));
}

/** The organisation's office as a location, when it published an address. */
function location(o: Organisation, units: UnitNames): Location | null {
  const a = o.directory?.address;
  if (!a) return null;
  const id = hsdsId('location', o._id);
  const commune = units.unit(a.communeCode)?.name ?? a.communeCode;
  const province = units.province(o.provinceCode)?.name ?? o.provinceCode;
  return {
    id,
    location_type: 'physical',
    organization_id: hsdsId('organization', o._id),
    name: o.name,
    description: `${a.street}, ${commune}, ${province}`,
    external_identifier: a.communeCode,
    external_identifier_type: 'vn-admin-unit-2025',
    addresses: [
      {
        id: hsdsId('address', o._id),
        location_id: id,
        address_1: a.street,
        // Since 1 July 2025 there are two levels: the commune or ward, and the province.
        address_2: commune,
        city: commune,
        region: province,
        state_province: province,
        postal_code: a.postalCode ?? '',
        country: 'VN',
        address_type: 'physical',
      },
    ],
    phones: phones(o, { location_id: id }),
    schedules: schedules(o, { location_id: id }),
  };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** The forms of aid the organisation's listed providers give, in vocabulary order. */
export function formsOf(entry: DirectoryEntry): AidForm[] {
  const given = new Set(entry.providers.flatMap((p) => p.aidForms));
  return AidForms.terms.map((t) => t.code).filter((f) => given.has(f));
}

function serviceBase(entry: DirectoryEntry, form: AidForm): ServiceBase {
  const o = entry.organisation;
  const ps = entry.providers.filter((p) => p.aidForms.includes(form));
  const formTerm = AidForms.terms.find((t) => t.code === form)!;
  const fields = FieldsOfLaw.terms.filter((t) => ps.some((p) => p.fieldsOfLaw.includes(t.code)));
  const languages = uniq(ps.flatMap((p) => p.languages)).sort();
  const remote = ps.some((p) => p.remoteAdvice);
  return {
    id: hsdsId('service', o._id, form),
    organization_id: hsdsId('organization', o._id),
    name: `${formTerm.vi} — ${o.name}`,
    alternate_name: `${formTerm.en} — ${o.name}`,
    description:
      `${formTerm.vi}: ${fields.map((f) => f.vi).join(', ')}.${remote ? ' Có tư vấn từ xa.' : ''} — ` +
      `${formTerm.en}: ${fields.map((f) => f.en).join(', ')}.${remote ? ' Remote advice available.' : ''}`,
    status: 'active',
    interpretation_services: languages.map((l) => LANGUAGE_NAMES[l] ?? l).join(', '),
    application_process:
      'Liên hệ tổ chức (điện thoại, trực tiếp) hoặc gửi yêu cầu qua Trung tâm trợ giúp pháp lý nhà nước. — Contact the organisation (phone, in person) or ask the state legal aid centre.',
    fees_description: 'Miễn phí (Free of charge).',
    eligibility_description: ELIGIBILITY,
    last_modified: iso(entry.changedAt),
  };
}

function fullService(entry: DirectoryEntry, form: AidForm, units: UnitNames): HsdsService {
  const o = entry.organisation;
  const base = serviceBase(entry, form);
  const ps = entry.providers.filter((p) => p.aidForms.includes(form));
  const loc = location(o, units);
  const areaKeys = uniq(ps.flatMap((p) => p.areas.map((a) => a.communeCode ?? `P${a.provinceCode}`))).sort();
  const formTerm = AidForms.terms.find((t) => t.code === form)!;
  const terms = [
    term('legalaid.aid-form', form, formTerm),
    ...FieldsOfLaw.terms.filter((t) => ps.some((p) => p.fieldsOfLaw.includes(t.code))).map((t) => term('legalaid.field-of-law', t.code, t)),
    ...(ps.some((p) => p.remoteAdvice) ? [REMOTE_TERM] : []),
  ];
  return {
    ...base,
    phones: phones(o, { service_id: base.id }),
    schedules: [],
    service_areas: areaKeys.map((k) => {
      const province = k.startsWith('P');
      const code = province ? k.slice(1) : k;
      const name = (province ? units.province(code) : units.unit(code))?.name ?? code;
      return { id: hsdsId('service_area', base.id, k), service_id: base.id, name, description: province ? 'Toàn tỉnh/thành phố (whole province)' : 'Xã/phường (commune or ward)', extent: code, extent_type: 'vn-admin-unit-2025' };
    }),
    service_at_locations: loc
      ? [
          {
            id: hsdsId('service_at_location', o._id, form),
            service_id: base.id,
            location_id: loc.id,
            description: `${formTerm.vi} tại ${loc.description} (${formTerm.en})`,
            location: loc,
            schedules: schedules(o, { service_at_location_id: hsdsId('service_at_location', o._id, form) }),
          },
        ]
      : [],
    languages: uniq(ps.flatMap((p) => p.languages)).sort().map((code) => ({ id: hsdsId('language', base.id, code), service_id: base.id, name: LANGUAGE_NAMES[code] ?? code, code })),
    organization: organizationBase(o),
    contacts: ps
      .slice()
      .sort((a, b) => a._id.localeCompare(b._id))
      .map((p) => ({
        id: hsdsId('contact', base.id, p._id),
        service_id: base.id,
        organization_id: hsdsId('organization', o._id),
        name: p.displayName,
        title: label(PROVIDER_KINDS.find((k) => k.code === p.kind)!),
      })),
    attributes: terms.map((t) => attribute(base.id, t)),
  };
}

/** Services as `/services` lists them: without their nested lists, with their organisation. */
export function serviceListItems(entry: DirectoryEntry): (ServiceBase & { organization: OrganizationBase })[] {
  return formsOf(entry).map((f) => ({ ...serviceBase(entry, f), organization: organizationBase(entry.organisation) }));
}

/** Services at the organisation's office, as `/service_at_locations` lists them. */
export function serviceAtLocationItems(entry: DirectoryEntry, units: UnitNames) {
  return directoryServices(entry, units).flatMap((s) =>
    s.service_at_locations.map(({ schedules: _s, ...sal }) => {
      void _s;
      const { phones: _p, schedules: _sc, service_areas: _a, service_at_locations: _l, languages: _g, organization: _o, contacts: _c, attributes: _t, ...service } = s;
      void [_p, _sc, _a, _l, _g, _o, _c, _t];
      return { ...sal, service };
    }),
  );
}

export function directoryServices(entry: DirectoryEntry, units: UnitNames): HsdsService[] {
  return formsOf(entry).map((f) => fullService(entry, f, units));
}

export function directoryOrganization(entry: DirectoryEntry, units: UnitNames): HsdsOrganization {
  const o = entry.organisation;
  const loc = location(o, units);
  return {
    ...organizationBase(o),
    phones: phones(o, { organization_id: hsdsId('organization', o._id) }),
    locations: loc ? [loc] : [],
    services: formsOf(entry).map((f) => serviceBase(entry, f)),
  };
}

/** The whole directory as HSDS tables: flat rows joined by ids. */
export function directoryExport(entries: DirectoryEntry[], units: UnitNames): HsdsExport {
  const out: HsdsExport = { organization: [], service: [], location: [], address: [], phone: [], schedule: [], service_at_location: [], language: [], service_area: [], contact: [], attribute: [], taxonomy_term: [] };
  const terms = new Map<string, TaxonomyTerm>();
  for (const entry of entries) {
    const org = directoryOrganization(entry, units);
    const { phones: orgPhones, locations, services: _services, ...orgRow } = org;
    void _services;
    out.organization.push(orgRow);
    out.phone.push(...orgPhones);
    for (const l of locations) {
      const { addresses, phones: lp, schedules: ls, ...row } = l;
      out.location.push(row);
      out.address.push(...(addresses ?? []));
      out.phone.push(...(lp ?? []));
      out.schedule.push(...(ls ?? []));
    }
    for (const s of directoryServices(entry, units)) {
      const { phones: sp, schedules: ss, service_areas, service_at_locations, languages, organization: _org, contacts, attributes, ...row } = s;
      void _org;
      out.service.push(row);
      out.phone.push(...sp);
      out.schedule.push(...ss);
      out.service_area.push(...service_areas);
      for (const sal of service_at_locations) {
        const { location: _loc, schedules: salSchedules, ...salRow } = sal;
        void _loc;
        out.service_at_location.push(salRow);
        out.schedule.push(...salSchedules);
      }
      out.language.push(...languages);
      out.contact.push(...contacts);
      for (const a of attributes) {
        const { taxonomy_term, ...aRow } = a;
        if (taxonomy_term) terms.set(taxonomy_term.id, taxonomy_term);
        out.attribute.push(aRow);
      }
    }
  }
  out.taxonomy_term = [...terms.values()].sort((a, b) => a.id.localeCompare(b.id));
  return out;
}
