/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** providerGenderPreference is required for a victim of violence or trafficking whose submission gave none (error reason PROVIDER_GENDER_PREFERENCE_REQUIRED). */
export type AcceptLegalAidRequestInput = {
  /** What the matter is about, for the lawyers it is offered to (up to 1000 characters), written without names, numbers or addresses; sealed in intake, read back as Offer.brief (logged). */
  brief?: string | null | undefined;
  eligibilityGroup: EligibilityGroup;
  evidence: Array<EvidenceKind>;
  expectedVersion?: number | null | undefined;
  providerGenderPreference?: ProviderGenderPreference | null | undefined;
  requestId: string | number;
};

/** Who read personal data: by actor, purpose, and period [accessedFrom, accessedTo). */
export type AccessLogFilter = {
  accessedFrom?: string | null | undefined;
  accessedTo?: string | null | undefined;
  actorId?: string | number | null | undefined;
  purpose?: AccessPurpose | null | undefined;
};

export type AccessPurpose =
  | 'CASE_HANDLING'
  | 'CONTACT_APPLICANT'
  | 'FEEDBACK_INVITATION'
  | 'IDENTITY_LOOKUP'
  | 'NOTIFICATION';

export type ActivityKind =
  /** Consultation (Tư vấn, gặp gỡ) */
  | 'CONSULTATION'
  /** Document drafted (Soạn thảo văn bản) */
  | 'DOCUMENT_DRAFTED'
  /** Filing (Nộp hồ sơ, đơn từ) */
  | 'FILING'
  /** First contact with the person (Liên hệ lần đầu với người được trợ giúp) */
  | 'FIRST_CONTACT'
  /** Hearing attended (Tham gia phiên tòa) */
  | 'HEARING_ATTENDED'
  /** Note (Ghi chú) */
  | 'NOTE'
  /** Meeting with a procedural body (Làm việc với cơ quan tiến hành tố tụng) */
  | 'PROCEDURAL_BODY_MEETING';

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

export type AttachmentInput = {
  mediaType: string;
  name: string;
  sha256: string;
  sizeBytes?: number | null | undefined;
};

export type CaseFilter = {
  centreId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
  outcome?: CaseOutcome | null | undefined;
  overdue?: boolean | null | undefined;
  period?: PeriodInput | null | undefined;
  providerId?: string | number | null | undefined;
  state?: CaseState | null | undefined;
};

export type CaseOutcome =
  /** Advice given (Đã tư vấn pháp luật) */
  | 'ADVICE_GIVEN'
  /** Partly successful (Thành công một phần) */
  | 'PARTLY_SUCCESSFUL'
  /** Successful and effective (Thành công, hiệu quả) */
  | 'SUCCESSFUL'
  /** Terminated on statutory grounds (Chấm dứt theo căn cứ luật định) */
  | 'TERMINATED'
  /** Transferred to another provider (Chuyển người thực hiện khác) */
  | 'TRANSFERRED'
  /** Unsuccessful (Không thành công) */
  | 'UNSUCCESSFUL'
  /** Withdrawn by the applicant (Người được trợ giúp rút yêu cầu) */
  | 'WITHDRAWN';

export type CaseState =
  /** Closed (Đã kết thúc) */
  | 'CLOSED'
  /** In progress (Đang thực hiện) */
  | 'IN_PROGRESS'
  /** Assigned, not yet contacted (Đã phân công, chưa liên hệ) */
  | 'OPEN'
  /** Suspended (Tạm dừng) */
  | 'SUSPENDED'
  /** Transferred to another provider (Đã chuyển người thực hiện khác) */
  | 'TRANSFERRED'
  /** Withdrawn by the applicant (Người được trợ giúp rút yêu cầu) */
  | 'WITHDRAWN';

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

export type CloseCaseInput = {
  caseId: string | number;
  expectedVersion?: number | null | undefined;
  outcome: ClosingOutcome;
  policyFeedbackTag?: PolicyFeedbackTag | null | undefined;
  summary: string;
  totalHours: number;
};

export type ClosingOutcome =
  /** Advice given (Đã tư vấn pháp luật) */
  | 'ADVICE_GIVEN'
  /** Partly successful (Thành công một phần) */
  | 'PARTLY_SUCCESSFUL'
  /** Successful and effective (Thành công, hiệu quả) */
  | 'SUCCESSFUL'
  /** Terminated on statutory grounds (Chấm dứt theo căn cứ luật định) */
  | 'TERMINATED'
  /** Unsuccessful (Không thành công) */
  | 'UNSUCCESSFUL';

export type ComplaintKind =
  | 'COMPLAINT'
  | 'PAYMENT_REQUEST';

export type CompleteDocumentsInput = {
  expectedVersion?: number | null | undefined;
  receivedDocuments: Array<AttachedDocumentInput>;
  requestId: string | number;
};

export type ConflictCheck =
  | 'CLEARED'
  | 'PENDING';

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

export type CreateSupervisionPlanInput = {
  organisationIds?: Array<string | number> | null | undefined;
  periodFrom: string;
  periodTo: string;
  provinceCodes?: Array<string> | null | undefined;
  title: string;
};

export type DeadlineKind =
  /** Procedural body's defence-counsel deadline (Thời hạn cử người bào chữa theo yêu cầu của cơ quan tiến hành tố tụng) */
  | 'DEFENCE_COUNSEL'
  /** First contact (Thời hạn liên hệ lần đầu) */
  | 'FIRST_CONTACT'
  /** Hearing (Phiên tòa) */
  | 'HEARING'
  /** Inactivity (Không có hoạt động) */
  | 'INACTIVITY';

