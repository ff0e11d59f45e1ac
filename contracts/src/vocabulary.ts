import { z } from 'zod';

/** A code with its Vietnamese and English labels, for reference data and UIs. */
export interface Term {
  code: string;
  vi: string;
  en: string;
}

function vocabulary<const T extends readonly Term[]>(terms: T) {
  const codes = terms.map((t) => t.code) as unknown as { [K in keyof T]: T[K] extends Term ? T[K]['code'] : never };
  return { terms, schema: z.enum(codes as unknown as [string, ...string[]]) as z.ZodType<T[number]['code']> };
}

/** Channels a request arrives by (kênh tiếp nhận). */
export const Channels = vocabulary([
  { code: 'WALK_IN', vi: 'Trực tiếp tại trung tâm/chi nhánh', en: 'Walk-in at a centre or branch' },
  { code: 'HOTLINE', vi: 'Đường dây nóng', en: 'Hotline' },
  { code: 'WEB', vi: 'Cổng thông tin điện tử', en: 'Web form' },
  { code: 'WRITTEN', vi: 'Văn bản/bưu điện', en: 'Written or by post' },
  { code: 'EMAIL', vi: 'Thư điện tử', en: 'Email' },
  { code: 'MOBILE', vi: 'Trợ giúp pháp lý lưu động', en: 'Mobile session' },
  { code: 'REFERRAL_FRONT', vi: 'Mặt trận Tổ quốc giới thiệu', en: 'Referral by the Fatherland Front' },
  { code: 'REFERRAL_NGO', vi: 'Tổ chức xã hội giới thiệu', en: 'Referral by an NGO' },
  { code: 'REFERRAL_COMMUNE', vi: 'UBND cấp xã giới thiệu', en: 'Referral by a commune authority' },
  { code: 'REFERRAL_POLICE', vi: 'Cơ quan điều tra đề nghị', en: 'Referral by the police' },
  { code: 'REFERRAL_PROCURACY', vi: 'Viện kiểm sát đề nghị', en: 'Referral by a prosecutor' },
  { code: 'REFERRAL_COURT', vi: 'Tòa án đề nghị', en: 'Referral by a court' },
] as const);
export type Channel = z.infer<typeof Channels.schema>;

