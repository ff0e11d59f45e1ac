import { describe, expect, it } from '@jest/globals';
import { drawRank, planDraw, sampleSize, selectSample } from '../src/domain/appraisal-draw.js';

const ids = (n: number, prefix = 'case-') => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('appraisal sample size', () => {
  it.each([
    [0, 0.1, 0],
    [1, 0.1, 1],
    [9, 0.1, 1],
    [10, 0.1, 1],
    [30, 0.1, 3],
    [95, 0.1, 10],
    [1000, 0.1, 100],
    [40, 0.25, 10],
    [7, 1, 7],
  ])('%i eligible cases at share %d → %i drawn', (eligible, share, expected) => {
    expect(sampleSize(eligible, share)).toBe(expected);
  });
});

describe('the draw', () => {
  const population = ids(1000);

  it('draws the configured share', () => {
    const plan = planDraw(population, new Set(), 'seed-2025-a', 0.1);
    expect(plan.selected).toHaveLength(100);
    expect(new Set(plan.selected).size).toBe(100);
    for (const id of plan.selected) expect(population).toContain(id);
  });

  it('is reproducible from its seed, whatever order the cases come in', () => {
    const a = planDraw(population, new Set(), 'seed-2025-a', 0.1).selected;
    const b = planDraw(shuffled(population, 7), new Set(), 'seed-2025-a', 0.1).selected;
    expect(b).toEqual(a);
    expect(selectSample(shuffled(population, 99), 'seed-2025-a', 100)).toEqual(a);
  });

  it('depends on the seed', () => {
    const a = planDraw(population, new Set(), 'seed-2025-a', 0.1).selected;
    const b = planDraw(population, new Set(), 'seed-2025-b', 0.1).selected;
    expect(b).not.toEqual(a);
    // Two independent 10% samples share about 10 cases; far from all 100.
    expect(b.filter((id) => a.includes(id)).length).toBeLessThan(40);
  });

  it('is spread over the population, not the first or last cases', () => {
    const selected = planDraw(population, new Set(), 'seed-2025-a', 0.1).selected.map((id) => Number(id.slice(5)));
    const firstHalf = selected.filter((n) => n < 500).length;
    expect(firstHalf).toBeGreaterThan(30);
    expect(firstHalf).toBeLessThan(70);
  });

  it('never draws a case twice: a later draw tops the year up from cases not drawn before', () => {
    const first = planDraw(population.slice(0, 800), new Set(), 'seed-2025-a', 0.1);
    expect(first.selected).toHaveLength(80);
    const drawn = new Set(first.selected);
    const second = planDraw(population, drawn, 'seed-2025-b', 0.1);
    expect(second.previouslyDrawn).toBe(80);
    expect(second.selected).toHaveLength(20);
    for (const id of second.selected) expect(drawn.has(id)).toBe(false);
    // Once the year's share is reached, a further draw selects nothing.
    const third = planDraw(population, new Set([...drawn, ...second.selected]), 'seed-2025-c', 0.1);
    expect(third.selected).toEqual([]);
  });

  it('ranks by HMAC of the seed and the case id', () => {
    expect(drawRank('s', 'case-1')).toMatch(/^[0-9a-f]{64}$/);
    expect(drawRank('s', 'case-1')).not.toBe(drawRank('t', 'case-1'));
  });
});
