/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** providerGenderPreference is required for a victim of violence or trafficking whose submission gave none (error reason PROVIDER_GENDER_PREFERENCE_REQUIRED). */
export type AcceptLegalAidRequestInput = {
  eligibilityGroup: EligibilityGroup;
  evidence: Array<EvidenceKind>;
  expectedVersion?: number | null | undefined;
  providerGenderPreference?: ProviderGenderPreference | null | undefined;
  requestId: string | number;
};

export type AccessPurpose =
  | 'CASE_HANDLING'
  | 'CONTACT_APPLICANT'
  | 'FEEDBACK_INVITATION'
  | 'IDENTITY_LOOKUP'
  | 'NOTIFICATION';

export type AddressInput = {
  communeCode?: string | null | undefined;
  line?: string | null | undefined;
  provinceCode: string;
};

export type AidForm =
  /** Legal advice (Tư vấn pháp luật) */
  | 'ADVICE'
  /** Out-of-court representation (Đại diện ngoài tố tụng) */
  | 'OUT_OF_COURT'
  /** Participation in proceedings (Tham gia tố tụng) */
  | 'PROCEEDINGS';

export type ApplicantInput = {
  accessNeeds?: string | null | undefined;
  address: AddressInput;
  birthDate?: string | null | undefined;
  /** How the applicant (or guardian) may be reached safely; every message honours it. */
  contactSafety?: ContactSafetyInput | null | undefined;
  email?: string | null | undefined;
  fullName: string;
  gender?: Gender | null | undefined;
  guardian?: GuardianInput | null | undefined;
  idNumber?: string | null | undefined;
  language?: string | null | undefined;
  needsInterpreter?: boolean | null | undefined;
  phone?: string | null | undefined;
};

export type AssignReferralInput = {
  providerId: string | number;
  referralId: string | number;
};

export type AttachedDocumentInput = {
  kind: EvidenceKind;
  title?: string | null | undefined;
};

export type Channel =
  /** Email (Thư điện tử) */
  | 'EMAIL'
  /** Hotline (Đường dây nóng) */
  | 'HOTLINE'
  /** Mobile session (Trợ giúp pháp lý lưu động) */
  | 'MOBILE'
  /** Referral by a commune authority (UBND cấp xã giới thiệu) */
  | 'REFERRAL_COMMUNE'
  /** Referral by a court (Tòa án đề nghị) */
  | 'REFERRAL_COURT'
  /** Referral by the Fatherland Front (Mặt trận Tổ quốc giới thiệu) */
  | 'REFERRAL_FRONT'
  /** Referral by an NGO (Tổ chức xã hội giới thiệu) */
  | 'REFERRAL_NGO'
  /** Referral by the police (Cơ quan điều tra đề nghị) */
  | 'REFERRAL_POLICE'
  /** Referral by a prosecutor (Viện kiểm sát đề nghị) */
  | 'REFERRAL_PROCURACY'
  /** Walk-in at a centre or branch (Trực tiếp tại trung tâm/chi nhánh) */
  | 'WALK_IN'
  /** Web form (Cổng thông tin điện tử) */
  | 'WEB'
  /** Written or by post (Văn bản/bưu điện) */
  | 'WRITTEN';

export type CompleteDocumentsInput = {
  expectedVersion?: number | null | undefined;
  receivedDocuments: Array<AttachedDocumentInput>;
  requestId: string | number;
};

export type ConsentGivenBy =
  | 'APPLICANT'
  | 'GUARDIAN'
  | 'REPRESENTATIVE';

export type ConsentInput = {
  givenBy: ConsentGivenBy;
  method: ConsentMethod;
  purposes: Array<ConsentPurpose>;
};

export type ConsentMethod =
  | 'ELECTRONIC'
  | 'ORAL_RECORDED'
  | 'WRITTEN';

export type ConsentPurpose =
  | 'FEEDBACK_CONTACT'
  | 'LEGAL_AID_PROCESSING'
  | 'REFERRAL_TO_PROVIDER';

/** Safe contact (liên lạc an toàn). leaveMessages false: no written or recorded message at all, staff call back at a safe time. */
export type ContactSafetyInput = {
  leaveMessages: boolean;
  note?: string | null | undefined;
  safeTimes?: Array<TimeWindowInput> | null | undefined;
  safeToCall: boolean;
  safeToEmail?: boolean | null | undefined;
  safeToSms: boolean;
  safeToZalo?: boolean | null | undefined;
};

export type DeclineReason =
  | 'CAPACITY'
  | 'CONFLICT'
  | 'OTHER'
  | 'OUTSIDE_EXPERTISE';

export type DownstreamStatus =
  | 'ASSIGNED'
  | 'CASE_OPEN'
  | 'CLOSED'
  | 'NONE'
  | 'REFERRED';

