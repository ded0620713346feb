/** Score normalization helpers shared by plugins (the framework's helper.DefaultNormalizeScore). */

/** Highest score a plugin gives a node. */
export const MAX_NODE_SCORE = 100;

/** Scales scores to 0–100 by the maximum; `reverse` turns "more is worse" counts into scores. */
export function defaultNormalizeScore(scores: number[], reverse: boolean): number[] {
  const maxCount = Math.max(0, ...scores);
  if (maxCount === 0) return scores.map(() => (reverse ? MAX_NODE_SCORE : 0));
  return scores.map((s) => {
    const v = Math.trunc((MAX_NODE_SCORE * s) / maxCount);
    return reverse ? MAX_NODE_SCORE - v : v;
  });
}
