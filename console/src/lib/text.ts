/** Vietnamese text handling shared by every screen: one implementation each. */

/** NFC normalisation before anything is sent: Unikey-style input methods may produce decomposed forms. */
export function nfc(value: string): string {
  return value.normalize('NFC');
}

/** Diacritics-insensitive key: NFD, combining marks removed, đ/Đ folded to d, lower case. "Đà Nẵng" → "da nang". */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query starts a word of (or occurs in) the text, ignoring diacritics. */
export function matchesFolded(text: string, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  const t = fold(text);
  return q.split(' ').every((word) => t.includes(word));
}

/**
 * A number as Vietnamese users type it: "1,5" and "1.5" are one and a half;
 * "1.234,5" is one thousand two hundred and thirty-four and a half. Returns
 * null for anything that is not a number.
 */
export function parseVietnameseNumber(input: string): number | null {
  const s = input.trim().replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  let normalised: string;
  if (s.includes(',') && s.includes('.')) {
    // Both: the last separator is the decimal one.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [int, frac, ...rest] = s.split(decimal);
    if (rest.length || !/^-?\d{1,3}([.,]\d{3})*$/.test(int) || !/^\d+$/.test(frac ?? '')) return null;
    normalised = `${int.split(thousands).join('')}.${frac}`;
  } else if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return null;
    normalised = `${parts[0]}.${parts[1]}`;
  } else if ((s.match(/\./g) ?? []).length > 1) {
    // "1.234.567": thousands only.
    if (!/^-?\d{1,3}(\.\d{3})+$/.test(s)) return null;
    normalised = s.split('.').join('');
  } else {
    normalised = s;
  }
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}
