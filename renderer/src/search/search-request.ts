// Turns what the panel holds (the query and the filter fields) into the search main runs, and says in
// plain words what in the query was repaired or ignored, or why it cannot find anything as typed.
import type { MethodInput } from '../../../shared/ipc';
import { toFts5 } from '../../../shared/search/fts5';
import { isDateBound, parseQuery } from '../../../shared/search/query';

/** The panel's filter fields; an empty string is "any". */
export interface SearchFilterFields {
  tag: string;
  from: string;
  to: string;
  after: string;
  before: string;
  /** A document id, as the select holds it. */
  documentId: string;
  exemption: string;
}

export const NO_FILTER_FIELDS: SearchFilterFields = { tag: '', from: '', to: '', after: '', before: '', documentId: '', exemption: '' };

export interface SearchForm {
  query: string;
  filters: SearchFilterFields;
}

export type SearchInput = MethodInput<'search'>;
export type SearchParams = Omit<SearchInput, 'limit'>;

export interface Notice {
  /** 'error': nothing is searched until it is fixed; 'warning': searched, with this repaired or ignored. */
  kind: 'error' | 'warning';
  text: string;
}

export interface SearchPlan {
  /** What to send main, or null when there is nothing to search (yet). */
  params: SearchParams | null;
  notices: Notice[];
}

/** Bounds of the contract (shared/ipc.ts), checked here so a mistake is explained beside the field. */
const MAX_QUERY = 1000;
const MAX_PERSON = 200;

export function activeFilterCount(filters: SearchFilterFields): number {
  return Object.values(filters).filter((v) => v.trim() !== '').length;
}

export function planSearch({ query, filters }: SearchForm): SearchPlan {
  const notices: Notice[] = [];
  const error = (text: string): SearchPlan => ({ params: null, notices: [...notices, { kind: 'error', text }] });
  if (query.trim() === '') return { params: null, notices };
  if (query.length > MAX_QUERY) return error(`A search can be at most ${MAX_QUERY} characters long; this one has ${query.length}.`);

  const parsed = parseQuery(query);
  for (const text of parsed.warnings) notices.push({ kind: 'warning', text });
  if (parsed.root === null) {
    const onlyFilters = Object.keys(parsed.filters).length > 0;
    return error(
      onlyFilters
        ? 'Add a word to look for: from:, to:, after:, before:, tag:, doc: and exemption: only narrow a search.'
        : 'Nothing to search for yet: type a word, a "phrase" in quotes, or the start of a word followed by *.',
    );
  }
  const text = toFts5(parsed.root, 'text');
  const note = toFts5(parsed.root, 'note');
  if (text.kind !== 'match' && note.kind !== 'match') {
    return error(
      text.kind === 'only-exclusions'
        ? 'A search of exclusions alone (NOT, -word) finds nothing: add a word to look for, as in tasking -draft.'
        : 'Nothing can match that: note: words are only in notes, and subject:, people: and body: words only in the text.',
    );
  }

  const { tag, from, to, after, before, documentId, exemption } = filters;
  const params: SearchParams = { query };
  if (tag) params.tag = tag;
  if (exemption) params.exemption = exemption;
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const person = value.trim();
    if (!person) continue;
    if (person.length > MAX_PERSON) return error(`The ${name === 'from' ? 'sender' : 'recipient'} filter can be at most ${MAX_PERSON} characters long.`);
    params[name] = person;
  }
  for (const [name, value] of [
    ['after', after],
    ['before', before],
  ] as const) {
    if (!value) continue;
    if (!isDateBound(value)) return error(`The “${name === 'after' ? 'From' : 'To'}” date must be a day like 2017-02-10.`);
    params[name] = value;
  }
  if (after && before && after > before) notices.push({ kind: 'warning', text: 'The first date is after the last one, so no message can match.' });
  if (documentId) params.documentId = Number(documentId);

  // A filter field overrides the same filter typed in the query (main applies the field's value).
  const typed = parsed.filters;
  for (const key of ['from', 'to', 'after', 'before', 'tag', 'exemption', 'documentId'] as const) {
    if (typed[key] === undefined || params[key] === undefined) continue;
    notices.push({ kind: 'warning', text: `The filter fields replace ${key === 'documentId' ? 'doc' : key}: in the query.` });
  }
  return { params, notices };
}

/** Two searches ask the same thing. */
export function sameParams(a: SearchParams | null, b: SearchParams | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SearchParams>;
  return [...keys].every((k) => a[k] === b[k]);
}
