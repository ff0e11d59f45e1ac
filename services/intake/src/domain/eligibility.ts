import { citeBasis, type EligibilityGroup, EligibilityRuleBook, EvidenceKind, FieldOfLaw, GroupRule, RuleSet } from '@legalaid/contracts';

/**
 * Screening under Article 7 of the Law on Legal Aid 2017 as amended: the rule
 * set in force on the request's date decides which groups exist and what
 * each must show. Pure: the rule book, the date and the evidence come in.
 */
export type IneligibilityCode =
  | 'FIELD_EXCLUDED'
  | 'NO_RULE_SET'
  | 'GROUP_NOT_IN_FORCE'
  | 'FIELD_NOT_COVERED'
  | 'BIRTH_DATE_REQUIRED'
  | 'AGE_OUTSIDE'
  | 'MISSING_EVIDENCE'
  | 'FINANCIAL_DIFFICULTY_UNPROVEN';

export interface EligibilityQuestion {
  group: EligibilityGroup;
  /** The Viet Nam calendar date the request was received (YYYY-MM-DD). */
  requestDate: string;
  /** Whole years of age on the request date (from the birth date, computed at receipt), if known. */
  ageYears: number | null;
  fieldOfLaw: FieldOfLaw;
  evidence: readonly EvidenceKind[];
}

export interface EligibilityDecision {
  eligible: boolean;
  ruleSetId: string | null;
  clause: string | null;
  /** The legal basis the decision relies on, as cited (law, number, article, clause, point, amending law). */
  basis: string | null;
  reasons: { code: IneligibilityCode; message: string }[];
  /** Requirements not met: each inner list is satisfied by any one of its kinds. */
  missingEvidence: EvidenceKind[][];
}

/** Whole years of age on a date, as the law counts them (the birthday itself counts). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function evaluateEligibility(book: EligibilityRuleBook, q: EligibilityQuestion): EligibilityDecision {
  const out: EligibilityDecision = { eligible: false, ruleSetId: null, clause: null, basis: null, reasons: [], missingEvidence: [] };
  if (q.fieldOfLaw === 'BUSINESS_COMMERCE') {
    out.reasons.push({ code: 'FIELD_EXCLUDED', message: 'legal aid is not given in business and commerce (Law on Legal Aid 2017, Art. 27(1))' });
    return out;
  }
  const ruleSet = book.inForceOn(q.requestDate);
  if (!ruleSet) {
    out.reasons.push({ code: 'NO_RULE_SET', message: `no eligibility rule set was in force on ${q.requestDate}` });
    return out;
  }
  out.ruleSetId = ruleSet.id;
  const rule = ruleSet.groups.find((g) => g.group === q.group);
  if (!rule) {
    out.reasons.push({ code: 'GROUP_NOT_IN_FORCE', message: `${q.group} is not an eligible group under ${ruleSet.id} (in force from ${ruleSet.effectiveFrom})${hint(ruleSet, q.group)}` });
    return out;
  }
  out.clause = rule.clause;
  out.basis = citeBasis(rule.basis);
  checkRule(rule, ruleSet, q, out);
  out.eligible = out.reasons.length === 0;
  return out;
}

function checkRule(rule: GroupRule, ruleSet: RuleSet, q: EligibilityQuestion, out: EligibilityDecision): void {
  if (rule.fieldsOfLaw && !rule.fieldsOfLaw.includes(q.fieldOfLaw)) {
    out.reasons.push({ code: 'FIELD_NOT_COVERED', message: `${q.group} covers only ${rule.fieldsOfLaw.join(', ')} matters` });
  }
  if (rule.age) {
    if (q.ageYears === null) {
      out.reasons.push({ code: 'BIRTH_DATE_REQUIRED', message: `${q.group} depends on age: record the applicant's birth date` });
    } else {
      const age = q.ageYears;
      const { from, under } = rule.age;
      if ((from !== undefined && age < from) || (under !== undefined && age >= under)) {
        out.reasons.push({ code: 'AGE_OUTSIDE', message: `${q.group} requires age ${from ?? 0}${under !== undefined ? ` to under ${under}` : ' or more'} on the request date; the applicant was ${age}` });
      }
    }
  }
  const have = new Set(q.evidence);
  const missing = rule.evidence.filter((alternatives) => !alternatives.some((k) => have.has(k)));
  if (missing.length > 0) {
    out.missingEvidence.push(...missing.map((m) => [...m]));
    out.reasons.push({ code: 'MISSING_EVIDENCE', message: `${q.group} needs ${missing.map((m) => m.join(' or ')).join(', and ')}` });
  }
  if (rule.financialDifficulty && !ruleSet.financialDifficultyEvidence.some((k) => have.has(k))) {
    out.missingEvidence.push([...ruleSet.financialDifficultyEvidence]);
    out.reasons.push({ code: 'FINANCIAL_DIFFICULTY_UNPROVEN', message: `${q.group} needs proof of financial difficulty: ${ruleSet.financialDifficultyEvidence.join(' or ')}` });
  }
}

/** Points staff at the group that replaced this one in the rule set in force, if any. */
function hint(ruleSet: RuleSet, group: EligibilityGroup): string {
  if (group === 'FIN_DIFFICULTY_TRAFFICKING' && ruleSet.groups.some((g) => g.group === 'TRAFFICKING_VICTIM')) return '; use TRAFFICKING_VICTIM';
  if (group === 'ACCUSED_16_18' && ruleSet.groups.some((g) => g.group === 'MINOR_16_18_JUSTICE')) return '; from 1 January 2026 use MINOR_16_18_JUSTICE (Law 59/2024/QH15)';
  if (group === 'MINOR_16_18_JUSTICE' && ruleSet.groups.some((g) => g.group === 'ACCUSED_16_18')) return '; before 1 January 2026 use ACCUSED_16_18 (accused persons), or FIN_DIFFICULTY_VICTIM_16_18 (victims in financial difficulty)';
  if (group === 'TRAFFICKING_VICTIM' && ruleSet.groups.some((g) => g.group === 'FIN_DIFFICULTY_TRAFFICKING')) return '; before 1 July 2025 use FIN_DIFFICULTY_TRAFFICKING (needs financial difficulty)';
  return '';
}
