import { createHmac } from 'node:crypto';

/**
 * The yearly quality-appraisal draw (Circular 12/2018/TT-BTP): a share of the
 * year's closed PROCEEDINGS and OUT_OF_COURT cases, drawn at random but
 * reproducibly. Each candidate's rank is HMAC-SHA256(seed, caseId); the
 * lowest ranks are drawn. Anyone holding the seed and the candidate list can
 * re-run it and get the same cases, whatever order the list came in.
 */
export function drawRank(seed: string, caseId: string): string {
  return createHmac('sha256', seed).update(caseId).digest('hex');
}

export function selectSample(candidates: readonly string[], seed: string, count: number): string[] {
  if (count <= 0) return [];
  return [...new Set(candidates)]
    .map((id) => ({ id, rank: drawRank(seed, id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, count)
    .map((x) => x.id);
}

/** How many of `eligible` cases the year's sample holds: the share, rounded up (a non-empty year is never skipped). */
export function sampleSize(eligible: number, share: number): number {
  // Rounded to 1e-6 first so that 0.1 × 30 is 3, not 3.0000000000000004 → 4.
  return Math.ceil(Math.round(eligible * share * 1e6) / 1e6);
}

export interface DrawPlan {
  /** Cases drawn now. */
  selected: string[];
  /** Cases eligible but not drawn before: what this draw chose from. */
  candidates: string[];
  previouslyDrawn: number;
}

/**
 * A draw over the year's eligible cases, never repeating one drawn before:
 * it tops the year's sample up to its share (a later draw picks up cases
 * closed after an earlier one).
 */
export function planDraw(eligible: readonly string[], alreadyDrawn: ReadonlySet<string>, seed: string, share: number): DrawPlan {
  const unique = [...new Set(eligible)];
  const previouslyDrawn = unique.filter((id) => alreadyDrawn.has(id)).length;
  const candidates = unique.filter((id) => !alreadyDrawn.has(id)).sort();
  const wanted = Math.max(0, sampleSize(unique.length, share) - previouslyDrawn);
  return { selected: selectSample(candidates, seed, Math.min(wanted, candidates.length)), candidates, previouslyDrawn };
}