export type EligibilityGroup =
  /** Accused person aged 16 to under 18 (Người bị buộc tội từ đủ 16 tuổi đến dưới 18 tuổi) */
  | 'ACCUSED_16_18'
  /** Accused person in a near-poor household (Người bị buộc tội thuộc hộ cận nghèo) */
  | 'ACCUSED_NEAR_POOR'
  /** Child (Trẻ em) */
  | 'CHILD'
  /** Ethnic minority in an especially difficult area (Người dân tộc thiểu số cư trú ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn) */
  | 'ETHNIC_MINORITY_DIFFICULT_AREA'
  /** Agent Orange victim in financial difficulty (Người nhiễm chất độc da cam có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_AGENT_ORANGE'
  /** Person with disabilities in financial difficulty (Người khuyết tật có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_DISABLED'
  /** Domestic violence victim in financial difficulty (Nạn nhân bạo lực gia đình có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_DOMESTIC_VIOLENCE'
  /** Elderly person in financial difficulty (Người cao tuổi có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_ELDERLY'
  /** Person living with HIV in financial difficulty (Người nhiễm HIV có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_HIV'
  /** Relative of a fallen soldier in financial difficulty (Cha đẻ, mẹ đẻ, vợ, chồng, con của liệt sĩ có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_MARTYR_RELATIVE'
  /** Trafficking victim in financial difficulty (Nạn nhân mua bán người có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_TRAFFICKING'
  /** Victim aged 16 to under 18 in financial difficulty (Người từ đủ 16 đến dưới 18 tuổi là bị hại có khó khăn về tài chính) */
  | 'FIN_DIFFICULTY_VICTIM_16_18'
  /** Person with meritorious service to the revolution (Người có công với cách mạng) */
  | 'MERITORIOUS_SERVICE'
  /** Person aged 16 to under 18 who is denounced or recommended for prosecution, held in emergency custody, accused, a victim, a witness, subject to diversion or serving a sentence (Người từ đủ 16 tuổi đến dưới 18 tuổi là người bị tố giác, bị kiến nghị khởi tố, bị giữ trong trường hợp khẩn cấp, bị buộc tội, bị hại, người làm chứng, người chấp hành biện pháp xử lý chuyển hướng, phạm nhân) */
  | 'MINOR_16_18_JUSTICE'
  /** Member of a poor household (Người thuộc hộ nghèo) */
  | 'POOR_HOUSEHOLD'
  /** Trafficking victim, person being identified as one, or a minor accompanying them (Nạn nhân, người đang trong quá trình xác định là nạn nhân mua bán người và người dưới 18 tuổi đi cùng) */
  | 'TRAFFICKING_VICTIM';

export type EscalationReason =
  | 'ATTEMPTS_EXHAUSTED'
  | 'DEADLINE_PASSED'
  | 'NO_CANDIDATE';

/** Queues an escalated referral waits in, in the order it moves up when a queue's deadline passes. */
export type EscalationTarget =
  | 'BAR_ASSOCIATION'
  | 'CENTRE_DIRECTOR'
  | 'CENTRE_OFFICERS';

export type EvidenceKind =
  /** Proof of Agent Orange exposure (Giấy tờ chứng minh nhiễm chất độc hóa học) */
  | 'AGENT_ORANGE_CERTIFICATE'
  /** Birth certificate (Giấy khai sinh) */
  | 'BIRTH_CERTIFICATE'
  /** Disability certificate (Giấy xác nhận khuyết tật) */
  | 'DISABILITY_CERTIFICATE'
  /** Confirmation of domestic violence victim status (Giấy tờ xác nhận là nạn nhân bạo lực gia đình) */
  | 'DOMESTIC_VIOLENCE_CONFIRMATION'
  /** Proof of ethnicity and residence in an especially difficult area (Giấy tờ chứng minh là người dân tộc thiểu số cư trú ở vùng đặc biệt khó khăn) */
  | 'ETHNIC_RESIDENCE_PROOF'
  /** Proof of financial difficulty (Giấy tờ chứng minh khó khăn về tài chính) */
  | 'FINANCIAL_DIFFICULTY_PROOF'
  /** Confirmation of HIV status (Giấy tờ xác nhận nhiễm HIV) */
  | 'HIV_CONFIRMATION'
  /** Identity document (Căn cước / giấy tờ tùy thân) */
  | 'IDENTITY_DOCUMENT'
  /** Proof of being a fallen soldier's relative (Giấy tờ chứng minh là thân nhân liệt sĩ) */
  | 'MARTYR_RELATIVE_CERTIFICATE'
  /** Proof of meritorious service (Giấy tờ chứng minh là người có công với cách mạng) */
  | 'MERITORIOUS_SERVICE_CERTIFICATE'
  /** Near-poor household certificate (Giấy chứng nhận hộ cận nghèo) */
  | 'NEAR_POOR_HOUSEHOLD_CERTIFICATE'
  /** Other document (Giấy tờ khác) */
  | 'OTHER'
  /** Poor household certificate (Giấy chứng nhận hộ nghèo) */
  | 'POOR_HOUSEHOLD_CERTIFICATE'
  /** Procedural document (charge, custody decision, notice...) (Văn bản tố tụng (quyết định khởi tố, tạm giữ, thông báo...)) */
  | 'PROCEDURAL_DOCUMENT'
  /** Monthly social allowance decision (Quyết định hưởng trợ cấp xã hội hằng tháng) */
  | 'SOCIAL_ALLOWANCE_DECISION'
  /** Confirmation of trafficking victim status (Giấy xác nhận nạn nhân mua bán người) */
  | 'TRAFFICKING_VICTIM_CONFIRMATION'
  /** Notice that victim identification is in progress (Văn bản về việc đang xác định là nạn nhân mua bán người) */
  | 'VICTIM_IDENTIFICATION_NOTICE';

export type ExclusionReason =
  | 'AID_FORM'
  | 'ALREADY_TRIED'
  | 'AREA'
  | 'CAPACITY'
  | 'CONFLICT_OF_INTEREST'
  | 'FIELD_OF_LAW'
  | 'KIND_MAY_NOT_PERFORM_FORM'
  | 'LANGUAGE'
  | 'ON_LEAVE'
  | 'SUSPENDED'
  | 'UNAVAILABLE';

export type FeedbackAnswersInput = {
  lawyerReachable?: boolean | null | undefined;
  outcomeExplained?: boolean | null | undefined;
  paymentRequested?: boolean | null | undefined;
};

