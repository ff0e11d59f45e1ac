/**
 * Keeping personal data out of what supervisors read (DESIGN.md §6 "Personal
 * data"): event payloads are pseudonymised before they reach the ledger, and
 * citizens' free text is masked before it is stored.
 */

/**
 * Keys that hold personal data or free text wherever they appear. Contracts
 * already keep these out of events; this is the second line of defence, so a
 * contract mistake elsewhere never lands on an append-only ledger.
 */
const PERSONAL_KEYS = new Set([
  'fullName',
  'name',
  'idNumber',
  'phone',
  'email',
  'address',
  'birthDate',
  'applicant',
  'opposingParties',
  'personal',
  'summary',
  'comment',
  'complaint',
  'note',
  'text',
  'token',
]);

export const REMOVED = '[removed]';

/** A deep copy without personal fields, with keys made safe for the database (no '.', no leading '$'). */
export function pseudonymise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pseudonymise);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const key = k.replace(/\./g, '_').replace(/^\$/, '_');
      out[key] = PERSONAL_KEYS.has(k) ? (v === null || v === undefined ? v : REMOVED) : pseudonymise(v);
    }
    return out;
  }
  if (typeof value === 'string') return value.replace(/\u0000/g, '');
  return value;
}

// ---------------------------------------------------------------------------
// Free-text masking

/** Common Vietnamese family names: a capitalised run starting with one is a name. */
const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đoàn', 'Lâm', 'Mai', 'Trương', 'Tô', 'Hà', 'Cao', 'Châu', 'Tạ', 'Lương', 'Thái', 'Quách', 'La', 'Kim', 'Triệu',
];
/** Words that introduce a person (ông Nam, chị Lan, luật sư Hùng). */
const HONORIFICS = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cậu', 'dì', 'cháu', 'con', 'vợ', 'chồng', 'luật sư', 'ls', 'trợ giúp viên',
  'cán bộ', 'cộng tác viên', 'thẩm phán', 'kiểm sát viên', 'điều tra viên', 'mr', 'mrs', 'ms', 'miss', 'dr', 'tên là', 'tên', 'LS',
];
/** Words that introduce a place (số nhà 12, đường Lê Lợi, phường Bến Nghé). */
const PLACE_WORDS = [
  'số nhà', 'địa chỉ', 'đường', 'phố', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'thôn', 'ấp', 'xóm', 'bản', 'buôn', 'tổ dân phố', 'tổ',
  'khu phố', 'khu', 'phường', 'xã', 'quận', 'huyện', 'thị trấn', 'thị xã', 'tỉnh', 'thành phố', 'tp', 'street', 'road', 'ward',
  'district', 'village', 'province', 'TP',
];

const WORD = String.raw`[\p{Lu}][\p{L}\p{M}]*`;
const NOT_IN_WORD = String.raw`(?<![\p{L}\p{M}\p{N}])`;
/** Keywords match with either case of their first letter; names must be capitalised (so no `i` flag). */
const alt = (words: string[]) =>
  words
    .map((w) => {
      const first = w[0];
      const rest = w.slice(1).replace(/ /g, String.raw`\s+`);
      return `[${first.toUpperCase()}${first.toLowerCase()}]${rest}`;
    })
    .join('|');

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const PHONE = /(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\d)/gu;
const PLACE = new RegExp(
  `${NOT_IN_WORD}(${alt(PLACE_WORDS)})(?:\\s+|\\s*[.:]\\s*)((?:(?:${WORD}|\\d[\\d/.-]*[A-Za-z]?|\\[[^\\]]+\\])(?:\\s+|,\\s*(?=\\d))?){1,5})`,
  'gu',
);
const HONORIFIC_NAME = new RegExp(`${NOT_IN_WORD}(${alt(HONORIFICS)})\\s+((?:${WORD})(?:\\s+${WORD}){0,3})`, 'gu');
const SURNAME_NAME = new RegExp(`${NOT_IN_WORD}(?:${SURNAMES.join('|')})(?:\\s+${WORD}){1,3}`, 'gu');
/** Two or more capitalised words in a row, not at the start of a sentence. */
const CAPITALISED_RUN = new RegExp(`(?<=[\\p{Ll}\\p{N},;:)]\\s+)${WORD}(?:\\s+${WORD})+`, 'gu');
const NUMBER = /\d(?:[\d\s.,/-]*\d)?/gu;

/**
 * Masks names, numbers, phones, e-mails and addresses in a citizen's text
 * (feedback comments, complaints) before it is stored where supervisors read
 * it. It errs on the side of masking: a supervisor needs what happened, not
 * who or where.
 */
export function redactFreeText(input: string): string {
  let s = input.normalize('NFC').replace(/\u0000/g, '');
  s = s.replace(EMAIL, '[email]');
  s = s.replace(URL, '[link]');
  s = s.replace(PHONE, '[số điện thoại]');
  s = s.replace(PLACE, (_m, word: string) => `${word} [địa chỉ] `);
  s = s.replace(HONORIFIC_NAME, (m, word: string, name: string) => (isHonorificUse(word, name) ? `${word} [tên]` : m));
  s = s.replace(SURNAME_NAME, '[tên]');
  s = s.replace(CAPITALISED_RUN, '[tên]');
  s = s.replace(NUMBER, '[số]');
  return s.replace(/[ \t]+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();
}

function isHonorificUse(_word: string, name: string): boolean {
  // "[tên]" and other masks are already safe.
  return !name.startsWith('[');
}
