import { z } from 'zod';
import { AidForms, ProviderKindSchema } from '@legalaid/contracts';
import data from '../data/kind-aid-forms.json' with { type: 'json' };
const KindAidFormsSchema = z
    .object({
    format: z.literal('legalaid.kind-aid-forms/v1'),
    description: z.string().optional(),
    kinds: z.record(ProviderKindSchema, z.array(AidForms.schema)),
})
    .strict();
export function loadKindAidForms(raw = data) {
    return KindAidFormsSchema.parse(raw).kinds;
}
export function kindMayPerform(rules, kind, form) {
    return rules[kind]?.includes(form) ?? false;
}
//# sourceMappingURL=kind-aid-forms.js.map