/**
 * Part of stage 4 (scoring): how high a candidate could still rank before its costliest
 * factors are worked out. When only the best answer is wanted (`RerankOptions.bestOnly`), a
 * candidate whose bound is below the best rank already scored cannot come first, so its
 * answer-type, shape and event checks are skipped: the answer is the same, found sooner.
 */
import { CALENDAR_BONUS, SLOT_BONUS } from './answer-slot.ts';

/** Room for rounding, so that a candidate that could tie the best is scored in full. */
const ROUNDING = 1e-9;

/**
 * The highest rank a candidate can reach, from the product of the factors known so far
 * (`partial`: the word match and the cheap factors) and its rank bonuses. The factors not yet
 * known (answer type, shape, event, date clause) are each at most 1, so they can only lower
 * the confidence; the answer-slot bonus, given later to the near-best, is counted in full.
 */
export function rankBound(partial: number, bonuses: number): number {
  return Math.min(1, partial) + bonuses + SLOT_BONUS + CALENDAR_BONUS + ROUNDING;
}
