// Folds ranked search hits into groups, one per message (or per document without messages): the best
// group first, and in each group its text hits in reading order, then its note hits.
import type { SearchGroup, SearchHit } from "../model";

export function groupSearchHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    const key = `${hit.documentId}:${hit.messageId ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { documentId: hit.documentId, messageId: hit.messageId ?? null, score: hit.score, hits: [] }));
    group.score = Math.min(group.score, hit.score);
    group.hits.push(hit);
  }
  const position = (h: SearchHit) => [h.annotationId ? 1 : 0, h.page ?? -1, h.start ?? -1] as const;
  const byPosition = (a: SearchHit, b: SearchHit) => {
    const [x, y] = [position(a), position(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  };
  return [...groups.values()].map((g) => ({ ...g, hits: g.hits.sort(byPosition) })).sort((a, b) => a.score - b.score);
}

/** The hits again as one list, in group order: what `search` returns. */
export function inGroupOrder(hits: readonly SearchHit[]): SearchHit[] {
  return groupSearchHits(hits).flatMap((g) => g.hits);
}
