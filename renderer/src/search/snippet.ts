// Splits a search hit's snippet into plain and matched parts. Main's snippets wrap each matched run of
// words in [ and ] (FTS5's snippet()); a bracket the text itself holds ("[EXTERNAL]") is told apart by
// checking that every word of a bracketed run is one the query looks for.
import { parseQuery, type QueryNode } from '../../../shared/search/query';

export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** What the index counts as a word (SQLite FTS5's unicode61 tokenizer): letters, digits, private use. */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** A word as the index compares it: without diacritics, in lower case. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface QueryWords {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

function collect(node: QueryNode, exact: Set<string>, prefixes: string[], negated: boolean): void {
  switch (node.type) {
    case 'term': {
      if (negated) return;
      const words = (node.text.match(WORD) ?? []).map(fold);
      words.forEach((word, i) => (node.prefix && i === words.length - 1 ? prefixes.push(word) : exact.add(word)));
      return;
    }
    case 'and':
    case 'or':
      for (const child of node.children) collect(child, exact, prefixes, negated);
      return;
    case 'not':
      collect(node.child, exact, prefixes, !negated);
      return;
  }
}

/** The words (and word beginnings, for prefix*) a query can match; excluded words never match. */
export function queryWords(query: string): QueryWords {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const { root } = parseQuery(query);
  if (root) collect(root, exact, prefixes, false);
  return { exact, prefixes };
}

function isMatch(run: string, words: QueryWords): boolean {
  const found = run.match(WORD);
  if (!found) return false;
  return found.every((raw) => {
    const word = fold(raw);
    return words.exact.has(word) || words.prefixes.some((p) => word.startsWith(p));
  });
}

/** The snippet's parts in order; adjacent plain parts are joined. */
export function snippetParts(snippet: string, words: QueryWords): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  let at = 0;
  while (at < snippet.length) {
    const open = snippet.indexOf('[', at);
    if (open < 0) break;
    const close = snippet.indexOf(']', open + 1);
    if (close < 0) break;
    const inner = snippet.slice(open + 1, close);
    // A nested "[" means this one is the text's own; try again from the inner one.
    const nested = inner.lastIndexOf('[');
    if (nested >= 0) {
      push(snippet.slice(at, open + 1 + nested), false);
      at = open + 1 + nested;
      continue;
    }
    if (isMatch(inner, words)) {
      push(snippet.slice(at, open), false);
      push(inner, true);
    } else push(snippet.slice(at, close + 1), false);
    at = close + 1;
  }
  push(snippet.slice(at), false);
  return parts;
}
