import { describe, expect, it } from '@jest/globals';
import { pseudonymise, redactFreeText } from '../src/domain/personal-data.js';

describe('masking citizens free text', () => {
  it.each([
    [
      'Tôi là Nguyễn Văn An, số điện thoại 0912 345 678, nhà ở số nhà 12 đường Lê Lợi, phường Bến Nghé. Luật sư Trần Bình đòi 2.000.000 đồng.',
      ['Nguyễn', 'An,', '0912', '345', '12', 'Lê Lợi', 'Bến Nghé', 'Trần', 'Bình', '2.000.000'],
      ['đòi', 'đồng', 'Luật sư'],
    ],
    ['Anh Hùng không nghe máy. Email an.nguyen@gmail.com, gọi +84 912345678.', ['Hùng', 'an.nguyen', 'gmail', '912345678'], ['không nghe máy']],
    ['ông Ba ở ấp 3 xã Tân Phú huyện Đức Hòa, CCCD 079123456789', ['Ba ', 'Tân Phú', 'Đức Hòa', '079123456789'], ['CCCD', 'ở']],
    ['The lawyer Mr John Smith asked me for money at 45 Nguyen Trai street', ['John', 'Smith', '45'], ['asked me for money']],
  ])('%s', (text, gone, kept) => {
    const masked = redactFreeText(text);
    for (const g of gone) expect(masked).not.toContain(g);
    for (const k of kept) expect(masked).toContain(k);
  });

  it('keeps a comment without personal data readable', () => {
    expect(redactFreeText('Cán bộ rất nhiệt tình, giải thích rõ ràng.')).toBe('Cán bộ rất nhiệt tình, giải thích rõ ràng.');
  });
});

describe('pseudonymising payloads', () => {
  it('removes personal fields at any depth and makes keys safe for the database', () => {
    const out = pseudonymise({
      requestId: 'r1',
      applicantRef: 'ap_x',
      applicant: { fullName: 'Trần Thị Bình' },
      parties: [{ fullName: 'Lê Văn C', idNumber: '079123456789' }],
      'odd.key': 1,
      $where: 2,
      note: null,
    });
    expect(out).toEqual({ requestId: 'r1', applicantRef: 'ap_x', applicant: '[removed]', parties: [{ fullName: '[removed]', idNumber: '[removed]' }], odd_key: 1, _where: 2, note: null });
    expect(JSON.stringify(out)).not.toMatch(/Bình|079123456789/);
  });
});
