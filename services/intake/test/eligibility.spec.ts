import { describe, expect, it } from '@jest/globals';
import { bundledEligibilityRules, EligibilityGroups, EligibilityRuleBook, type EligibilityGroup, type EvidenceKind, type FieldOfLaw } from '@legalaid/contracts';
import { ageOn, evaluateEligibility, type IneligibilityCode } from '../src/domain/eligibility.js';

const book = new EligibilityRuleBook(bundledEligibilityRules);
const R2018 = 'law-11-2017-art7';
const R2025 = 'law-11-2017-art7-am-2025-07';
const R2026 = 'law-11-2017-art7-am-2026-01';
const FIN: EvidenceKind = 'FINANCIAL_DIFFICULTY_PROOF';

type Row = [EligibilityGroup, string, number | null, FieldOfLaw, EvidenceKind[], string | null, IneligibilityCode | null];

/** group, request date, age, field, evidence → rule set applied, first reason (null = eligible). */
const table: Row[] = [
  // Article 7(1)-(6), no financial condition
  ['MERITORIOUS_SERVICE', '2024-03-01', 70, 'SOCIAL_POLICY', ['MERITORIOUS_SERVICE_CERTIFICATE'], R2018, null],
  ['MERITORIOUS_SERVICE', '2024-03-01', 70, 'SOCIAL_POLICY', [], R2018, 'MISSING_EVIDENCE'],
  ['POOR_HOUSEHOLD', '2025-08-01', 40, 'LAND', ['POOR_HOUSEHOLD_CERTIFICATE'], R2025, null],
  ['POOR_HOUSEHOLD', '2025-08-01', 40, 'LAND', ['NEAR_POOR_HOUSEHOLD_CERTIFICATE'], R2025, 'MISSING_EVIDENCE'],
  ['CHILD', '2025-08-01', 15, 'CIVIL', ['BIRTH_CERTIFICATE'], R2025, null],
  ['CHILD', '2025-08-01', 16, 'CIVIL', ['BIRTH_CERTIFICATE'], R2025, 'AGE_OUTSIDE'],
  ['CHILD', '2025-08-01', null, 'CIVIL', ['BIRTH_CERTIFICATE'], R2025, 'BIRTH_DATE_REQUIRED'],
  ['ETHNIC_MINORITY_DIFFICULT_AREA', '2023-05-05', 30, 'LAND', ['ETHNIC_RESIDENCE_PROOF'], R2018, null],
  ['ACCUSED_16_18', '2025-08-01', 16, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2025, null],
  ['ACCUSED_16_18', '2025-08-01', 17, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE'], R2025, null],
  ['ACCUSED_16_18', '2025-08-01', 18, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2025, 'AGE_OUTSIDE'],
  ['ACCUSED_16_18', '2025-08-01', 17, 'CIVIL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2025, 'FIELD_NOT_COVERED'],
  ['ACCUSED_NEAR_POOR', '2025-08-01', 30, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'NEAR_POOR_HOUSEHOLD_CERTIFICATE'], R2025, null],
  ['ACCUSED_NEAR_POOR', '2025-08-01', 30, 'CRIMINAL', ['PROCEDURAL_DOCUMENT'], R2025, 'MISSING_EVIDENCE'],
  // Article 7(7): financial difficulty required
  ['FIN_DIFFICULTY_MARTYR_RELATIVE', '2025-08-01', 65, 'SOCIAL_POLICY', ['MARTYR_RELATIVE_CERTIFICATE', FIN], R2025, null],
  ['FIN_DIFFICULTY_MARTYR_RELATIVE', '2025-08-01', 65, 'SOCIAL_POLICY', ['MARTYR_RELATIVE_CERTIFICATE'], R2025, 'FINANCIAL_DIFFICULTY_UNPROVEN'],
  ['FIN_DIFFICULTY_AGENT_ORANGE', '2025-08-01', 55, 'SOCIAL_POLICY', ['AGENT_ORANGE_CERTIFICATE', 'SOCIAL_ALLOWANCE_DECISION'], R2025, null],
  ['FIN_DIFFICULTY_ELDERLY', '2025-08-01', 60, 'CIVIL', ['IDENTITY_DOCUMENT', FIN], R2025, null],
  ['FIN_DIFFICULTY_ELDERLY', '2025-08-01', 59, 'CIVIL', ['IDENTITY_DOCUMENT', FIN], R2025, 'AGE_OUTSIDE'],
  ['FIN_DIFFICULTY_DISABLED', '2025-08-01', 35, 'LABOUR', ['DISABILITY_CERTIFICATE', 'NEAR_POOR_HOUSEHOLD_CERTIFICATE'], R2025, null],
  ['FIN_DIFFICULTY_VICTIM_16_18', '2025-08-01', 17, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE', FIN], R2025, null],
  ['FIN_DIFFICULTY_VICTIM_16_18', '2025-08-01', 15, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE', FIN], R2025, 'AGE_OUTSIDE'],
  ['FIN_DIFFICULTY_DOMESTIC_VIOLENCE', '2025-08-01', 33, 'MARRIAGE_FAMILY', ['DOMESTIC_VIOLENCE_CONFIRMATION', FIN], R2025, null],
  ['FIN_DIFFICULTY_DOMESTIC_VIOLENCE', '2025-08-01', 33, 'MARRIAGE_FAMILY', [FIN], R2025, 'MISSING_EVIDENCE'],
  ['FIN_DIFFICULTY_HIV', '2019-02-01', 28, 'LABOUR', ['HIV_CONFIRMATION', FIN], R2018, null],
  ['FIN_DIFFICULTY_HIV', '2025-08-01', 28, 'LABOUR', ['HIV_CONFIRMATION', FIN], R2025, null],
  // Trafficking: the 1 July 2025 amendment drops the financial condition and adds persons being identified
  ['FIN_DIFFICULTY_TRAFFICKING', '2025-06-30', 25, 'CRIMINAL', ['TRAFFICKING_VICTIM_CONFIRMATION', FIN], R2018, null],
  ['FIN_DIFFICULTY_TRAFFICKING', '2025-06-30', 25, 'CRIMINAL', ['TRAFFICKING_VICTIM_CONFIRMATION'], R2018, 'FINANCIAL_DIFFICULTY_UNPROVEN'],
  ['FIN_DIFFICULTY_TRAFFICKING', '2025-07-01', 25, 'CRIMINAL', ['TRAFFICKING_VICTIM_CONFIRMATION', FIN], R2025, 'GROUP_NOT_IN_FORCE'],
  ['TRAFFICKING_VICTIM', '2025-06-30', 25, 'CRIMINAL', ['TRAFFICKING_VICTIM_CONFIRMATION'], R2018, 'GROUP_NOT_IN_FORCE'],
  ['TRAFFICKING_VICTIM', '2025-07-01', 25, 'CRIMINAL', ['TRAFFICKING_VICTIM_CONFIRMATION'], R2025, null],
  ['TRAFFICKING_VICTIM', '2025-07-01', 12, 'CIVIL', ['VICTIM_IDENTIFICATION_NOTICE'], R2025, null],
  ['TRAFFICKING_VICTIM', '2025-07-01', 25, 'CRIMINAL', ['IDENTITY_DOCUMENT'], R2025, 'MISSING_EVIDENCE'],
  // The Law on Juvenile Justice 2024 (in force 1 January 2026) widens Art. 7(5) to every minor 16-18 in criminal proceedings
  ['MINOR_16_18_JUSTICE', '2025-12-31', 17, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE'], R2025, 'GROUP_NOT_IN_FORCE'],
  ['MINOR_16_18_JUSTICE', '2026-01-01', 17, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE'], R2026, null],
  ['MINOR_16_18_JUSTICE', '2026-01-01', 16, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2026, null],
  ['MINOR_16_18_JUSTICE', '2026-03-01', 18, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2026, 'AGE_OUTSIDE'],
  ['MINOR_16_18_JUSTICE', '2026-03-01', 15, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2026, 'AGE_OUTSIDE'],
  ['MINOR_16_18_JUSTICE', '2026-03-01', 17, 'CIVIL', ['PROCEDURAL_DOCUMENT', 'IDENTITY_DOCUMENT'], R2026, 'FIELD_NOT_COVERED'],
  ['MINOR_16_18_JUSTICE', '2026-03-01', 17, 'CRIMINAL', ['BIRTH_CERTIFICATE'], R2026, 'MISSING_EVIDENCE'],
  ['ACCUSED_16_18', '2026-01-01', 17, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE'], R2026, 'GROUP_NOT_IN_FORCE'],
  ['FIN_DIFFICULTY_VICTIM_16_18', '2026-01-01', 17, 'CRIMINAL', ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE', FIN], R2026, null],
  // Business and commerce is outside legal aid whatever the group
  ['POOR_HOUSEHOLD', '2025-08-01', 40, 'BUSINESS_COMMERCE', ['POOR_HOUSEHOLD_CERTIFICATE'], null, 'FIELD_EXCLUDED'],
  // Before the 2017 law took effect there is no rule set
  ['POOR_HOUSEHOLD', '2017-12-31', 40, 'LAND', ['POOR_HOUSEHOLD_CERTIFICATE'], null, 'NO_RULE_SET'],
];

describe('eligibility under Article 7 (rule set in force on the request date)', () => {
  it.each(table)('%s on %s (age %s, %s, %j) → rule set %s, %s', (group, requestDate, ageYears, fieldOfLaw, evidence, ruleSetId, reason) => {
    const d = evaluateEligibility(book, { group, requestDate, ageYears, fieldOfLaw, evidence });
    expect(d.ruleSetId).toBe(ruleSetId);
    expect(d.eligible).toBe(reason === null);
    expect(d.reasons[0]?.code ?? null).toBe(reason);
  });

  it('covers every eligible group of the vocabulary in at least one rule set, and the table tries each', () => {
    const inBook = new Set(book.ruleSets.flatMap((rs) => rs.groups.map((g) => g.group)));
    const tried = new Set(table.filter((r) => r[6] === null).map((r) => r[0]));
    expect([...inBook].sort()).toEqual(EligibilityGroups.terms.map((t) => t.code).sort());
    expect([...tried].sort()).toEqual([...inBook].sort());
  });

  it('records which clause the decision relied on', () => {
    const d = evaluateEligibility(book, { group: 'TRAFFICKING_VICTIM', requestDate: '2025-07-01', ageYears: 20, fieldOfLaw: 'CRIMINAL', evidence: ['TRAFFICKING_VICTIM_CONFIRMATION'] });
    expect(d.clause).toMatch(/Art\. 7/);
  });

  it('a 17-year-old victim: in 2025 not eligible without financial difficulty (7(7)(đ)); from 2026 eligible under 7(5) as amended, citing it', () => {
    const victim = { ageYears: 17, fieldOfLaw: 'CRIMINAL' as const, evidence: ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE'] as EvidenceKind[] };
    const in2025 = evaluateEligibility(book, { ...victim, group: 'FIN_DIFFICULTY_VICTIM_16_18', requestDate: '2025-11-20' });
    expect(in2025.eligible).toBe(false);
    expect(in2025.reasons.map((r) => r.code)).toEqual(['FINANCIAL_DIFFICULTY_UNPROVEN']);
    expect(in2025.basis).toBe('điểm đ khoản 7 Điều 7 Luật Trợ giúp pháp lý số 11/2017/QH14');
    const newGroupIn2025 = evaluateEligibility(book, { ...victim, group: 'MINOR_16_18_JUSTICE', requestDate: '2025-11-20' });
    expect(newGroupIn2025.eligible).toBe(false);
    expect(newGroupIn2025.reasons[0].message).toContain('before 1 January 2026');
    const in2026 = evaluateEligibility(book, { ...victim, group: 'MINOR_16_18_JUSTICE', requestDate: '2026-01-05' });
    expect(in2026).toMatchObject({ eligible: true, ruleSetId: R2026, clause: 'Art. 7(5) (as amended by Law 59/2024/QH15)' });
    expect(in2026.basis).toBe('khoản 5 Điều 7 Luật Trợ giúp pháp lý số 11/2017/QH14, sửa đổi, bổ sung bởi Luật Tư pháp người chưa thành niên số 59/2024/QH15');
  });

  it('every group of every rule set names its legal basis (law, number, article, clause)', () => {
    for (const rs of book.ruleSets)
      for (const g of rs.groups) {
        expect(g.basis).toMatchObject({ law: expect.any(String), number: expect.stringMatching(/^\d+\/\d{4}\/QH\d+$/), article: '7', clause: expect.stringMatching(/^\d+$/) });
        expect(g.clause).toContain(`Art. 7(${g.basis.clause})`);
      }
  });

  it('points an accused minor to the widened group from 2026', () => {
    const d = evaluateEligibility(book, { group: 'ACCUSED_16_18', requestDate: '2026-02-01', ageYears: 17, fieldOfLaw: 'CRIMINAL', evidence: ['PROCEDURAL_DOCUMENT', 'BIRTH_CERTIFICATE'] });
    expect(d.reasons[0].message).toContain('MINOR_16_18_JUSTICE');
  });

  it('names what is missing so staff can ask for it', () => {
    const d = evaluateEligibility(book, { group: 'FIN_DIFFICULTY_DISABLED', requestDate: '2025-08-01', ageYears: 30, fieldOfLaw: 'LABOUR', evidence: [] });
    expect(d.missingEvidence).toEqual([['DISABILITY_CERTIFICATE'], ['FINANCIAL_DIFFICULTY_PROOF', 'NEAR_POOR_HOUSEHOLD_CERTIFICATE', 'SOCIAL_ALLOWANCE_DECISION']]);
  });

  it('points to the replacing group across the amendment', () => {
    const d = evaluateEligibility(book, { group: 'FIN_DIFFICULTY_TRAFFICKING', requestDate: '2025-09-01', ageYears: 30, fieldOfLaw: 'CRIMINAL', evidence: ['TRAFFICKING_VICTIM_CONFIRMATION', FIN] });
    expect(d.reasons[0].message).toContain('TRAFFICKING_VICTIM');
  });

  it.each([
    ['2009-08-01', '2025-08-01', 16],
    ['2009-08-02', '2025-08-01', 15],
    ['1965-02-28', '2025-02-27', 59],
    ['1965-02-28', '2025-02-28', 60],
  ])('age of someone born %s on %s is %i', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('refuses a rule file that lists a group twice or reuses an id', () => {
    const data = bundledEligibilityRules as { ruleSets: { id: string; groups: unknown[] }[] };
    const dupGroup = { ...data, ruleSets: [{ ...data.ruleSets[0], groups: [...data.ruleSets[0].groups, data.ruleSets[0].groups[0]] }] };
    expect(() => new EligibilityRuleBook(dupGroup)).toThrow(/twice/);
    const dupId = { ...data, ruleSets: [data.ruleSets[0], { ...data.ruleSets[1], id: data.ruleSets[0].id }] };
    expect(() => new EligibilityRuleBook(dupId)).toThrow(/twice/);
  });
});
