import { z } from 'zod';
import { AidForms, ProviderKindSchema, type AidForm, type ProviderKind } from '@legalaid/contracts';
import data from '../data/kind-aid-forms.json' with { type: 'json' };

const KindAidFormsSchema = z
  .object({
    format: z.literal('legalaid.kind-aid-forms/v1'),
    description: z.string().optional(),
    kinds: z.record(ProviderKindSchema, z.array(AidForms.schema)),
  })
  .strict();

/** Which forms of aid each kind of provider may perform: data, not code. */
export type KindAidForms = Record<ProviderKind, readonly AidForm[]>;

export function loadKindAidForms(raw: unknown = data): KindAidForms {
  return KindAidFormsSchema.parse(raw).kinds as KindAidForms;
}

export function kindMayPerform(rules: KindAidForms, kind: ProviderKind, form: AidForm): boolean {
  return rules[kind]?.includes(form) ?? false;
}
