import { type AidForm, type ProviderKind } from '@legalaid/contracts';
/** Which forms of aid each kind of provider may perform: data, not code. */
export type KindAidForms = Record<ProviderKind, readonly AidForm[]>;
export declare function loadKindAidForms(raw?: unknown): KindAidForms;
export declare function kindMayPerform(rules: KindAidForms, kind: ProviderKind, form: AidForm): boolean;
