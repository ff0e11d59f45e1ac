import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';

/**
 * The provider directory as Open Referral HSDS 3.0 objects (schemas in
 * `reference/hsds-3.0/`, CC BY-SA 4.0): what matching answers the gateway's
 * public `/hsds/...` API with. Only the fields the network fills are
 * declared here; the tests validate the same objects against the official
 * schemas. Nothing in it describes a person except providers who consented
 * to be listed (their name and kind, as a service's contact).
 */

/** Namespace of the directory's HSDS identifiers (UUID v5 of the network's own ids, so they are stable). */
const HSDS_NAMESPACE = '1f4f7a52-3b0e-5c1a-9d3e-6a2b8c4d5e6f';

/** A stable HSDS identifier for an entity of the directory, e.g. `hsdsId('service', organisationId, 'ADVICE')`. */
export function hsdsId(kind: string, ...parts: string[]): string {
  return uuidv5([kind, ...parts].join('\u001f'), HSDS_NAMESPACE);
}

const Uuid = z.string().uuid();
const DateTime = z.string().datetime({ offset: true });

export const HsdsTaxonomyTermSchema = z
  .object({ id: Uuid, code: z.string(), name: z.string(), description: z.string(), taxonomy: z.string(), language: z.string() })
  .strict();

/** A classification of a service: its form of aid, a field of law, remote advice. */
export const HsdsAttributeSchema = z
  .object({
    id: Uuid,
    link_id: Uuid,
    link_type: z.string(),
    link_entity: z.string(),
    taxonomy_term_id: Uuid,
    value: z.string(),
    taxonomy_term: HsdsTaxonomyTermSchema.optional(),
  })
  .strict();

export const HsdsPhoneSchema = z
  .object({
    id: Uuid,
    organization_id: Uuid.optional(),
    location_id: Uuid.optional(),
    service_id: Uuid.optional(),
    number: z.string(),
    type: z.string(),
    description: z.string().optional(),
  })
  .strict();

export const HsdsScheduleSchema = z
  .object({
    id: Uuid,
    location_id: Uuid.optional(),
    service_at_location_id: Uuid.optional(),
    freq: z.literal('WEEKLY'),
    wkst: z.literal('MO'),
    byday: z.string(),
    opens_at: z.string(),
    closes_at: z.string(),
    /** Hours from UTC: Viet Nam is +7. */
    timezone: z.number(),
    description: z.string(),
  })
  .strict();

export const HsdsAddressSchema = z
  .object({
    id: Uuid,
    location_id: Uuid,
    address_1: z.string(),
    address_2: z.string(),
    city: z.string(),
    region: z.string(),
    state_province: z.string(),
    postal_code: z.string(),
    country: z.literal('VN'),
    address_type: z.literal('physical'),
  })
  .strict();

export const HsdsLanguageSchema = z.object({ id: Uuid, service_id: Uuid, name: z.string(), code: z.string() }).strict();

/** Where a service is offered: a province or a commune-level unit after the 2025 reform. */
export const HsdsServiceAreaSchema = z
  .object({ id: Uuid, service_id: Uuid, name: z.string(), description: z.string(), extent: z.string(), extent_type: z.string() })
  .strict();

/** A provider who agreed to be listed: name and kind only. */
export const HsdsContactSchema = z.object({ id: Uuid, service_id: Uuid, organization_id: Uuid, name: z.string(), title: z.string() }).strict();

export const HsdsLocationSchema = z
  .object({
    id: Uuid,
    location_type: z.literal('physical'),
    organization_id: Uuid,
    name: z.string(),
    description: z.string(),
    /** The commune-level unit's code (2025 list), so a reader can join official data. */
    external_identifier: z.string(),
    external_identifier_type: z.string(),
    addresses: z.array(HsdsAddressSchema).optional(),
    phones: z.array(HsdsPhoneSchema).optional(),
    schedules: z.array(HsdsScheduleSchema).optional(),
  })
  .strict();

export const HsdsOrganizationBaseSchema = z
  .object({
    id: Uuid,
    name: z.string(),
    description: z.string(),
    email: z.string().email().optional(),
    website: z.string().url().optional(),
    legal_status: z.string(),
    parent_organization_id: Uuid.optional(),
  })
  .strict();

