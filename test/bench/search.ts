// Benchmark: search latency on the imported 50,000-message case — about 200 varied queries (words,
// phrases, prefixes, AND/OR/NOT, fields, and sender, date and tag filters), each timed once after a
// warm-up, as p50/p90/p99; against a bare FTS5 MATCH … ORDER BY rank LIMIT 50 of the same words.
import { createAnnotation } from "../../main/store/annotations";
import { closeCase, openCase, type Case } from "../../main/store/case-file";
import { searchCase, type SearchOptions } from "../../main/store/search";
import { write } from "../../main/store/write";
import { parseQuery } from "../../shared/search/query";
import { toFts5 } from "../../shared/search/fts5";
import { NAMES, random, SUBJECTS, VOCABULARY, WORDS } from "../support/generate-mbox";

export interface SearchRow {
  tool: string;
  queries: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanHits: number;
}

interface BenchQuery {
  query: string;
  options: SearchOptions;
}

/** The same queries every run: a fixed mix of what people type into a search box. */
export function benchQueries(count = 200, seed = 6): BenchQuery[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  // What people search a release for: now and then one of its common words, mostly rarer ones
  // (names, places, programs) from the next 2,000 of its vocabulary.
  const word = () => (rnd() < 0.25 ? pick(WORDS) : VOCABULARY[WORDS.length + Math.floor(rnd() * 2000)]!);
  const kinds: (() => BenchQuery)[] = [
    () => ({ query: word(), options: {} }),
    () => ({ query: `${word()} ${word()}`, options: {} }),
    () => ({ query: `"${word()} ${word()}"`, options: {} }),
    () => ({ query: `${word().slice(0, 3)}*`, options: {} }),
    () => ({ query: `${word()} OR ${word()}`, options: {} }),
    () => ({ query: `${word()} -${word()}`, options: {} }),
    () => ({ query: `(${word()} OR ${word()}) ${word()}`, options: {} }),
    () => ({ query: `subject:"${pick(SUBJECTS)}"`, options: {} }),
    () => ({ query: `people:${pick(NAMES)} ${word()}`, options: {} }),
    () => ({ query: word(), options: { from: pick(NAMES) } }),
    () => ({ query: `${word()} ${word()}`, options: { after: "2017-03-01", before: "2017-03-31" } }),
    () => ({ query: word(), options: { tag: "order" } }),
    () => ({ query: "(b)(6)", options: {} }),
    () => ({ query: `zzz${Math.floor(rnd() * 1000)}`, options: {} }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length]!());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function row(tool: string, times: number[], hits: number[]): SearchRow {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    tool,
    queries: times.length,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[sorted.length - 1]!,
    meanHits: hits.reduce((a, b) => a + b, 0) / hits.length,
  };
}

/** Some tagged highlights, so the tag filter has passages to find (set up, not timed). */
function addHighlights(c: Case, count: number): void {
  const docs = (c.db.prepare("SELECT d.id, length(t.text) AS n FROM documents d JOIN document_texts t ON t.document_id = d.id WHERE d.kind = 'email' ORDER BY d.id").all() as { id: number; n: number }[]).filter((d) => d.n > 40);
  const step = Math.max(1, Math.floor(docs.length / count));
  write(c, () => {
    for (let i = 0; i < docs.length && i / step < count; i += step) createAnnotation(c, { documentId: docs[i]!.id, start: docs[i]!.n - 30, end: docs[i]!.n - 1, tags: ["order"] });
  });
}

export function benchSearch(casePath: string, count = 200): SearchRow[] {
  const c = openCase(casePath);
  try {
    addHighlights(c, 500);
    const queries = benchQueries(count);
    // Warm-up: the first queries load pages of the index into SQLite's cache, as in a running app.
    for (const q of queries.slice(0, 20)) searchCase(c, q.query, q.options);
    const times: number[] = [];
    const hits: number[] = [];
    for (const q of queries) {
      const started = performance.now();
      const found = searchCase(c, q.query, q.options);
      times.push(performance.now() - started);
      hits.push(found.length);
    }
    // The floor: the same words as one bare FTS5 query, ranked, without filters, snippets or offsets.
    const raw = c.db.prepare("SELECT rowid FROM text_index WHERE text_index MATCH ? ORDER BY rank LIMIT 50");
    const rawTimes: number[] = [];
    const rawHits: number[] = [];
    for (const q of queries) {
      const match = toFts5(parseQuery(q.query).root, "text");
      if (match.kind !== "match") continue;
      const started = performance.now();
      const rows = raw.all(match.expr);
      rawTimes.push(performance.now() - started);
      rawHits.push(rows.length);
    }
    return [row("casemark search (filters, snippets, hit ranges)", times, hits), row("raw FTS5 MATCH … ORDER BY rank LIMIT 50", rawTimes, rawHits)];
  } finally {
    closeCase(c);
  }
}