export type FieldOfLaw =
  /** Administrative (Hành chính) */
  | 'ADMINISTRATIVE'
  /** Business and commerce (Kinh doanh, thương mại) */
  | 'BUSINESS_COMMERCE'
  /** Civil (Dân sự) */
  | 'CIVIL'
  /** Criminal (Hình sự) */
  | 'CRIMINAL'
  /** Labour (Lao động) */
  | 'LABOUR'
  /** Land (Đất đai) */
  | 'LAND'
  /** Marriage and family (Hôn nhân và gia đình) */
  | 'MARRIAGE_FAMILY'
  /** Other (Lĩnh vực khác) */
  | 'OTHER'
  /** Social policy and benefits (Chính sách xã hội, ưu đãi người có công) */
  | 'SOCIAL_POLICY';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

export type GuardianInput = {
  fullName: string;
  idNumber?: string | null | undefined;
  phone?: string | null | undefined;
  relationship: GuardianRelationship;
};

export type GuardianRelationship =
  | 'GUARDIAN'
  | 'OTHER'
  | 'PARENT';

export type LeavePeriodInput = {
  from: string;
  to: string;
};

export type OfferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'OPEN'
  | 'WITHDRAWN';

export type OrganisationKind =
  /** Bar organisation (Đoàn luật sư) */
  | 'BAR_ASSOCIATION'
  /** Fatherland Front committee (Ủy ban Mặt trận Tổ quốc) */
  | 'FRONT_COMMITTEE'
  /** Law firm (Tổ chức hành nghề luật sư) */
  | 'LAW_FIRM'
  /** Branch of a legal aid centre (Chi nhánh Trung tâm trợ giúp pháp lý) */
  | 'LEGAL_AID_BRANCH'
  /** State legal aid centre (Trung tâm trợ giúp pháp lý nhà nước) */
  | 'LEGAL_AID_CENTRE'
  /** Legal consultancy organisation (Tổ chức tư vấn pháp luật) */
  | 'LEGAL_CONSULTANCY'
  /** Non-governmental organisation (Tổ chức xã hội) */
  | 'NGO';

/** An opposing party: the ID number or the birth date lets conflict checks find them (a name alone would match namesakes). */
export type PartyInput = {
  birthDate?: string | null | undefined;
  fullName: string;
  idNumber?: string | null | undefined;
};

export type ProBonoInput = {
  annualTarget: number;
  unit: ProBonoUnit;
};

export type ProBonoUnit =
  | 'CASES'
  | 'HOURS';

export type ProceduralStage =
  | 'APPEAL'
  | 'DETENTION'
  | 'ENFORCEMENT'
  | 'FIRST_INSTANCE'
  | 'INVESTIGATION'
  | 'PROSECUTION'
  | 'REVIEW';

/** Professional contacts for messages (e-mail, SMS, Zalo); language as an ISO 639-3 code (default vie). */
export type ProfessionalContactInput = {
  email?: string | null | undefined;
  language?: string | null | undefined;
  phone?: string | null | undefined;
  zaloPhone?: string | null | undefined;
};

export type ProviderFilter = {
  aidForm?: AidForm | null | undefined;
  fieldOfLaw?: FieldOfLaw | null | undefined;
  kind?: ProviderKind | null | undefined;
  language?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  provinceCode?: string | null | undefined;
  status?: ProviderStatus | null | undefined;
};

export type ProviderGender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER';

/** The applicant's preference about the provider's gender, recorded at acceptance (asked of every victim of violence or trafficking). */
export type ProviderGenderPreference =
  | 'FEMALE'
  | 'MALE'
  | 'NO_PREFERENCE';

export type ProviderKind =
  /** Legal aid collaborator (Cộng tác viên trợ giúp pháp lý) */
  | 'COLLABORATOR'
  /** Lawyer under contract with the centre (Luật sư ký hợp đồng với Trung tâm) */
  | 'CONTRACT_LAWYER'
  /** Legal adviser (Tư vấn viên pháp luật) */
  | 'LEGAL_ADVISER'
  /** Legal aid officer (Trợ giúp viên pháp lý) */
  | 'LEGAL_AID_OFFICER'
  /** Lawyer of a contracted or registered organisation (Luật sư của tổ chức ký hợp đồng/đăng ký tham gia) */
  | 'ORGANISATION_LAWYER'
  /** Pro bono lawyer assigned by the bar organisation (Luật sư do Đoàn luật sư phân công) */
  | 'PRO_BONO_LAWYER';

export type ProviderPatchInput = {
  aidForms?: Array<AidForm> | null | undefined;
  areas?: Array<ServiceAreaInput> | null | undefined;
  capacity?: number | null | undefined;
  contact?: ProfessionalContactInput | null | undefined;
  declaredConflicts?: Array<string> | null | undefined;
  displayName?: string | null | undefined;
  fieldsOfLaw?: Array<FieldOfLaw> | null | undefined;
  gender?: ProviderGender | null | undefined;
  languages?: Array<string> | null | undefined;
  proBono?: ProBonoInput | null | undefined;
  publishInDirectory?: boolean | null | undefined;
  remoteAdvice?: boolean | null | undefined;
};

export type ProviderStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type ReferralInput = {
  custodySince?: string | null | undefined;
  defenceCounselRequested?: boolean | null | undefined;
  documentNumber?: string | null | undefined;
  hearingAt?: string | null | undefined;
  officer?: string | null | undefined;
  /** Where the referring body learns who was appointed. */
  officerEmail?: string | null | undefined;
  officerPhone?: string | null | undefined;
  organisation: string;
  proceduralStage?: ProceduralStage | null | undefined;
  referrerKind: ReferrerKind;
};

export type ReferralStatus =
  | 'ASSIGNED'
  | 'CANCELLED'
  | 'ESCALATED'
  | 'OFFERED'
  | 'PENDING';

export type ReferrerKind =
  | 'COMMUNE'
  | 'COURT'
  | 'FRONT'
  | 'NGO'
  | 'POLICE'
  | 'PROCURACY';

