import { describe, expect, it } from '@jest/globals';
import { loadKindAidForms } from '../src/domain/kind-aid-forms.js';
import { recordAssignment, recordCaseReleased, recordOfferAccepted, recordOfferMade } from '../src/domain/provider.js';
import { DEFAULT_RANK_POLICY, rank, toIndexed } from '../src/domain/ranking.js';
import { NOW, provider, request } from './fixtures.js';
const policy = { ...DEFAULT_RANK_POLICY, kindForms: loadKindAidForms() };
/**
 * Many referrals over a pool of comparable providers: each referral goes to
 * the top candidate, who accepts; cases close after a while. Nobody should
 * be starved or flooded.
 */
function simulate(pool, referrals, acceptsEvery = 1) {
    const byId = new Map(pool.map((p) => [p._id, p]));
    const got = new Map(pool.map((p) => [p._id, 0]));
    const open = [];
    for (let i = 0; i < referrals; i++) {
        const now = new Date(NOW.getTime() + i * 6 * 3_600_000); // a referral every six hours
        for (const c of open.filter((c) => c.closesAt <= i)) {
            byId.set(c.providerId, recordCaseReleased(byId.get(c.providerId), c.id, true, now));
            open.splice(open.indexOf(c), 1);
        }
        const r = rank([...byId.values()].map(toIndexed), request({ now }), policy);
        const top = r.candidates[0];
        expect(top).toBeDefined();
        let p = recordOfferMade(byId.get(top.providerId), now, now);
        if (i % acceptsEvery === 0) {
            p = recordAssignment(recordOfferAccepted(p, now), { requestId: `req-${i}`, fieldOfLaw: 'MARRIAGE_FAMILY', applicantPartyHash: null }, now);
            open.push({ id: `req-${i}`, providerId: p._id, closesAt: i + 15 });
            got.set(p._id, got.get(p._id) + 1);
        }
        byId.set(p._id, p);
    }
    return got;
}
describe('fairness over many referrals', () => {
    it('spreads 400 referrals over 20 comparable providers within a few of the mean', () => {
        const pool = Array.from({ length: 20 }, (_, i) => provider(`p${String(i).padStart(2, '0')}`, { capacity: 10, proBono: { unit: 'CASES', annualTarget: 30 } }));
        const got = [...simulate(pool, 400).values()];
        expect(Math.min(...got)).toBeGreaterThanOrEqual(16);
        expect(Math.max(...got)).toBeLessThanOrEqual(24);
    });
    it('experienced providers get more, newcomers are not starved and nobody is flooded', () => {
        const pool = Array.from({ length: 20 }, (_, i) => provider(`p${String(i).padStart(2, '0')}`, { capacity: 10, casesByField: { MARRIAGE_FAMILY: i } }));
        const got = simulate(pool, 400);
        const counts = [...got.values()];
        expect(Math.min(...counts)).toBeGreaterThanOrEqual(10);
        expect(Math.max(...counts)).toBeLessThanOrEqual(30);
    });
    it('a provider closer to the applicant gets more, but not everything', () => {
        const pool = [
            provider('near', { areas: [{ provinceCode: '79', communeCode: '26734' }], capacity: 3 }),
            ...Array.from({ length: 9 }, (_, i) => provider(`far${i}`, { capacity: 3 })),
        ];
        const got = simulate(pool, 200);
        const near = got.get('near');
        const others = [...got.entries()].filter(([k]) => k !== 'near').map(([, v]) => v);
        expect(near).toBeGreaterThan(Math.max(...others));
        // Capacity caps the near one: the rest still receive matters.
        expect(Math.min(...others)).toBeGreaterThan(0);
    });
});
//# sourceMappingURL=fairness.spec.js.map