import { z } from 'zod';
import { EligibilityGroups, FieldsOfLaw } from '../vocabulary.js';
import rules from './eligibility-rule-sets.json' with { type: 'json' };

/** Documents that prove a group or a condition (giấy tờ chứng minh), as staff record them at screening. */
export const EvidenceKinds = [
  { code: 'IDENTITY_DOCUMENT', vi: 'Căn cước / giấy tờ tùy thân', en: 'Identity document' },
  { code: 'BIRTH_CERTIFICATE', vi: 'Giấy khai sinh', en: 'Birth certificate' },
  { code: 'MERITORIOUS_SERVICE_CERTIFICATE', vi: 'Giấy tờ chứng minh là người có công với cách mạng', en: 'Proof of meritorious service' },
  { code: 'POOR_HOUSEHOLD_CERTIFICATE', vi: 'Giấy chứng nhận hộ nghèo', en: 'Poor household certificate' },
  { code: 'NEAR_POOR_HOUSEHOLD_CERTIFICATE', vi: 'Giấy chứng nhận hộ cận nghèo', en: 'Near-poor household certificate' },
  { code: 'ETHNIC_RESIDENCE_PROOF', vi: 'Giấy tờ chứng minh là người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn', en: 'Proof of ethnicity and residence in an especially difficult area' },
  { code: 'PROCEDURAL_DOCUMENT', vi: 'Văn bản tố tụng (quyết định khởi tố, tạm giữ, thông báo...)', en: 'Procedural document (charge, custody decision, notice...)' },
  { code: 'MARTYR_RELATIVE_CERTIFICATE', vi: 'Giấy tờ chứng minh là thân nhân liệt sĩ', en: "Proof of being a fallen soldier's relative" },
  { code: 'AGENT_ORANGE_CERTIFICATE', vi: 'Giấy tờ chứng minh nhiễm chất độc hóa học', en: 'Proof of Agent Orange exposure' },
  { code: 'DISABILITY_CERTIFICATE', vi: 'Giấy xác nhận khuyết tật', en: 'Disability certificate' },
  { code: 'HIV_CONFIRMATION', vi: 'Giấy tờ xác nhận nhiễm HIV', en: 'Confirmation of HIV status' },
  { code: 'DOMESTIC_VIOLENCE_CONFIRMATION', vi: 'Giấy tờ xác nhận là nạn nhân bạo lực gia đình', en: 'Confirmation of domestic violence victim status' },
  { code: 'TRAFFICKING_VICTIM_CONFIRMATION', vi: 'Giấy xác nhận nạn nhân mua bán người', en: 'Confirmation of trafficking victim status' },
  { code: 'VICTIM_IDENTIFICATION_NOTICE', vi: 'Văn bản về việc đang xác định là nạn nhân mua bán người', en: 'Notice that victim identification is in progress' },
  { code: 'FINANCIAL_DIFFICULTY_PROOF', vi: 'Giấy tờ chứng minh khó khăn về tài chính', en: 'Proof of financial difficulty' },
  { code: 'SOCIAL_ALLOWANCE_DECISION', vi: 'Quyết định hưởng trợ cấp xã hội hằng tháng', en: 'Monthly social allowance decision' },
  { code: 'OTHER', vi: 'Giấy tờ khác', en: 'Other document' },
] as const;
export const EvidenceKindSchema = z.enum(EvidenceKinds.map((k) => k.code) as unknown as [(typeof EvidenceKinds)[number]['code'], ...string[]]) as z.ZodType<
  (typeof EvidenceKinds)[number]['code']
>;
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const LawRefSchema = z.object({ law: z.string().min(1).max(200), number: z.string().min(1).max(40) }).strict();

/** Where the law says it: the law and its number, article, clause and point, and the law that put it there. */
export const LegalBasisSchema = LawRefSchema.extend({
  article: z.string().min(1).max(10),
  clause: z.string().min(1).max(10),
  point: z.string().min(1).max(4).optional(),
  amendedBy: LawRefSchema.optional(),
}).strict();
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** The basis as a decision cites it, e.g. "Điều 7 khoản 5 Luật Trợ giúp pháp lý số 11/2017/QH14, sửa đổi bởi Luật Tư pháp người chưa thành niên số 59/2024/QH15". */
export function citeBasis(b: LegalBasis): string {
  const where = `${b.point ? `điểm ${b.point} ` : ''}khoản ${b.clause} Điều ${b.article}`;
  return `${where} ${b.law} số ${b.number}${b.amendedBy ? `, sửa đổi, bổ sung bởi ${b.amendedBy.law} số ${b.amendedBy.number}` : ''}`;
}

export const GroupRuleSchema = z
  .object({
    group: EligibilityGroups.schema,
    /** Where the law says it, e.g. "Art. 7(7)(e)". */
    clause: z.string().min(1),
    basis: LegalBasisSchema,
    /** All of the outer list; any kind of each inner list. */
    evidence: z.array(z.array(EvidenceKindSchema).min(1)),
    /** Needs proof of financial difficulty as well. */
    financialDifficulty: z.boolean(),
    /** Age in whole years on the day of the request: `from` ≤ age < `under`. */
    age: z.object({ from: z.number().int().min(0).optional(), under: z.number().int().min(1).optional() }).strict().optional(),
    /** Only for matters in these fields (e.g. an accused person: criminal matters). */
    fieldsOfLaw: z.array(FieldsOfLaw.schema).optional(),
  })
  .strict();
export type GroupRule = z.infer<typeof GroupRuleSchema>;

export const RuleSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{3,64}$/),
    title: z.string().min(1),
    effectiveFrom: LocalDate,
    financialDifficultyEvidence: z.array(EvidenceKindSchema).min(1),
    groups: z.array(GroupRuleSchema).min(1),
  })
  .strict();
export type RuleSet = z.infer<typeof RuleSetSchema>;

export const EligibilityRulesFileSchema = z
  .object({ format: z.literal('legalaid.eligibility-rules/v1'), description: z.string().optional(), ruleSets: z.array(RuleSetSchema).min(1) })
  .strict();

/** The versions of Article 7's list, each in force from its date. */
export class EligibilityRuleBook {
  readonly ruleSets: readonly RuleSet[];

  constructor(data: unknown) {
    const parsed = EligibilityRulesFileSchema.parse(data);
    const sorted = [...parsed.ruleSets].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    const ids = new Set<string>();
    for (const rs of sorted) {
      if (ids.has(rs.id)) throw new Error(`rule set id ${rs.id} appears twice`);
      ids.add(rs.id);
      const groups = new Set(rs.groups.map((g) => g.group));
      if (groups.size !== rs.groups.length) throw new Error(`rule set ${rs.id} lists a group twice`);
    }
    this.ruleSets = sorted;
  }

  /** The rule set in force on a Viet Nam calendar date (YYYY-MM-DD), or undefined before the first. */
  inForceOn(date: string): RuleSet | undefined {
    let found: RuleSet | undefined;
    for (const rs of this.ruleSets) if (rs.effectiveFrom <= date) found = rs;
    return found;
  }

  byId(id: string): RuleSet | undefined {
    return this.ruleSets.find((rs) => rs.id === id);
  }
}

/** The rule sets shipped with the network. */
export const bundledEligibilityRules: unknown = rules;