export type RejectLegalAidRequestInput = {
  expectedVersion?: number | null | undefined;
  ground: RejectionGround;
  note?: string | null | undefined;
  requestId: string | number;
};

export type RejectionGround =
  /** Another organisation or a lawyer already assists in the matter (Vụ việc đang được tổ chức khác trợ giúp hoặc đã có luật sư) */
  | 'ALREADY_ASSISTED'
  /** The matter is in business and commerce (Vụ việc thuộc lĩnh vực kinh doanh, thương mại) */
  | 'BUSINESS_COMMERCE'
  /** Interests conflict with another assisted person's in the same matter (Quyền lợi đối lập với người được trợ giúp pháp lý khác trong cùng vụ việc) */
  | 'CONFLICT_OF_INTEREST'
  /** Requested documents were not provided in time (Không bổ sung giấy tờ trong thời hạn) */
  | 'DOCUMENTS_NOT_PROVIDED'
  /** The matter was decided by a final judgment or decision (Vụ việc đã được giải quyết bằng bản án, quyết định có hiệu lực pháp luật) */
  | 'MATTER_ALREADY_DECIDED'
  /** The applicant is not an eligible person (Người yêu cầu không thuộc diện người được trợ giúp pháp lý) */
  | 'NOT_ELIGIBLE_PERSON'
  /** Other reason (stated in the note) (Lý do khác (ghi rõ)) */
  | 'OTHER'
  /** The matter does not directly concern the applicant's lawful rights and interests (Vụ việc không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người yêu cầu) */
  | 'OUTSIDE_SCOPE';

export type RequestDocumentsInput = {
  documents: Array<RequestedDocumentInput>;
  expectedVersion?: number | null | undefined;
  requestId: string | number;
};

export type RequestFilter = {
  aidForm?: Array<AidForm> | null | undefined;
  centreId?: string | number | null | undefined;
  channel?: Array<Channel> | null | undefined;
  communeCode?: string | null | undefined;
  downstreamStatus?: Array<DownstreamStatus> | null | undefined;
  eligibilityGroup?: Array<EligibilityGroup> | null | undefined;
  fieldOfLaw?: Array<FieldOfLaw> | null | undefined;
  possibleDuplicate?: boolean | null | undefined;
  provinceCode?: string | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  /** The acceptance register's number (số thụ lý): at most one request. */
  registerNumber?: string | null | undefined;
  status?: Array<RequestStatus> | null | undefined;
  urgent?: boolean | null | undefined;
};

export type RequestOrder =
  | 'DOCUMENTS_DUE_AT'
  | 'RECEIVED_AT_ASC'
  | 'RECEIVED_AT_DESC'
  | 'URGENCY';

export type RequestStatus =
  | 'ACCEPTED'
  | 'DOCUMENTS_REQUESTED'
  | 'RECEIVED'
  | 'REJECTED'
  | 'WITHDRAWN';

export type RequestedDocumentInput = {
  description?: string | null | undefined;
  kind: EvidenceKind;
};

export type Role =
  | 'ADMIN'
  | 'APPRAISER'
  | 'CENTRE_STAFF'
  | 'LAWYER'
  | 'ORG_ADMIN'
  | 'REFERRER'
  | 'SUPERVISOR';

export type ScoreFactor =
  | 'ACCEPTANCE'
  | 'CONFLICT_CHECK'
  | 'DISTANCE'
  | 'EXPERIENCE'
  | 'GENDER'
  | 'LANGUAGE'
  | 'LOAD'
  | 'PRO_BONO_FAIRNESS'
  | 'RECENCY';

export type ServiceAreaInput = {
  communeCode?: string | null | undefined;
  provinceCode: string;
};

export type SetProviderAvailabilityInput = {
  available: boolean;
  leave?: Array<LeavePeriodInput> | null | undefined;
  providerId: string | number;
};

export type StatisticsFilterInput = {
  aidForm?: AidForm | null | undefined;
  channel?: Channel | null | undefined;
  communeCode?: string | null | undefined;
  eligibilityGroup?: EligibilityGroup | null | undefined;
  fieldOfLaw?: FieldOfLaw | null | undefined;
  organisationId?: string | number | null | undefined;
  providerId?: string | number | null | undefined;
  provinceCode?: string | null | undefined;
};

export type StatisticsGrouping =
  | 'AID_FORM'
  | 'CHANNEL'
  | 'COMMUNE'
  | 'ELIGIBILITY_GROUP'
  | 'FIELD_OF_LAW'
  | 'NONE'
  | 'ORGANISATION'
  | 'OUTCOME'
  | 'PROVIDER'
  | 'PROVINCE';

/** A fixed calendar period in Asia/Ho_Chi_Minh: a year (2026), a quarter (2026-Q1) or a month (2026-03); arbitrary instants are refused. */
export type StatisticsInput = {
  filter?: StatisticsFilterInput | null | undefined;
  groupBy?: StatisticsGrouping | null | undefined;
  period: string;
};

export type SubmitFeedbackInput = {
  answers: FeedbackAnswersInput;
  comment?: string | null | undefined;
  complaint?: string | null | undefined;
  language?: string | null | undefined;
  rating: number;
  token: string;
};

export type SubmitLegalAidRequestInput = {
  aidForm: AidForm;
  applicant: ApplicantInput;
  attachedDocuments?: Array<AttachedDocumentInput> | null | undefined;
  centreId: string | number;
  channel: Channel;
  claimedEligibilityGroup?: EligibilityGroup | null | undefined;
  consent: ConsentInput;
  deadlineAt?: string | null | undefined;
  fieldOfLaw: FieldOfLaw;
  opposingParties?: Array<PartyInput> | null | undefined;
  /** Some victims ask for a provider of a given gender (FEMALE or MALE); matching ranks by it. */
  preferredProviderGender?: Gender | null | undefined;
  referral?: ReferralInput | null | undefined;
  summary: string;
  urgencyReasons?: Array<UrgencyReason> | null | undefined;
};