export type DeadlineStatus =
  | 'BREACHED'
  | 'CANCELLED'
  | 'PENDING'
  | 'SATISFIED';

export type DeclineOfferInput = {
  offerId: string | number;
  reason: DeclineReason;
  text?: string | null | undefined;
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

export type DrawSupervisionSampleInput = {
  planId: string | number;
  seed?: string | null | undefined;
  size: number;
};

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

/** maxRating: answers rated at most this (1 to 5); withComment: only answers with a comment. */
export type FeedbackResponseFilter = {
  maxRating?: number | null | undefined;
  organisationId?: string | number | null | undefined;
  providerId?: string | number | null | undefined;
  withComment?: boolean | null | undefined;
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

export type FindingCategory =
  | 'ACCESS'
  | 'CONDUCT'
  | 'DEADLINE'
  | 'FEES'
  | 'OTHER'
  | 'QUALITY'
  | 'RECORDS';

export type FindingSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type FollowUpRecommendationInput = {
  action: RecommendationFollowUpAction;
  expectedVersion?: number | null | undefined;
  note: string;
  recommendationId: string | number;
  responseWorkingDays?: number | null | undefined;
};

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

export type HearingInput = {
  court: string;
  date: string;
};

export type IssueRecommendationInput = {
  findingIds: Array<string | number>;
  organisationId: string | number;
  planId: string | number;
  responseDueAt?: string | null | undefined;
  responseWorkingDays?: number | null | undefined;
  text: string;
};

export type LeavePeriodInput = {
  from: string;
  to: string;
};

export type LedgerBreakReason =
  | 'CANONICAL_MISMATCH'
  | 'CHECKPOINT_MISMATCH'
  | 'CHECKPOINT_SIGNATURE_INVALID'
  | 'HASH_MISMATCH'
  | 'MISSING_ENTRY'
  | 'PAYLOAD_MISMATCH'
  | 'PREV_HASH_MISMATCH'
  | 'SEQUENCE_MISMATCH';

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

/** Viet Nam calendar days, both included (YYYY-MM-DD). */
export type PeriodInput = {
  from: string;
  on?: PeriodOn | null | undefined;
  to: string;
};

export type PeriodOn =
  | 'CLOSED'
  | 'OPENED';

export type PlanStatus =
  | 'OPEN'
  | 'SAMPLED';

export type PolicyFeedbackTag =
  | 'IMPLEMENTATION_PROBLEM'
  | 'LAW_CONFLICT'
  | 'LAW_GAP'
  | 'LAW_UNCLEAR'
  | 'PROCEDURE_BURDEN'
  | 'SANCTION_INADEQUATE';

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

export type RecommendationFollowUpAction =
  | 'ACCEPT'
  | 'REISSUE'
  | 'REOPEN';

export type RecommendationStatus =
  | 'ACCEPTED'
  | 'ISSUED'
  | 'OVERDUE'
  | 'RESPONDED';

export type RecordCaseActivityInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  caseId: string | number;
  expectedVersion?: number | null | undefined;
  hearing?: HearingInput | null | undefined;
  hours: number;
  kind: ActivityKind;
  note?: string | null | undefined;
  performedAt: string;
};

export type RecordFindingInput = {
  caseId: string | number;
  category: FindingCategory;
  note: string;
  planId: string | number;
  severity: FindingSeverity;
};

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

export type RespondToRecommendationInput = {
  recommendationId: string | number;
  text: string;
};

export type Role =
  | 'ADMIN'
  | 'APPRAISER'
  | 'CENTRE_STAFF'
  | 'LAWYER'
  | 'ORG_ADMIN'
  | 'REFERRER'
  | 'SUPERVISOR';

export type ScheduleCaseDeadlineInput = {
  at: string;
  caseId: string | number;
  court?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  kind: ScheduledDeadlineKind;
};

export type ScheduledDeadlineKind =
  | 'DEFENCE_COUNSEL'
  | 'HEARING';

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

export type SuspensionReason =
  | 'APPLICANT_REQUEST'
  | 'APPLICANT_UNREACHABLE'
  | 'AWAITING_DOCUMENTS'
  | 'OTHER'
  | 'PROCEEDINGS_SUSPENDED';

/** A daily window in Viet Nam time (HH:MM); 'to' before 'from' runs past midnight. */
export type TimeWindowInput = {
  from: string;
  to: string;
};

export type TimelineEntryType =
  | 'ACTIVITY'
  | 'APPRAISED'
  | 'CLOSED'
  | 'DEADLINE_BREACHED'
  | 'DEADLINE_RECOMPUTED'
  | 'DEADLINE_REMINDER'
  | 'DEADLINE_SATISFIED'
  | 'DEADLINE_SCHEDULED'
  | 'DRAWN_FOR_APPRAISAL'
  | 'OPENED'
  | 'STATE_CHANGED'
  | 'TRANSFERRED';

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

export type WorkNoticeKind =
  | 'DEADLINE_BREACHED'
  | 'DEADLINE_REMINDER'
  | 'ESCALATION_REMINDER'
  | 'OFFER_EXPIRED'
  | 'OFFER_MADE'
  | 'OFFER_WITHDRAWN'
  | 'REFERRAL_ASSIGNED'
  | 'REFERRAL_ESCALATED';

export type LawyerLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type LawyerLabelsQuery = { referenceData: { activityKind: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, caseState: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, closingOutcome: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, deadlineKind: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, deadlineStatus: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, suspensionReason: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, policyFeedbackTag: Array<{ values: Array<{ code: string, vi: string, en: string }> }> } };

export type MyOffersQueryVariables = Exact<{
  includeClosed?: boolean | null | undefined;
}>;


export type MyOffersQuery = { myOffers: { totalCount: number, edges: Array<{ node: { id: string, requestId: string, referralId: string, fieldOfLaw: FieldOfLaw, aidForm: AidForm, provinceCode: string, communeCode: string | null, language: string | null, urgent: boolean, round: number, attempt: number, status: OfferStatus, conflictCheck: ConflictCheck | null, offeredAt: string, expiresAt: string, respondedAt: string | null, declineReason: DeclineReason | null, hearingAt: string | null, deadlineAt: string | null, brief: string | null, choice: { rank: number, score: number, candidateCount: number, reasons: Array<{ factor: ScoreFactor, points: number, detail: string }> } | null } }> } };

export type AcceptOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type AcceptOfferMutation = { acceptOffer: { referralId: string, status: ReferralStatus, assignedProviderId: string | null, offer: { id: string, status: OfferStatus } } };

export type DeclineOfferMutationVariables = Exact<{
  input: DeclineOfferInput;
}>;


export type DeclineOfferMutation = { declineOffer: { referralId: string, status: ReferralStatus, offer: { id: string, status: OfferStatus, declineReason: DeclineReason | null } } };

export type ClearConflictMutationVariables = Exact<{
  offerId: string | number;
}>;


export type ClearConflictMutation = { clearConflictCheck: { referralId: string, status: ReferralStatus, offer: { id: string, status: OfferStatus, conflictCheck: ConflictCheck | null } } };

export type MyCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type MyCasesQuery = { cases: { edges: Array<{ node: { id: string, state: CaseState, fieldOfLaw: FieldOfLaw, aidForm: AidForm, urgent: boolean, custody: boolean, openedAt: string, closedAt: string | null, activityHours: number, overdue: boolean, outcome: CaseOutcome | null, nextDeadline: { kind: DeadlineKind, dueAt: string } | null, deadlines: Array<{ deadlineId: string, kind: DeadlineKind, status: DeadlineStatus, dueAt: string, remindAt: string, eventAt: string | null, court: string | null, satisfiedAt: string | null, breachedAt: string | null }> } }> } };

export type MyCaseCountsQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type MyCaseCountsQuery = { caseCounts: { total: number, overdue: number, byState: Array<{ key: string, count: number }> } };

export type CaseFileQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseFileQuery = { case: { id: string, version: number, requestId: string, state: CaseState, outcome: CaseOutcome | null, urgent: boolean, custody: boolean, fieldOfLaw: FieldOfLaw, aidForm: AidForm, openedAt: string, firstContactAt: string | null, closedAt: string | null, activityHours: number, overdue: boolean, redacted: boolean, suspension: { reason: SuspensionReason, resumeOn: string, since: string } | null, closure: { outcome: CaseOutcome, summary: string | null, totalHours: number, policyFeedbackTag: PolicyFeedbackTag | null, closedAt: string } | null, activities: Array<{ activityId: string, kind: ActivityKind, performedAt: string, recordedAt: string, hours: number, note: string | null, authorName: string | null, hearing: { date: string, court: string | null } | null }>, deadlines: Array<{ deadlineId: string, kind: DeadlineKind, status: DeadlineStatus, dueAt: string, remindAt: string, remindedAt: string | null, breachedAt: string | null, satisfiedAt: string | null, eventAt: string | null, court: string | null }>, timeline: Array<{ at: string, type: TimelineEntryType, actorName: string | null, state: CaseState | null, activityKind: ActivityKind | null, deadlineKind: DeadlineKind | null }> } | null };

export type ApplicantContactQueryVariables = Exact<{
  requestId: string | number;
}>;


export type ApplicantContactQuery = { applicantContact: { requestId: string, fullName: string, phone: string | null, email: string | null, addressLine: string | null, language: string, needsInterpreter: boolean, accessNeeds: string | null, guardian: { fullName: string, phone: string | null } | null, contactSafety: { safeToCall: boolean, safeToSms: boolean, safeToZalo: boolean, safeToEmail: boolean, leaveMessages: boolean, note: string | null } | null } };

export type CaseUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type CaseUpdatedSubscription = { caseUpdated: { caseId: string, status: CaseState | null, event: { id: string, type: string, occurredAt: string } } };

export type RecordActivityMutationVariables = Exact<{
  input: RecordCaseActivityInput;
}>;


export type RecordActivityMutation = { recordCaseActivity: { caseId: string, state: CaseState, version: number, refId: string | null } };

export type ScheduleDeadlineMutationVariables = Exact<{
  input: ScheduleCaseDeadlineInput;
}>;


export type ScheduleDeadlineMutation = { scheduleCaseDeadline: { caseId: string, state: CaseState, version: number, refId: string | null } };

export type CloseCaseMutationVariables = Exact<{
  input: CloseCaseInput;
}>;


export type CloseCaseMutation = { closeCase: { caseId: string, state: CaseState, version: number } };

export type MyProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type MyProfileQuery = { provider: { id: string, version: number, displayName: string, kind: ProviderKind, organisationId: string, fieldsOfLaw: Array<FieldOfLaw>, aidForms: Array<AidForm>, languages: Array<string>, capacity: number, openCases: number, available: boolean, remoteAdvice: boolean, status: ProviderStatus, declaredConflictCount: number, leave: Array<{ from: string, to: string }>, proBono: { unit: ProBonoUnit, annualTarget: number } | null, proBonoDelivered: { year: number, cases: number, hours: number }, organisation: { name: string } | null } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProviderInput;
}>;


export type UpdateProfileMutation = { updateProvider: { id: string, version: number, capacity: number, remoteAdvice: boolean, declaredConflictCount: number } };

export type SetLeaveMutationVariables = Exact<{
  input: SetProviderAvailabilityInput;
}>;


export type SetLeaveMutation = { setProviderAvailability: { id: string, version: number, available: boolean, leave: Array<{ from: string, to: string }> } };

export type PartyHashesQueryVariables = Exact<{
  fullName: string;
  idNumber?: string | null | undefined;
  birthDate?: string | null | undefined;
}>;


export type PartyHashesQuery = { partyHashes: Array<string> };

export type LawyerFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LawyerFeedSubscription = { lawyerFeed: { kind: WorkNoticeKind, offerId: string | null, requestId: string | null, caseId: string | null, deadline: DeadlineKind | null, dueAt: string | null, event: { id: string, type: string, occurredAt: string } } };

export type HoursSummaryQueryVariables = Exact<{
  providerId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type HoursSummaryQuery = { hoursSummary: { from: string, to: string, hours: number, activities: number, cases: number, byMonth: Array<{ month: string, hours: number, activities: number, cases: number }> } };

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

export type OrgQueueQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrgQueueQuery = { escalationQueue: { totalCount: number, edges: Array<{ node: { id: string, referralId: string, fieldOfLaw: FieldOfLaw, aidForm: AidForm, urgent: boolean, escalatedAt: string, target: EscalationTarget, dueAt: string | null, createdAt: string, referral: { id: string, status: ReferralStatus, round: number | null, provinceCode: string | null, language: string | null, escalation: { reason: EscalationReason, target: EscalationTarget, escalatedAt: string, dueAt: string | null } | null, offers: Array<{ id: string, providerId: string, round: number, attempt: number, status: OfferStatus, offeredAt: string, respondedAt: string | null, declineReason: DeclineReason | null, provider: { displayName: string } | null }> } | null } }> } };

export type OrgMembersQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrgMembersQuery = { providers: { edges: Array<{ node: { id: string, version: number, displayName: string, kind: ProviderKind, fieldsOfLaw: Array<FieldOfLaw>, aidForms: Array<AidForm>, languages: Array<string>, capacity: number, openCases: number, available: boolean, status: ProviderStatus, areas: Array<{ provinceCode: string, communeCode: string | null }>, leave: Array<{ from: string, to: string }> } }> } };

export type OrgCasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type OrgCasesQuery = { cases: { edges: Array<{ node: { id: string, providerId: string, state: CaseState, fieldOfLaw: FieldOfLaw, aidForm: AidForm, urgent: boolean, openedAt: string, overdue: boolean, activityHours: number, nextDeadline: { kind: DeadlineKind, dueAt: string } | null, provider: { displayName: string } | null } }> } };

export type OrgCaseCountsQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
}>;


export type OrgCaseCountsQuery = { caseCounts: { total: number, overdue: number } };

export type OrgRecommendationsQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type OrgRecommendationsQuery = { recommendations: { totalCount: number, edges: Array<{ node: { recommendationId: string, version: number, text: string, issuedAt: string, responseDueAt: string, status: RecommendationStatus, overdueAt: string | null, response: { text: string, respondedAt: string, late: boolean } | null, findings: Array<{ findingId: string, caseId: string, category: FindingCategory, severity: FindingSeverity, note: string, recordedAt: string }> } }> } };

export type RespondToRecommendationMutationVariables = Exact<{
  input: RespondToRecommendationInput;
}>;


export type RespondToRecommendationMutation = { respondToRecommendation: { recommendationId: string, status: RecommendationStatus, response: { text: string, respondedAt: string, late: boolean } | null } };

export type OrgLabelsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgLabelsQuery = { referenceData: { escalationTarget: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, findingCategory: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, findingSeverity: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, recommendationStatus: Array<{ values: Array<{ code: string, vi: string, en: string }> }>, caseState: Array<{ values: Array<{ code: string, vi: string, en: string }> }> } };

export type OrganisationFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type OrganisationFeedSubscription = { organisationFeed: { kind: WorkNoticeKind, referralId: string | null, caseId: string | null, target: EscalationTarget | null, dueAt: string | null, event: { id: string, type: string, occurredAt: string } } };

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


export type AssignReferralMutation = { assignReferral: { referralId: string, status: ReferralStatus, assignedProviderId: string | null, assignedProvider: { displayName: string } | null } };

export type RequestReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RequestReceivedSubscription = { requestReceived: { requestId: string, centreId: string, urgent: boolean, possibleDuplicate: boolean, receivedAt: string, event: { id: string, type: string, occurredAt: string } } };

export type ReferralEscalatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ReferralEscalatedSubscription = { referralEscalated: { referralId: string, requestId: string, organisationId: string, target: EscalationTarget, reason: EscalationReason, escalatedAt: string, dueAt: string | null, event: { id: string, type: string, occurredAt: string } } };

export type UpdateContactSafetyMutationVariables = Exact<{
  input: UpdateContactSafetyInput;
}>;


export type UpdateContactSafetyMutation = { updateContactSafety: { requestId: string, status: RequestStatus, version: number } };

export type TrailQueryVariables = Exact<{
  requestId?: string | number | null | undefined;
  caseId?: string | number | null | undefined;
}>;


export type TrailQuery = { auditTrail: { format: string, exportedAt: string, document: unknown, subject: { requestIds: Array<string>, caseIds: Array<string> }, entries: Array<{ sequence: number, eventId: string, type: string, occurredAt: string, payload: unknown, payloadHash: string, prevHash: string, hash: string, canonical: string, inTrail: boolean, actor: { id: string, role: string, organisationId: string | null, providerId: string | null } }>, checkpoint: { sequence: number, hash: string, signedAt: string, keyId: string, algorithm: string, message: string, signature: string } | null }, ledgerPublicKeys: { current: { keyId: string, algorithm: string, publicKeyPem: string } } };

export type LedgerQueryVariables = Exact<{
  from?: number | null | undefined;
  to?: number | null | undefined;
}>;


export type LedgerQuery = { verifyAuditLedger: { ok: boolean, fromSequence: number, toSequence: number, checkedEntries: number, checkpointsChecked: number, firstBroken: { sequence: number, reason: LedgerBreakReason, detail: string } | null }, checkpoints: { edges: Array<{ node: { sequence: number, hash: string, signedAt: string, keyId: string, algorithm: string, message: string, signature: string } }> }, ledgerPublicKeys: { current: { keyId: string, algorithm: string, publicKeyPem: string, firstSeenAt: string }, keys: Array<{ keyId: string, current: boolean, firstSeenAt: string }> } };

export type CreateCheckpointMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCheckpointMutation = { createCheckpoint: { sequence: number, hash: string, signedAt: string, keyId: string } };

export type SupervisionPlansQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupervisionPlansQuery = { supervisionPlans: { edges: Array<{ node: { planId: string, title: string, status: PlanStatus, createdAt: string, scope: { periodFrom: string, periodTo: string, provinceCodes: Array<string>, organisationIds: Array<string> }, sample: { size: number, seed: string } | null, findings: Array<{ findingId: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SupervisionPlanQueryVariables = Exact<{
  planId: string | number;
}>;


export type SupervisionPlanQuery = { supervisionPlans: { edges: Array<{ node: { planId: string, title: string, status: PlanStatus, createdAt: string, version: number, scope: { periodFrom: string, periodTo: string, provinceCodes: Array<string>, organisationIds: Array<string> }, sample: { seed: string, size: number, population: number, populationHash: string, caseIds: Array<string>, drawnAt: string, cases: Array<{ id: string, organisationId: string, fieldOfLaw: FieldOfLaw, aidForm: AidForm, state: CaseState, outcome: CaseOutcome | null, closedAt: string | null }> } | null, findings: Array<{ findingId: string, caseId: string, category: FindingCategory, severity: FindingSeverity, note: string, recordedAt: string }> } }> }, recommendations: { edges: Array<{ node: { recommendationId: string, organisationId: string, findingIds: Array<string>, text: string, issuedAt: string, responseDueAt: string, status: RecommendationStatus, overdueAt: string | null, version: number, response: { text: string, respondedAt: string, late: boolean } | null, followUps: Array<{ action: RecommendationFollowUpAction, note: string, at: string, previousResponse: { text: string, late: boolean } | null }>, organisation: { id: string, name: string } | null } }> } };

export type CreatePlanMutationVariables = Exact<{
  input: CreateSupervisionPlanInput;
}>;


export type CreatePlanMutation = { createSupervisionPlan: { planId: string } };

export type DrawSampleMutationVariables = Exact<{
  input: DrawSupervisionSampleInput;
}>;


export type DrawSampleMutation = { drawSupervisionSample: { planId: string, sample: { seed: string, size: number, population: number, populationHash: string, caseIds: Array<string>, drawnAt: string } | null } };

export type RecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;


export type RecordFindingMutation = { recordFinding: { findingId: string } };

export type IssueRecommendationMutationVariables = Exact<{
  input: IssueRecommendationInput;
}>;


export type IssueRecommendationMutation = { issueRecommendation: { recommendationId: string, responseDueAt: string, status: RecommendationStatus } };

export type RecommendationTrackerQueryVariables = Exact<{
  status?: RecommendationStatus | null | undefined;
}>;


export type RecommendationTrackerQuery = { recommendations: { totalCount: number, edges: Array<{ node: { recommendationId: string, planId: string, organisationId: string, text: string, issuedAt: string, responseDueAt: string, status: RecommendationStatus, overdueAt: string | null, version: number, response: { text: string, respondedAt: string, late: boolean } | null, followUps: Array<{ action: RecommendationFollowUpAction, note: string, at: string, previousResponse: { text: string, late: boolean } | null }>, organisation: { id: string, name: string } | null } }> } };

export type FollowUpRecommendationMutationVariables = Exact<{
  input: FollowUpRecommendationInput;
}>;


export type FollowUpRecommendationMutation = { followUpRecommendation: { recommendationId: string, status: RecommendationStatus, responseDueAt: string, version: number } };

export type OrganisationPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationPickerQuery = { organisations: { edges: Array<{ node: { id: string, name: string, kind: OrganisationKind, provinceCode: string } }> } };

export type AccessAuditQueryVariables = Exact<{
  filter?: AccessLogFilter | null | undefined;
  requestId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccessAuditQuery = { personalDataAccessLog: { edges: Array<{ node: { accessId: string, requestId: string | null, accessedAt: string, actorId: string, actorName: string | null, actorRole: string, purpose: AccessPurpose, fields: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CitizenFeedbackQueryVariables = Exact<{
  filter?: FeedbackResponseFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type CitizenFeedbackQuery = { feedbackResponses: { edges: Array<{ node: { feedbackId: string, caseId: string | null, requestId: string, organisationId: string | null, rating: number, comment: string | null, language: string, receivedAt: string, complaintFiled: boolean, answers: { lawyerReachable: boolean | null, outcomeExplained: boolean | null, paymentRequested: boolean | null }, organisation: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, complaints: { edges: Array<{ node: { complaintId: string, caseId: string, organisationId: string | null, kinds: Array<ComplaintKind>, text: string | null, rating: number, language: string, filedAt: string, organisation: { id: string, name: string } | null } }> } };


export const LawyerLabelsDocument = {"__meta__":{"hash":"sha256:fe542d274cf82b27939c842eb57cfcdd545b8a42fb32a7a7f88569348f0df989"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawyerLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"activityKind"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"ActivityKind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"caseState"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"CaseState","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"closingOutcome"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"ClosingOutcome","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deadlineKind"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"DeadlineKind","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deadlineStatus"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"DeadlineStatus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"suspensionReason"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"SuspensionReason","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"policyFeedbackTag"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"PolicyFeedbackTag","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawyerLabelsQuery, LawyerLabelsQueryVariables>;
export const MyOffersDocument = {"__meta__":{"hash":"sha256:afb66617f06b97d4a49e7a3aecfe75bc6b054d42df1f54f8226096f0ba7523c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"includeClosed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeClosed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCheck"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"hearingAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAt"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"choice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOffersQuery, MyOffersQueryVariables>;
export const AcceptOfferDocument = {"__meta__":{"hash":"sha256:dce02b01b847a2226c3f78b60ddf0ecbc64eb97c0bbe7c5c7080f069cd7f021b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const DeclineOfferDocument = {"__meta__":{"hash":"sha256:cafa73b17c70871d55595ae8764e80b62d5819626b67674c6feea63920acf0a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]}}]} as unknown as DocumentNode<DeclineOfferMutation, DeclineOfferMutationVariables>;
export const ClearConflictDocument = {"__meta__":{"hash":"sha256:27db1916108d063e39d239b0d3af392601e61653c551a04f0b20abb9c06651b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearConflictCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conflictCheck"}}]}}]}}]}}]} as unknown as DocumentNode<ClearConflictMutation, ClearConflictMutationVariables>;
export const MyCasesDocument = {"__meta__":{"hash":"sha256:09b79656edc3740f8446cffafb8bb11f10357716699fbe6605c21fff6fa254fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NEXT_DEADLINE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activityHours"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventAt"}},{"kind":"Field","name":{"kind":"Name","value":"court"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const MyCaseCountsDocument = {"__meta__":{"hash":"sha256:2455f45166870f7cbacf33cb574318d2dbd4691a726a040cec6466ee2db451f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseCountsQuery, MyCaseCountsQueryVariables>;
export const CaseFileDocument = {"__meta__":{"hash":"sha256:1712bd303929058e80a84a8bc9512551eee56fbfd6b57cb709036a485972a560"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"custody"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activityHours"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}},{"kind":"Field","name":{"kind":"Name","value":"suspension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"resumeOn"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"policyFeedbackTag"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"performedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"hearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"court"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deadlineId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"breachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"satisfiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"eventAt"}},{"kind":"Field","name":{"kind":"Name","value":"court"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"activityKind"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineKind"}}]}}]}}]}}]} as unknown as DocumentNode<CaseFileQuery, CaseFileQueryVariables>;
export const ApplicantContactDocument = {"__meta__":{"hash":"sha256:952c9ad13dd0e38685a974813ca81b8686722ddac2f5f1301313c302ef0eef98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"needsInterpreter"}},{"kind":"Field","name":{"kind":"Name","value":"accessNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeToCall"}},{"kind":"Field","name":{"kind":"Name","value":"safeToSms"}},{"kind":"Field","name":{"kind":"Name","value":"safeToZalo"}},{"kind":"Field","name":{"kind":"Name","value":"safeToEmail"}},{"kind":"Field","name":{"kind":"Name","value":"leaveMessages"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicantContactQuery, ApplicantContactQueryVariables>;
export const CaseUpdatedDocument = {"__meta__":{"hash":"sha256:4021262c5caac1a1970857844f30c77bde15d55dcbf44598b6060f0567db6940"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<CaseUpdatedSubscription, CaseUpdatedSubscriptionVariables>;
export const RecordActivityDocument = {"__meta__":{"hash":"sha256:78ff9bff04dee8e4756f725c4d1027b652012937f465b33ed2a2d24bc22fff03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCaseActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}}]}}]}}]} as unknown as DocumentNode<RecordActivityMutation, RecordActivityMutationVariables>;
export const ScheduleDeadlineDocument = {"__meta__":{"hash":"sha256:d2d02785a1a47507be594c983e5049e9d66a5754db362333dcd357c33ab14867"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleCaseDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCaseDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}}]}}]}}]} as unknown as DocumentNode<ScheduleDeadlineMutation, ScheduleDeadlineMutationVariables>;
export const CloseCaseDocument = {"__meta__":{"hash":"sha256:5e629603878942da49ab4b2a3584819c036a2928c0a68d4a3e527276782b634e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:a74d3ef100451ff83dc9f4a7823cf66f0be752f533c6c7f7b732e71e310a0867"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForms"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAdvice"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declaredConflictCount"}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proBono"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"annualTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proBonoDelivered"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const UpdateProfileDocument = {"__meta__":{"hash":"sha256:f608e1ec144b4bedfee28230f9a444f5c6e72a752e5812244db8fd13f22972a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"remoteAdvice"}},{"kind":"Field","name":{"kind":"Name","value":"declaredConflictCount"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const SetLeaveDocument = {"__meta__":{"hash":"sha256:adc03173cc9aca550bb4622bc3a8e6826ba737605947c3a7512534eb2a9a1833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProviderAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProviderAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<SetLeaveMutation, SetLeaveMutationVariables>;
export const PartyHashesDocument = {"__meta__":{"hash":"sha256:e379218c6472008360d0ffda0bacf3b8771a76dce34f84c53ace0ece0bea21ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyHashes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyHashes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fullName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fullName"}}},{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"birthDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}}}]}]}}]} as unknown as DocumentNode<PartyHashesQuery, PartyHashesQueryVariables>;
export const LawyerFeedDocument = {"__meta__":{"hash":"sha256:05e3f68a9a6d5e6b80d962fa98a05f89fb54da575fc2bb5e270e0935ad84911c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LawyerFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawyerFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<LawyerFeedSubscription, LawyerFeedSubscriptionVariables>;
export const HoursSummaryDocument = {"__meta__":{"hash":"sha256:3f5c51fff5c70639443ea4c3aba1863e2862c08f8df19b577db88dec78b049f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoursSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"providerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"providerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"cases"}}]}}]}}]}}]} as unknown as DocumentNode<HoursSummaryQuery, HoursSummaryQueryVariables>;
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
export const OrgQueueDocument = {"__meta__":{"hash":"sha256:dd2e6a427a302c622c4c539e62d39e7f8bfc065aa8bb2d6e99dbfdbd298d3f1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgQueueQuery, OrgQueueQueryVariables>;
export const OrgMembersDocument = {"__meta__":{"hash":"sha256:9f74241b69d41bddd60e9b061b9fe74e7d7b2b7b112546cf195b9f82c49ccf11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForms"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"communeCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgMembersQuery, OrgMembersQueryVariables>;
export const OrgCasesDocument = {"__meta__":{"hash":"sha256:5b96ee9223638f5b7764a928237c92457488a5de3e4f9462720394081e2ba695"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NEXT_DEADLINE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"activityHours"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgCasesQuery, OrgCasesQueryVariables>;
export const OrgCaseCountsDocument = {"__meta__":{"hash":"sha256:fa24e01a51aee632a9b4a62da6939b654a3dc85b7ec489ffae54cdc2f89ec9c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgCaseCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<OrgCaseCountsQuery, OrgCaseCountsQueryVariables>;
export const OrgRecommendationsDocument = {"__meta__":{"hash":"sha256:bd8230b19f932a284f5555e7ee933020b07585b4a323e63b80dd421e800b12c8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgRecommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgRecommendationsQuery, OrgRecommendationsQueryVariables>;
export const RespondToRecommendationDocument = {"__meta__":{"hash":"sha256:2da534911df71efb3869f8b6624c48d0df0aac3369c33e402b26aec5a54ad9e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToRecommendationMutation, RespondToRecommendationMutationVariables>;
export const OrgLabelsDocument = {"__meta__":{"hash":"sha256:79bd3d8fee20fa7c123c762d19956c4f082b3319de5f6a912e6b8f3f67e4d53a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgLabels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referenceData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"escalationTarget"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"EscalationTarget","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"findingCategory"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"FindingCategory","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"findingSeverity"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"FindingSeverity","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recommendationStatus"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"RecommendationStatus","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"caseState"},"name":{"kind":"Name","value":"enumLabels"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"enum"},"value":{"kind":"StringValue","value":"CaseState","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgLabelsQuery, OrgLabelsQueryVariables>;
export const OrganisationFeedDocument = {"__meta__":{"hash":"sha256:6789ea575b6bb11438ac50bb8ad0435ac0c9445b8d24ecb2b52971e4a8d6b7b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrganisationFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationFeedSubscription, OrganisationFeedSubscriptionVariables>;
export const EscalationsDocument = {"__meta__":{"hash":"sha256:3f2f94df4ff77d99c15d078eea7deabe849a29cec9b7209dfada090e3ee50243"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escalations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationsQuery, EscalationsQueryVariables>;
export const MembersDocument = {"__meta__":{"hash":"sha256:97b13ab1f3c64e43b5d4d938d90dd3e784b7e35bf715ad1125ae24b62387bc61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fieldsOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForms"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const AssignReferralDocument = {"__meta__":{"hash":"sha256:801d429c2280bfb06bdf0cffaa78e51419240e039147196ab45532b7fcc9fe25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedProviderId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignReferralMutation, AssignReferralMutationVariables>;
export const RequestReceivedDocument = {"__meta__":{"hash":"sha256:e0e5a2ec6d9aadf6d6f722e9af444fa1a59fc6da10266abd46c3b40949025ef7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"centreId"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RequestReceivedSubscription, RequestReceivedSubscriptionVariables>;
export const ReferralEscalatedDocument = {"__meta__":{"hash":"sha256:b5412d54184858571ca87b32de14c65a941c67d4a56d6599e797b0e2ca0d39e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralEscalated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralEscalated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralEscalatedSubscription, ReferralEscalatedSubscriptionVariables>;
export const UpdateContactSafetyDocument = {"__meta__":{"hash":"sha256:2c19f28a22443aff448df2347f72e03eaec4066f94e500e9a72bf098f579a98c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactSafety"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactSafetyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactSafety"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateContactSafetyMutation, UpdateContactSafetyMutationVariables>;
export const TrailDocument = {"__meta__":{"hash":"sha256:bf12ecf3efeb950d716fed0f27d79a7ea071507ee87514702bf55eb3b6883245"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"exportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestIds"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"payloadHash"}},{"kind":"Field","name":{"kind":"Name","value":"prevHash"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"canonical"}},{"kind":"Field","name":{"kind":"Name","value":"inTrail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerPublicKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyPem"}}]}}]}}]}}]} as unknown as DocumentNode<TrailQuery, TrailQueryVariables>;
export const LedgerDocument = {"__meta__":{"hash":"sha256:2f657a6012e0a156848a0294cca097647c684c606d551a55306d7665df2f6c54"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toSequence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"fromSequence"}},{"kind":"Field","name":{"kind":"Name","value":"toSequence"}},{"kind":"Field","name":{"kind":"Name","value":"checkedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointsChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerPublicKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"algorithm"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyPem"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerQuery, LedgerQueryVariables>;
export const CreateCheckpointDocument = {"__meta__":{"hash":"sha256:4efaf69ff66bb5dee674accef04871d7b08b06627e04a6b972f0f90dffe0b105"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}}]}}]}}]} as unknown as DocumentNode<CreateCheckpointMutation, CreateCheckpointMutationVariables>;
export const SupervisionPlansDocument = {"__meta__":{"hash":"sha256:745354b5fa779755686eaf68886e9f2dcfb9d1f5d638281c100f55a3a3ff0aa0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"organisationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionPlansQuery, SupervisionPlansQueryVariables>;
export const SupervisionPlanDocument = {"__meta__":{"hash":"sha256:1c174e83c84026d362d8c833094138e2a38595aac75e684284190fcc0451f1b4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCodes"}},{"kind":"Field","name":{"kind":"Name","value":"organisationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationHash"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfLaw"}},{"kind":"Field","name":{"kind":"Name","value":"aidForm"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"findingIds"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionPlanQuery, SupervisionPlanQueryVariables>;
export const CreatePlanDocument = {"__meta__":{"hash":"sha256:ee4e30f2f549d879cdbeac8c410f6375c629dd07ca701fed8ca636c02fa5b0a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupervisionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupervisionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const DrawSampleDocument = {"__meta__":{"hash":"sha256:60ed8a9a8822e86810a243efc1884eb6cc8528f3d1040b279b19233577c5066a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DrawSample"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DrawSupervisionSampleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drawSupervisionSample"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationHash"}},{"kind":"Field","name":{"kind":"Name","value":"caseIds"}},{"kind":"Field","name":{"kind":"Name","value":"drawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<DrawSampleMutation, DrawSampleMutationVariables>;
export const RecordFindingDocument = {"__meta__":{"hash":"sha256:60c4ad4fd8b02163af3192328f4dd91b4d9cefba9781314ea8887ccbbea2a174"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingId"}}]}}]}}]} as unknown as DocumentNode<RecordFindingMutation, RecordFindingMutationVariables>;
export const IssueRecommendationDocument = {"__meta__":{"hash":"sha256:8428ca30f512301f40ef7a4d46d292ed15b405f9332d1b91dad3bf776c13e1e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IssueRecommendationMutation, IssueRecommendationMutationVariables>;
export const RecommendationTrackerDocument = {"__meta__":{"hash":"sha256:4e668d5513dc2bdd87e52fce8429abd299f044c04aff974342dd46a31511cd5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendationTracker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"response"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"previousResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendationTrackerQuery, RecommendationTrackerQueryVariables>;
export const FollowUpRecommendationDocument = {"__meta__":{"hash":"sha256:5ab8202789d76aae2dc5f3ce91a9955ac91908793ce07f96bc0a03d244e6620a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<FollowUpRecommendationMutation, FollowUpRecommendationMutationVariables>;
export const OrganisationPickerDocument = {"__meta__":{"hash":"sha256:0f9ce0f902c48a777b579dbbd04b52bf99e2ac0048892b8619100cf7ac24c1bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationPickerQuery, OrganisationPickerQueryVariables>;
export const AccessAuditDocument = {"__meta__":{"hash":"sha256:ba9052608b024bd100092ad9f381cf753002bd3945a8321c750c2f4a1cb0c953"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccessAuditQuery, AccessAuditQueryVariables>;
export const CitizenFeedbackDocument = {"__meta__":{"hash":"sha256:2d503fc014b31b22b912ab24841d7f0778f19ade083e13b309bd67e92c5489c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackResponseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawyerReachable"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeExplained"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRequested"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complaintFiled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintId"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenFeedbackQuery, CitizenFeedbackQueryVariables>;