/** Eligible groups under Article 7 of the Law on Legal Aid 2017, as amended. */
export const EligibilityGroups = vocabulary([
  { code: 'MERITORIOUS_SERVICE', vi: 'Người có công với cách mạng', en: 'Person with meritorious service to the revolution' },
  { code: 'POOR_HOUSEHOLD', vi: 'Người thuộc hộ nghèo', en: 'Member of a poor household' },
  { code: 'CHILD', vi: 'Trẻ em', en: 'Child' },
  { code: 'ETHNIC_MINORITY_DIFFICULT_AREA', vi: 'Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn', en: 'Ethnic minority in an especially difficult area' },
  { code: 'ACCUSED_16_18', vi: 'Người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi', en: 'Accused person aged 16 to under 18' },
  {
    code: 'MINOR_16_18_JUSTICE',
    vi: 'Người từ đủ 16 tuổi đến dưới 18 tuổi là người bị tố giác, bị kiến nghị khởi tố, bị giữ trong trường hợp khẩn cấp, bị buộc tội, bị hại, người làm chứng, người chấp hành biện pháp xử lý chuyển hướng, phạm nhân',
    en: 'Person aged 16 to under 18 who is denounced or recommended for prosecution, held in emergency custody, accused, a victim, a witness, subject to diversion or serving a sentence',
  },
  { code: 'ACCUSED_NEAR_POOR', vi: 'Người bị buộc tội thuộc hộ cận nghèo', en: 'Accused person in a near-poor household' },
  { code: 'FIN_DIFFICULTY_MARTYR_RELATIVE', vi: 'Cha đẻ, mẹ đẻ, vợ, chồng, con của liệt sĩ có khó khăn về tài chính', en: 'Relative of a fallen soldier in financial difficulty' },
  { code: 'FIN_DIFFICULTY_AGENT_ORANGE', vi: 'Người nhiễm chất độc da cam có khó khăn về tài chính', en: 'Agent Orange victim in financial difficulty' },
  { code: 'FIN_DIFFICULTY_ELDERLY', vi: 'Người cao tuổi có khó khăn về tài chính', en: 'Elderly person in financial difficulty' },
  { code: 'FIN_DIFFICULTY_DISABLED', vi: 'Người khuyết tật có khó khăn về tài chính', en: 'Person with disabilities in financial difficulty' },
  { code: 'FIN_DIFFICULTY_VICTIM_16_18', vi: 'Người từ đủ 16 đến dưới 18 tuổi là bị hại có khó khăn về tài chính', en: 'Victim aged 16 to under 18 in financial difficulty' },
  { code: 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE', vi: 'Nạn nhân bạo lực gia đình có khó khăn về tài chính', en: 'Domestic violence victim in financial difficulty' },
  { code: 'FIN_DIFFICULTY_TRAFFICKING', vi: 'Nạn nhân mua bán người có khó khăn về tài chính', en: 'Trafficking victim in financial difficulty' },
  { code: 'FIN_DIFFICULTY_HIV', vi: 'Người nhiễm HIV có khó khăn về tài chính', en: 'Person living with HIV in financial difficulty' },
  { code: 'TRAFFICKING_VICTIM', vi: 'Nạn nhân, người đang trong quá trình xác định là nạn nhân mua bán người và người dưới 18 tuổi đi cùng', en: 'Trafficking victim, person being identified as one, or a minor accompanying them' },
] as const);
export type EligibilityGroup = z.infer<typeof EligibilityGroups.schema>;

/** Fields of law (lĩnh vực pháp luật). Business and commerce is outside legal aid. */
export const FieldsOfLaw = vocabulary([
  { code: 'CRIMINAL', vi: 'Hình sự', en: 'Criminal' },
  { code: 'CIVIL', vi: 'Dân sự', en: 'Civil' },
  { code: 'MARRIAGE_FAMILY', vi: 'Hôn nhân và gia đình', en: 'Marriage and family' },
  { code: 'ADMINISTRATIVE', vi: 'Hành chính', en: 'Administrative' },
  { code: 'LAND', vi: 'Đất đai', en: 'Land' },
  { code: 'LABOUR', vi: 'Lao động', en: 'Labour' },
  { code: 'SOCIAL_POLICY', vi: 'Chính sách xã hội, ưu đãi người có công', en: 'Social policy and benefits' },
  { code: 'OTHER', vi: 'Lĩnh vực khác', en: 'Other' },
  { code: 'BUSINESS_COMMERCE', vi: 'Kinh doanh, thương mại', en: 'Business and commerce' },
] as const);
export type FieldOfLaw = z.infer<typeof FieldsOfLaw.schema>;

/** Forms of legal aid (hình thức trợ giúp pháp lý). */
export const AidForms = vocabulary([
  { code: 'PROCEEDINGS', vi: 'Tham gia tố tụng', en: 'Participation in proceedings' },
  { code: 'ADVICE', vi: 'Tư vấn pháp luật', en: 'Legal advice' },
  { code: 'OUT_OF_COURT', vi: 'Đại diện ngoài tố tụng', en: 'Out-of-court representation' },
] as const);
export type AidForm = z.infer<typeof AidForms.schema>;

/** Reasons a matter is urgent; they shorten offer windows and first-contact deadlines. */
export const UrgencyReasons = vocabulary([
  { code: 'CUSTODY', vi: 'Đang bị tạm giữ, tạm giam', en: 'In custody or detention' },
  { code: 'HEARING_SOON', vi: 'Sắp mở phiên tòa', en: 'Hearing within a few working days' },
  { code: 'VIOLENCE', vi: 'Bạo lực', en: 'Violence' },
  { code: 'TRAFFICKING', vi: 'Mua bán người', en: 'Trafficking' },
  { code: 'DEFENCE_COUNSEL_DEADLINE', vi: 'Cơ quan tiến hành tố tụng yêu cầu cử người bào chữa', en: 'Procedural body requests defence counsel' },
] as const);
export type UrgencyReason = z.infer<typeof UrgencyReasons.schema>;

export const UrgencySchema = z
  .object({
    urgent: z.boolean(),
    reasons: z.array(UrgencyReasons.schema).max(5),
    /** When a procedural body or hearing sets the latest time for help to start. */
    deadlineAt: z.string().datetime({ offset: true }).nullable(),
  })
  .strict();
export type Urgency = z.infer<typeof UrgencySchema>;

/** Languages: Vietnamese and minority languages, as ISO 639-3 codes or 'vie'. */
export const LanguageSchema = z.string().regex(/^[a-z]{3}$/, 'language must be an ISO 639-3 code such as "vie"');

/** An administrative unit code (province or commune/ward) from the reference data. */
export const UnitCodeSchema = z.string().regex(/^[0-9]{2,5}$/, 'administrative unit codes are 2 to 5 digits');

/** A pseudonymous reference to an applicant: a keyed hash, never the person's data. */
export const ApplicantRefSchema = z.string().regex(/^ap_[A-Za-z0-9_-]{16,64}$/);

/** A keyed hash of a party's identity, for conflict checks without names. */
export const PartyHashSchema = z.string().regex(/^ph_[A-Za-z0-9_-]{16,64}$/);

/**
 * One party as conflict checks see it: keyed hashes made by intake, never the
 * person's data. `strong` come from identifiers (the ID number): a match is a
 * conflict. `nameBirth` comes from the normalised name with the birth date: a
 * match on it alone is only a possible conflict, which the provider confirms
 * or denies before seeing the matter (namesakes with different birth dates
 * never match; a name without a birth date gives no hash).
 */
export const PartyHashesSchema = z
  .object({ strong: z.array(PartyHashSchema).max(4), nameBirth: PartyHashSchema.nullable() })
  .strict();
export type PartyHashes = z.infer<typeof PartyHashesSchema>;

/** The applicant and the opposing parties of a matter, as keyed hashes. */
export const MatterPartiesSchema = z.object({ applicant: PartyHashesSchema, opposing: z.array(PartyHashesSchema).max(20) }).strict();
export type MatterParties = z.infer<typeof MatterPartiesSchema>;