/** A daily window in Viet Nam time (HH:MM); 'to' before 'from' runs past midnight. */
export type TimeWindowInput = {
  from: string;
  to: string;
};

export type UpdateContactSafetyInput = {
  contactSafety: ContactSafetyInput;
  /** The request's version you read; a newer change is refused (VERSION_CONFLICT) instead of overwritten. */
  expectedVersion?: number | null | undefined;
  requestId: string | number;
};

export type UpdateProviderInput = {
  expectedVersion?: number | null | undefined;
  patch: ProviderPatchInput;
  providerId: string | number;
};

export type UrgencyReason =
  /** In custody or detention (Đang bị tạm giữ, tạm giam) */
  | 'CUSTODY'
  /** Procedural body requests defence counsel (Cơ quan tiến hành tố tụng yêu cầu cử người bào chữa) */
  | 'DEFENCE_COUNSEL_DEADLINE'
  /** Hearing within a few working days (Sắp mở phiên tòa) */
  | 'HEARING_SOON'
  /** Trafficking (Mua bán người) */
  | 'TRAFFICKING'
  /** Violence (Bạo lực) */
  | 'VIOLENCE';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, role: Role, organisationId: string | null, providerId: string | null, operations: Array<string> } };

export type OrganisationQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationQuery = { organisation: { id: string, name: string, kind: OrganisationKind, provinceCode: string, contact: { address: string | null, phone: string | null, email: string | null, signatoryName: string | null, signatoryTitle: string | null } } | null };

export type ReferenceDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceDataQuery = { referenceData: { channels: Array<{ code: string, vi: string, en: string }>, eligibilityGroups: Array<{ code: string, vi: string, en: string }>, fieldsOfLaw: Array<{ code: string, vi: string, en: string }>, aidForms: Array<{ code: string, vi: string, en: string }>, urgencyReasons: Array<{ code: string, vi: string, en: string }>, evidenceKinds: Array<{ code: string, vi: string, en: string }>, rejectionGrounds: Array<{ code: string, vi: string, en: string }> } };

export type UnitsQueryVariables = Exact<{
  provinceCode?: string | null | undefined;
}>;


export type UnitsQuery = { referenceData: { administrativeUnits: Array<{ code: string, level: string, name: string, parentCode: string | null }> } };

export type RuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleSetsQuery = { eligibilityRuleSets: Array<{ id: string, title: string, effectiveFrom: string, groups: Array<{ group: EligibilityGroup, clause: string, financialDifficulty: boolean, evidence: Array<Array<EvidenceKind>> }> }> };

export type RequestCountsQueryVariables = Exact<{
  filter?: RequestFilter | null | undefined;
}>;


export type RequestCountsQuery = { requestCounts: { total: number, urgent: number, possibleDuplicates: number, byStatus: Array<{ key: string, count: number }>, byDownstreamStatus: Array<{ key: string, count: number }>, documentsDue: { past: number, dueSoon: number, later: number } } };

export type RequestQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: RequestFilter | null | undefined;
  orderBy?: RequestOrder | null | undefined;
}>;


