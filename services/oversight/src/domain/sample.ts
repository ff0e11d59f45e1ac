import { createHmac } from 'node:crypto';
import { sha256Hex } from './hashing.js';

/**
 * A reproducible random sample: each case in the population gets the score
 * HMAC-SHA256(seed, caseId); the `size` lowest scores are the sample. Anyone
 * with the seed and the list of cases in scope (checked by populationHash)
 * draws the same sample, and no one can steer it without changing the seed,
 * which is recorded before the cases are reviewed.
 */
export function drawSample(population: readonly string[], size: number, seed: string): { caseIds: string[]; population: number; populationHash: string } {
  const unique = [...new Set(population)].sort();
  const scored = unique.map((id) => ({ id, score: createHmac('sha256', seed).update(id).digest('hex') }));
  scored.sort((a, b) => (a.score < b.score ? -1 : a.score > b.score ? 1 : 0));
  return {
    caseIds: scored.slice(0, size).map((s) => s.id).sort(),
    population: unique.length,
    populationHash: sha256Hex(unique.join('\n')),
  };
}