export const HsdsServiceBaseSchema = z
  .object({
    id: Uuid,
    organization_id: Uuid,
    name: z.string(),
    alternate_name: z.string(),
    description: z.string(),
    status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
    interpretation_services: z.string(),
    application_process: z.string(),
    fees_description: z.string(),
    eligibility_description: z.string(),
    last_modified: DateTime,
  })
  .strict();

export const HsdsServiceAtLocationBaseSchema = z.object({ id: Uuid, service_id: Uuid, location_id: Uuid, description: z.string() }).strict();

/** A service with everything about it (`/services/{id}`). */
export const HsdsServiceSchema = HsdsServiceBaseSchema.extend({
  phones: z.array(HsdsPhoneSchema),
  schedules: z.array(HsdsScheduleSchema),
  service_areas: z.array(HsdsServiceAreaSchema),
  service_at_locations: z.array(HsdsServiceAtLocationBaseSchema.extend({ location: HsdsLocationSchema, schedules: z.array(HsdsScheduleSchema) }).strict()),
  languages: z.array(HsdsLanguageSchema),
  organization: HsdsOrganizationBaseSchema,
  contacts: z.array(HsdsContactSchema),
  attributes: z.array(HsdsAttributeSchema),
}).strict();
export type HsdsService = z.infer<typeof HsdsServiceSchema>;

/** An organisation with its phones, locations and services (`/organizations/{id}`). */
export const HsdsOrganizationSchema = HsdsOrganizationBaseSchema.extend({
  phones: z.array(HsdsPhoneSchema),
  locations: z.array(HsdsLocationSchema),
  services: z.array(HsdsServiceBaseSchema),
}).strict();
export type HsdsOrganization = z.infer<typeof HsdsOrganizationSchema>;

export const HsdsServiceListItemSchema = HsdsServiceBaseSchema.extend({ organization: HsdsOrganizationBaseSchema }).strict();

export const HsdsServiceAtLocationListItemSchema = HsdsServiceAtLocationBaseSchema.extend({
  location: HsdsLocationSchema,
  service: HsdsServiceBaseSchema,
}).strict();

/** HSDS's page envelope. */
export function hsdsPage<T extends z.ZodTypeAny>(item: T) {
  return z
    .object({
      total_items: z.number().int().min(0),
      total_pages: z.number().int().min(0),
      page_number: z.number().int().min(1),
      size: z.number().int().min(0),
      first_page: z.boolean(),
      last_page: z.boolean(),
      empty: z.boolean(),
      contents: z.array(item),
    })
    .strict();
}

/** Paging and change filter of every HSDS list. */
export const HsdsListInputSchema = z
  .object({
    page: z.number().int().min(1).max(100000).default(1),
    perPage: z.number().int().min(1).max(100).default(50),
    /** Only entities whose directory entry changed at or after this instant. */
    modifiedAfter: DateTime.optional(),
    organizationId: Uuid.optional(),
  })
  .strict();

/** The whole directory as HSDS tables (the tabular export: one array of flat rows per table). */
export const HsdsExportSchema = z
  .object({
    organization: z.array(HsdsOrganizationBaseSchema),
    service: z.array(HsdsServiceBaseSchema),
    location: z.array(HsdsLocationSchema.omit({ addresses: true, phones: true, schedules: true })),
    address: z.array(HsdsAddressSchema),
    phone: z.array(HsdsPhoneSchema),
    schedule: z.array(HsdsScheduleSchema),
    service_at_location: z.array(HsdsServiceAtLocationBaseSchema),
    language: z.array(HsdsLanguageSchema),
    service_area: z.array(HsdsServiceAreaSchema),
    contact: z.array(HsdsContactSchema),
    attribute: z.array(HsdsAttributeSchema.omit({ taxonomy_term: true })),
    taxonomy_term: z.array(HsdsTaxonomyTermSchema),
  })
  .strict();
export type HsdsExport = z.infer<typeof HsdsExportSchema>;