export type RequestQueueQuery = { legalAidRequests: { edges: Array<{ cursor: string, node: { id: string, registerNumber: string | null, receivedAt: string, channel: Channel, fieldOfLaw: FieldOfLaw, aidForm: AidForm, claimedEligibilityGroup: EligibilityGroup | null, provinceCode: string, communeCode: string | null, language: string, needsInterpreter: boolean, status: RequestStatus, downstreamStatus: DownstreamStatus, documentsDueAt: string | null, possibleDuplicateOf: Array<string>, urgency: { urgent: boolean, deadlineAt: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FindByIdentityQueryVariables = Exact<{
  idNumber?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type FindByIdentityQuery = { findRequestsByIdentity: Array<{ id: string, status: RequestStatus, receivedAt: string, registerNumber: string | null }> };

export type SubmitRequestMutationVariables = Exact<{
  input: SubmitLegalAidRequestInput;
}>;


export type SubmitRequestMutation = { submitLegalAidRequest: { requestId: string, status: RequestStatus, possibleDuplicateOf: Array<string> } };

export type RequestRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestRecordQuery = { legalAidRequest: { id: string, version: number, status: RequestStatus, downstreamStatus: DownstreamStatus, registerNumber: string | null, receivedAt: string, acceptedAt: string | null, channel: Channel, fieldOfLaw: FieldOfLaw, aidForm: AidForm, claimedEligibilityGroup: EligibilityGroup | null, eligibilityGroup: EligibilityGroup | null, evidence: Array<EvidenceKind>, ruleSetId: string | null, provinceCode: string, communeCode: string | null, language: string, needsInterpreter: boolean, documentsRequested: Array<EvidenceKind>, documentsDueAt: string | null, possibleDuplicateOf: Array<string>, withdrawnAt: string | null, centreId: string, urgency: { urgent: boolean, deadlineAt: string | null, reasons: Array<UrgencyReason> }, rejection: { ground: RejectionGround, note: string | null, rejectedAt: string, basis: { vi: string, en: string } } | null, consent: { givenBy: string, method: string, purposes: Array<ConsentPurpose>, recordedAt: string } | null, timeline: Array<{ at: string, status: string }>, referral: { id: string, status: ReferralStatus, round: number | null, createdAt: string, assignedAt: string | null, assignedProviderId: string | null, escalation: { escalatedAt: string, reason: EscalationReason, target: EscalationTarget, organisationId: string } | null, offers: Array<{ id: string, providerId: string, organisationId: string, round: number, attempt: number, status: OfferStatus, offeredAt: string, expiresAt: string, respondedAt: string | null, declineReason: DeclineReason | null, provider: { displayName: string } | null }>, rankings: Array<{ round: number, rankedAt: string, considered: number, candidateCount: number, candidates: Array<{ providerId: string, rank: number, score: number, reasons: Array<{ factor: ScoreFactor, points: number, detail: string }>, provider: { displayName: string } | null }>, excludedByReason: Array<{ reason: ExclusionReason, count: number }> }> } | null } | null };

export type RequestApplicantQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestApplicantQuery = { legalAidRequest: { id: string, version: number, applicant: { fullName: string, idNumber: string | null, birthDate: string | null, gender: string | null, phone: string | null, email: string | null, language: string, needsInterpreter: boolean, accessNeeds: string | null, address: { provinceCode: string, communeCode: string | null, line: string | null }, guardian: { fullName: string, relationship: string, phone: string | null } | null, contactSafety: { safeToCall: boolean, safeToSms: boolean, safeToEmail: boolean, safeToZalo: boolean, leaveMessages: boolean, note: string | null, safeTimes: Array<{ from: string, to: string }> } | null } | null } | null };

export type RequestDetailsQueryVariables = Exact<{
  requestId: string | number;
}>;


export type RequestDetailsQuery = { legalAidRequestDetails: { summary: string, opposingParties: Array<{ fullName: string }> | null, attachedDocuments: Array<{ kind: EvidenceKind, title: string | null }> | null, referralOfficer: { officer: string | null, officerPhone: string | null, documentNumber: string | null } | null } };

export type AccessLogQueryVariables = Exact<{
  requestId?: string | number | null | undefined;
}>;


export type AccessLogQuery = { personalDataAccessLog: { edges: Array<{ node: { accessId: string, accessedAt: string, actorId: string, actorName: string | null, actorRole: string, purpose: AccessPurpose, fields: Array<string> } }> } };

export type AcceptRequestMutationVariables = Exact<{
  input: AcceptLegalAidRequestInput;
}>;


export type AcceptRequestMutation = { acceptLegalAidRequest: { requestId: string, status: RequestStatus, registerNumber: string | null, version: number } };

export type RejectRequestMutationVariables = Exact<{
  input: RejectLegalAidRequestInput;
}>;


export type RejectRequestMutation = { rejectLegalAidRequest: { requestId: string, status: RequestStatus, version: number } };

export type RequestDocumentsMutationVariables = Exact<{
  input: RequestDocumentsInput;
}>;


export type RequestDocumentsMutation = { requestDocuments: { requestId: string, status: RequestStatus, documentsDueAt: string | null, version: number } };

export type CompleteDocumentsMutationVariables = Exact<{
  input: CompleteDocumentsInput;
}>;


export type CompleteDocumentsMutation = { completeDocuments: { requestId: string, status: RequestStatus, version: number } };

export type RequestUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type RequestUpdatedSubscription = { legalAidRequestUpdated: { requestId: string, event: { id: string, type: string, occurredAt: string } } };

export type SubmitFeedbackMutationVariables = Exact<{
  input: SubmitFeedbackInput;
}>;


export type SubmitFeedbackMutation = { submitFeedback: { feedbackId: string, complaintFiled: boolean } };

export type EscalationQueueQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type EscalationQueueQuery = { escalationQueue: { totalCount: number } };

export type LabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LabelsQuery = { referenceData: { eventTypes: Array<{ code: string, vi: string, en: string }>, referralStatus: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, offerStatus: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, scoreFactor: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, exclusionReason: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, declineReason: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, escalationReason: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, accessPurpose: Array<{ values: Array<{ code: string, vi: string, en: string }> }> } };

export type StatisticsQueryVariables = Exact<{
  input: StatisticsInput;
}>;


export type StatisticsQuery = { statistics: { from: string, to: string, groupBy: StatisticsGrouping, threshold: number, rows: Array<{ key: string | null, suppressed: boolean, requests: number | null, accepted: number | null, rejected: number | null, medianHoursToAssignment: number | null, medianHoursToFirstContact: number | null, deadlineBreaches: number | null }>, total: { key: string | null, suppressed: boolean, requests: number | null, accepted: number | null, rejected: number | null, medianHoursToAssignment: number | null, medianHoursToFirstContact: number | null, deadlineBreaches: number | null } } };

export type ProvidersQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ProvidersQuery = { providers: { edges: Array<{ node: { id: string, version: number, displayName: string, kind: ProviderKind, organisationId: string, fieldsOfLaw: Array<FieldOfLaw>, capacity: number, openCases: number, available: boolean, status: ProviderStatus, organisation: { name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateProviderCapacityMutationVariables = Exact<{
  input: UpdateProviderInput;
}>;


export type UpdateProviderCapacityMutation = { updateProvider: { id: string, version: number, capacity: number } };

export type SetAvailabilityMutationVariables = Exact<{
  input: SetProviderAvailabilityInput;
}>;


export type SetAvailabilityMutation = { setProviderAvailability: { id: string, version: number, available: boolean } };

export type EscalationsQueryVariables = Exact<{
  organisationId: string | number;
  after?: string | null | undefined;
}>;


export type EscalationsQuery = { escalationQueue: { totalCount: number, edges: Array<{ node: { id: string, requestId: string, status: ReferralStatus, fieldOfLaw: FieldOfLaw, aidForm: AidForm, createdAt: string, escalatedAt: string, urgent: boolean, target: EscalationTarget, dueAt: string | null, referral: { id: string, round: number | null, escalation: { reason: EscalationReason, target: EscalationTarget, escalatedAt: string, dueAt: string | null } | null, offers: Array<{ id: string, providerId: string, round: number, attempt: number, status: OfferStatus, offeredAt: string, expiresAt: string, respondedAt: string | null, declineReason: DeclineReason | null, provider: { displayName: string } | null }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MembersQueryVariables = Exact<{
  filter?: ProviderFilter | null | undefined;
}>;


export type MembersQuery = { providers: { edges: Array<{ node: { id: string, displayName: string, kind: ProviderKind, fieldsOfLaw: Array<FieldOfLaw>, aidForms: Array<AidForm>, languages: Array<string>, capacity: number, openCases: number, available: boolean, status: ProviderStatus } }> } };

export type AssignReferralMutationVariables = Exact<{
  input: AssignReferralInput;
}>;


export type AssignReferralMutation = { assignReferral: { id: string, status: ReferralStatus, assignedProviderId: string | null, assignedAt: string | null } };

export type RequestReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RequestReceivedSubscription = { requestReceived: { requestId: string, centreId: string, urgent: boolean, possibleDuplicate: boolean, receivedAt: string, event: { id: string, type: string, occurredAt: string } } };

export type ReferralEscalatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralEscalatedSubscription = { referralEscalated: { referralId: string, requestId: string, organisationId: string, target: EscalationTarget, reason: EscalationReason, escalatedAt: string, dueAt: string | null, event: { id: string, type: string, occurredAt: string } } };

export type UpdateContactSafetyMutationVariables = Exact<{
  input: UpdateContactSafetyInput;
}>;


export type UpdateContactSafetyMutation = { updateContactSafety: { requestId: string, status: RequestStatus, version: number } };


export const MeDocument = {"__meta__":{"hash":"sha256:36da09bcbdcca079139be4ab8fca0520ec20748d84f062bcc4637ebf36359ae1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const OrganisationDocument = {"__meta__":{"hash":"sha256:c577d8a66817ee6c7a43feb070deb8e6b01d5c61c16b5263d7c6868a339d8943"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryName"}},{"kind":"Field","name":{"kind":"Name","value":"signatoryTitle"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const ReferenceDataDocument = {"__meta__":{"hash":"sha256:3644eb897cf7386240126b391c491df8e6d2920b09baae14466c9eb8ca04a982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfLaw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aidForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgencyReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidenceKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejectionGrounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const UnitsDocument = {"__meta__":{"hash":"sha256:9dde4aada63ae852cc5e50906f0181305dc49829120ab8c52668728946ab7152"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrativeUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provinceCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provinceCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const RuleSetsDocument = {"__meta__":{"hash":"sha256:f27a5da96ac92b7cb4c45f067d5933d46cf877f8c9c1da163a1d7fa67d61945b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibilityRuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"financialDifficulty"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}}]}}]}}]}}]} as unknown as DocumentNode<RuleSetsQuery, RuleSetsQueryVariables>;
export const RequestCountsDocument = {"__meta__":{"hash":"sha256:0011b85e20ad6d770617192f958087ee11b3ebde81eb2157a76e0142fad54482"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDownstreamStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"past"}},{"kind":"Field","name":{"kind":"Name","value":"dueSoon"}},{"kind":"Field","name":{"kind":"Name","value":"later"}}]}}]}}]}}]} as unknown as DocumentNode<RequestCountsQuery, RequestCountsQueryVariables>;
export const RequestQueueDocument = {"__meta__":{"hash":"sha256:21c15abbbea0d59aa4cb87f2fa59f1fce99f0ea54f6175a9230bf941b398cb58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAidRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"claimedEligibilityGroup"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"needsInterpreter"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateOf"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RequestQueueQuery, RequestQueueQueryVariables>;
export const FindByIdentityDocument = {"__meta__":{"hash":"sha256:ea8a56ca81fa9801284c4a9a80a7c53becec263e8f840946fbcb8d5fcc9d850e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindByIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findRequestsByIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}}]}}]}}]} as unknown as DocumentNode<FindByIdentityQuery, FindByIdentityQueryVariables>;
export const SubmitRequestDocument = {"__meta__":{"hash":"sha256:d052c11ee4d3e401194e9cc404f39eae9979a14271acce648532a6ead87e2607"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitLegalAidRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitLegalAidRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateOf"}}]}}]}}]} as unknown as DocumentNode<SubmitRequestMutation, SubmitRequestMutationVariables>;
export const RequestRecordDocument = {"__meta__":{"hash":"sha256:08ac9dec5f6beb8ba9aeb050d130876c6e214b950b0d99258d4ebed0f9909d4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAidRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downstreamStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"claimedEligibilityGroup"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityGroup"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetId"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"needsInterpreter"}},{"kind":"Field","name":{"kind":"Name","value":"documentsRequested"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicateOf"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rejection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenBy"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"rankedAt"}},{"kind":"Field","name":{"kind":"Name","value":"considered"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestRecordQuery, RequestRecordQueryVariables>;
export const RequestApplicantDocument = {"__meta__":{"hash":"sha256:485d3c1aab85321b23c086b372f1b7dc46c94191090a6e9d8e3396e30b5ee70a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAidRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"needsInterpreter"}},{"kind":"Field","name":{"kind":"Name","value":"accessNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"line"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeToCall"}},{"kind":"Field","name":{"kind":"Name","value":"safeToSms"}},{"kind":"Field","name":{"kind":"Name","value":"safeToEmail"}},{"kind":"Field","name":{"kind":"Name","value":"safeToZalo"}},{"kind":"Field","name":{"kind":"Name","value":"leaveMessages"}},{"kind":"Field","name":{"kind":"Name","value":"safeTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestApplicantQuery, RequestApplicantQueryVariables>;
export const RequestDetailsDocument = {"__meta__":{"hash":"sha256:ca01fcc6777328aa08b51a48d6606b168c719b0f350294a8cd39363ed75cf51e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAidRequestDetails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"opposingParties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"}},{"kind":"Field","name":{"kind":"Name","value":"officerPhone"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}}]}}]}}]}}]} as unknown as DocumentNode<RequestDetailsQuery, RequestDetailsQueryVariables>;
export const AccessLogDocument = {"__meta__":{"hash":"sha256:d3d842c1e4cd9728e90ad2c17a33038a3f9c360760d41cdabf563715500e2f90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessLogQuery, AccessLogQueryVariables>;
export const AcceptRequestDocument = {"__meta__":{"hash":"sha256:692bee380563c45df98ad880a53fb92c2f3c191c16e370ea299573c78b62d16a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptLegalAidRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptLegalAidRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptRequestMutation, AcceptRequestMutationVariables>;
export const RejectRequestDocument = {"__meta__":{"hash":"sha256:2c338f6d8f3ad6407c1edb54cfeb0051f9eebb6e9fce8bcf13a707b6957e3890"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectLegalAidRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectLegalAidRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RejectRequestMutation, RejectRequestMutationVariables>;
export const RequestDocumentsDocument = {"__meta__":{"hash":"sha256:47b89b334d8e8c77881a38a027997e6f0797132ddda719a56808ed70732498df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"documentsDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RequestDocumentsMutation, RequestDocumentsMutationVariables>;
export const CompleteDocumentsDocument = {"__meta__":{"hash":"sha256:ee01e796606ec9abc287a3b41e78503844c696cf3b4f76f35337fd8ddffa1d3f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteDocumentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteDocumentsMutation, CompleteDocumentsMutationVariables>;
export const RequestUpdatedDocument = {"__meta__":{"hash":"sha256:ccf55f1c18149f65f9e0d320eee7861dfc0e6873baed0a52a6afaec37f4da860"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAidRequestUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestUpdatedSubscription, RequestUpdatedSubscriptionVariables>;
export const SubmitFeedbackDocument = {"__meta__":{"hash":"sha256:8ff51e496bb48447660b1b021a011874c5183de837da8dc20ccea9eae65e1926"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"complaintFiled"}}]}}]}}]} as unknown as DocumentNode<SubmitFeedbackMutation, SubmitFeedbackMutationVariables>;
export const EscalationQueueDocument = {"__meta__":{"hash":"sha256:52756cec6f18e47674cdd42f23033ac8b33c73e8391a957fe32082fc336a1657"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EscalationQueueQuery, EscalationQueueQueryVariables>;
export const LabelsDocument = {"__meta__":{"hash":"sha256:c0a9b14ce457f83f5c39b5ff2d35fa9ad4766ea7d4e5efb51cb9d892110cab65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Labels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"referralStatus"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"ReferralStatus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"offerStatus"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"OfferStatus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"scoreFactor"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"ScoreFactor","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"exclusionReason"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"ExclusionReason","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"declineReason"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"DeclineReason","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"escalationReason"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"EscalationReason","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"accessPurpose"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"AccessPurpose","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LabelsQuery, LabelsQueryVariables>;
export const StatisticsDocument = {"__meta__":{"hash":"sha256:21e8fa67444e55b7076325436cc6359e9ef76bee1152e6dc7b243ff3d0298286"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAssignment"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToFirstContact"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBreaches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAssignment"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToFirstContact"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBreaches"}}]}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const ProvidersDocument = {"__meta__":{"hash":"sha256:3c49dd2b82fddc57c69108645935359b58b3421cea4b684ce0e21db787d12435"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const UpdateProviderCapacityDocument = {"__meta__":{"hash":"sha256:32b29cc813c647ea86d05144bb2e147281ba0d9ea407276064a230f08a2db863"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProviderCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<UpdateProviderCapacityMutation, UpdateProviderCapacityMutationVariables>;
export const SetAvailabilityDocument = {"__meta__":{"hash":"sha256:56e4151112e1472a31d1b7b84d939b2522a289cffed8a4d8cc4f4691613a03ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProviderAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProviderAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]} as unknown as DocumentNode<SetAvailabilityMutation, SetAvailabilityMutationVariables>;
export const EscalationsDocument = {"__meta__":{"hash":"sha256:3f2f94df4ff77d99c15d078eea7deabe849a29cec9b7209dfada090e3ee50243"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationsQuery, EscalationsQueryVariables>;
export const MembersDocument = {"__meta__":{"hash":"sha256:97b13ab1f3c64e43b5d4d938d90dd3e784b7e35bf715ad1125ae24b62387bc61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForms"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const AssignReferralDocument = {"__meta__":{"hash":"sha256:d3a5febff6aa31f3a8ac490c64fa32487f09fe181458cb40b2082b948b28a93f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAt"}}]}}]}}]} as unknown as DocumentNode<AssignReferralMutation, AssignReferralMutationVariables>;
export const RequestReceivedDocument = {"__meta__":{"hash":"sha256:e0e5a2ec6d9aadf6d6f722e9af444fa1a59fc6da10266abd46c3b40949025ef7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestReceivedSubscription, RequestReceivedSubscriptionVariables>;
export const ReferralEscalatedDocument = {"__meta__":{"hash":"sha256:b5412d54184858571ca87b32de14c65a941c67d4a56d6599e797b0e2ca0d39e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralEscalated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralEscalated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralEscalatedSubscription, ReferralEscalatedSubscriptionVariables>;
export const UpdateContactSafetyDocument = {"__meta__":{"hash":"sha256:2c19f28a22443aff448df2347f72e03eaec4066f94e500e9a72bf098f579a98c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactSafety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactSafetyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactSafety"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateContactSafetyMutation, UpdateContactSafetyMutationVariables>;