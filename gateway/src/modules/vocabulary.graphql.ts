import { AidForms, Channels, EligibilityGroups, FieldsOfLaw, UrgencyReasons, type Term } from '@legalaid/contracts';

/** GraphQL enums generated from the shared vocabulary, so codes are defined once. */
export function enumOf(name: string, terms: readonly Term[]): string {
  return `enum ${name} {\n${terms.map((t) => `  "${t.en.replace(/"/g, "'")} (${t.vi.replace(/"/g, "'")})"\n  ${t.code}`).join('\n')}\n}`;
}

export const vocabularyTypeDefs = [
  enumOf('Channel', Channels.terms),
  enumOf('EligibilityGroup', EligibilityGroups.terms),
  enumOf('FieldOfLaw', FieldsOfLaw.terms),
  enumOf('AidForm', AidForms.terms),
  enumOf('UrgencyReason', UrgencyReasons.terms),
  'scalar DateTime',
].join('\n\n');

/** A GraphQL enum from a list of codes, with labels as descriptions when the contracts give them. */
export function enumOfCodes(name: string, codes: readonly string[], labels?: Record<string, { vi: string; en: string }>): string {
  const describe = (code: string) => (labels?.[code] ? `  "${labels[code].en.replace(/"/g, "'")} (${labels[code].vi.replace(/"/g, "'")})"\n` : '');
  return `enum ${name} {\n${codes.map((c) => `${describe(c)}  ${c}`).join('\n')}\n}`;
}
