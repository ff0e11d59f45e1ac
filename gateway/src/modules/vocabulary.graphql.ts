import { AidForms, Channels, EligibilityGroups, FieldsOfLaw, UrgencyReasons, type Term } from '@legalaid/contracts';

/** GraphQL enums generated from the shared vocabulary, so codes are defined once. */
function enumOf(name: string, terms: readonly Term[]): string {
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
