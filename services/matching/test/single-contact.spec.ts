import { describe, expect, it } from '@jest/globals';
import { OrganisationDirectorySchema } from '@legalaid/contracts';
import { directoryOrganization } from '../src/domain/directory.js';
import { needsSingleContact, organisationView, updateContact, withDirectory, withSingleContact, type Organisation } from '../src/domain/organisation.js';

/**
 * An organisation's phone and e-mail live in one place, its contact profile:
 * the public directory (HSDS) and the contact view both read it, and
 * documents of the older shape (the directory kept its own e-mail) are read
 * in the new one.
 */
const units = { province: () => ({ name: 'Thành phố Hồ Chí Minh' }), unit: () => ({ name: 'Phường Sài Gòn' }) };
const T0 = new Date('2026-03-01T00:00:00Z');
const base: Organisation = { _id: 'centre-x', version: 3, kind: 'LEGAL_AID_CENTRE', name: 'Trung tâm X', provinceCode: '79', parentOrganisationId: null, escalationOrganisationId: null, registeredAt: T0 };

describe('organisation contact: one source for phone and e-mail', () => {
  it('a change of the contact profile shows in the directory entry and the contact view, and marks the entry changed', () => {
    const listed = withDirectory(base, OrganisationDirectorySchema.parse({ phones: [{ number: '1800 1234', description: 'Đường dây nóng' }] }), T0);
    const later = new Date('2026-03-05T00:00:00Z');
    const { organisation, changed } = updateContact(listed, { phone: '028 3829 2222', email: 'tiepdan@x.example.vn' }, later);
    expect(changed).toEqual(['phone', 'email']);
    expect(organisation.updatedAt).toEqual(later);
    expect(organisationView(organisation).contact).toMatchObject({ phone: '028 3829 2222', email: 'tiepdan@x.example.vn' });
    const hsds = directoryOrganization({ organisation, providers: [], changedAt: later }, units);
    expect(hsds.email).toBe('tiepdan@x.example.vn');
    expect(hsds.phones!.map((p) => p.number)).toEqual(['028 3829 2222', '1800 1234']);
    // The signatory is not published: changing it leaves the directory's clock alone.
    expect(updateContact(organisation, { signatoryName: 'Nguyễn Văn B' }, new Date('2026-04-01T00:00:00Z')).organisation.updatedAt).toEqual(later);
  });

  it('reads a document of the older shape in the new one: the e-mail and first number move to the contact profile', () => {
    const old = { ...base, directory: { listed: true, description: null, email: 'cu@x.example.vn', website: null, phones: [{ number: '+84 28 3829 0000', description: 'Tiếp dân' }, { number: '1800 1234', description: null }], address: null, openingHours: [] } } as unknown as Organisation;
    expect(needsSingleContact(old)).toBe(true);
    const now = withSingleContact(old);
    expect(now.contact).toMatchObject({ email: 'cu@x.example.vn', phone: '+84 28 3829 0000' });
    expect(now.directory).not.toHaveProperty('email');
    expect(now.directory!.phones.map((p) => p.number)).toEqual(['1800 1234']);
    expect(needsSingleContact(now)).toBe(false);
    expect(withSingleContact(now)).toEqual(now);
    // The view validates against the contract (no e-mail of the directory's own).
    expect(() => OrganisationDirectorySchema.parse(organisationView(old).directory)).not.toThrow();
    // A contact that already had them keeps its own; the directory's copy of the main number goes.
    const both = withSingleContact({ ...old, contact: { address: null, phone: '+84 (28) 3829-0000', email: 'moi@x.example.vn', signatoryName: null, signatoryTitle: null } });
    expect(both.contact).toMatchObject({ phone: '+84 (28) 3829-0000', email: 'moi@x.example.vn' });
    expect(both.directory!.phones.map((p) => p.number)).toEqual(['1800 1234']);
  });
});
