// Search across the case, in the left pane: the query (searched as you type), filters, the hits grouped
// by message with their snippets, and "highlight all hits". ↓/↑ move through the hits from the field,
// Enter opens one in the reader with its words selected (so 1–9 tag them), Escape goes back to the library.
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentSummary, SearchHit, TagView } from '../../../shared/model';
import { listen } from '../api';
import { HighlightAllHits } from './HighlightAllHits';
import { buildGroups, summarize } from './search-groups';
import { recallSearch, rememberSearch } from './search-memory';
import { activeFilterCount, planSearch, type SearchFilterFields, type SearchForm } from './search-request';
import { SearchFilterPanel } from './SearchFilters';
import { SearchHelp } from './SearchHelp';
import { SearchResults } from './SearchResults';
import { queryWords } from './snippet';
import { useSearch } from './use-search';
import { useMessages } from './use-messages';
import './search.css';

export interface SearchPanelProps {
  tags: readonly TagView[];
  documents: readonly DocumentSummary[];
  /** Opens the passage of a hit in the reader, selected. */
  onOpen(hit: SearchHit): void;
  /** Highlights were made or undone from the results: read them again. */
  onChanged(): void;
  onClose(): void;
}

/** Hits a Page Up/Down moves. */
const PAGE = 8;

/** The remembered search, without a tag or document this case does not have. */
function recallFor(tags: readonly TagView[], documents: readonly DocumentSummary[]): SearchForm {
  const { query, filters } = recallSearch();
  const tag = tags.some((t) => t.path === filters.tag) ? filters.tag : '';
  const documentId = documents.some((d) => String(d.id) === filters.documentId) ? filters.documentId : '';
  return { query, filters: { ...filters, tag, documentId } };
}

export function SearchPanel({ tags, documents, onOpen, onChanged, onClose }: SearchPanelProps) {
  const id = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState<SearchForm>(() => recallFor(tags, documents));
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(form.filters) > 0);
  useEffect(() => rememberSearch(form), [form]);

  const plan = useMemo(() => planSearch(form), [form]);
  const search = useSearch(plan.params);
  const messages = useMessages(documents);
  const documentsById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const groups = useMemo(() => buildGroups(search.hits, messages, documentsById), [search.hits, messages, documentsById]);
  const flat = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const words = useMemo(() => queryWords(search.params?.query ?? ''), [search.params]);
  const textHits = useMemo(() => search.hits.filter((h) => !h.annotationId && (h.matches?.length ?? 0) > 0).length, [search.hits]);

  // New results start with no hit chosen: the first ↓ goes to the first.
  const [active, setActive] = useState(-1);
  const [opened, setOpened] = useState<number | null>(null);
  useEffect(() => {
    setActive(-1);
    setOpened(null);
  }, [search.hits]);

  const focusField = useCallback(() => {
    fieldRef.current?.focus();
    fieldRef.current?.select();
  }, []);

  // The field has focus when the panel opens, and again on Ctrl+Shift+F (or Edit › Search the Case).
  useEffect(() => {
    focusField();
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'f') focusField();
    };
    window.addEventListener('keydown', onKey);
    const stop = listen('command', ({ command }) => {
      if (command === 'search') focusField();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      stop();
    };
  }, [focusField]);

  const close = useCallback(() => {
    onClose();
    // The library comes back in the panel's place: give it the focus the panel had.
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) document.querySelector<HTMLElement>('[role="treegrid"]')?.focus();
    });
  }, [onClose]);

  const open = (index: number) => {
    const item = flat[index];
    if (!item) return;
    setActive(index);
    setOpened(index);
    onOpen(item.hit);
  };

  const onListKeys = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const last = flat.length - 1;
    const inList = event.currentTarget.getAttribute('role') === 'listbox';
    const move: Record<string, () => number> = {
      ArrowDown: () => Math.min(last, active + 1),
      ArrowUp: () => Math.max(0, active - 1),
      PageDown: () => Math.min(last, Math.max(0, active) + PAGE),
      PageUp: () => Math.max(0, active - PAGE),
      ...(inList ? { Home: () => 0, End: () => last } : {}),
    };
    if (event.key === 'Enter') {
      if (last < 0) return;
      event.preventDefault();
      open(active >= 0 ? active : 0);
      return;
    }
    const to = move[event.key];
    if (!to || last < 0) return;
    event.preventDefault();
    setActive(to());
  };

  const setQuery = (query: string) => setForm((f) => ({ ...f, query }));
  const setFilters = (patch: Partial<SearchFilterFields>) => setForm((f) => ({ ...f, filters: { ...f.filters, ...patch } }));

  const filterCount = activeFilterCount(form.filters);
  const notices = search.error && plan.params ? [...plan.notices, { kind: 'error' as const, text: search.error }] : plan.notices;
  const shown = search.params !== null && !search.error;
  const waiting = plan.params !== null && (search.busy || search.params === null);
  const summary = !shown ? '' : flat.length === 0 ? 'No hits' : search.capped ? `The best ${summarize(groups)} — narrow the search to see the rest` : summarize(groups);
  const activeId = flat[active]?.id;

  return (
    <section className="search-panel" role="search" aria-label="Search the case" onKeyDown={(event) => event.key === 'Escape' && !event.defaultPrevented && close()}>
      <div className="pane-head search-head">
        <div className="search-title-row">
          <h2 className="pane-title">Search the case</h2>
          <button type="button" className="button button-quiet search-back" onClick={close} aria-keyshortcuts="Escape" title="Back to the library (Escape)">
            ← Library
          </button>
        </div>
        <div className="search-row">
          <input
            ref={fieldRef}
            type="text"
            className="filter-query"
            role="combobox"
            aria-label="Search words"
            aria-expanded={flat.length > 0}
            aria-controls={`${id}-results`}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            aria-describedby={`${id}-notices`}
            placeholder='Words, "a phrase", prefix*, OR, NOT…'
            autoComplete="off"
            spellCheck={false}
            maxLength={2000}
            value={form.query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={onListKeys}
          />
          <button
            type="button"
            className={filtersOpen ? 'filters-button search-filters-button filters-button-open' : 'filters-button search-filters-button'}
            aria-expanded={filtersOpen}
            aria-controls={`${id}-filters`}
            onClick={() => setFiltersOpen((o) => !o)}
            title="Filter by tag, people, dates, document, exemption"
          >
            Filters{filterCount > 0 ? <span className="search-filter-badge">{filterCount}</span> : null}
          </button>
        </div>
        {filtersOpen ? <SearchFilterPanel id={`${id}-filters`} filters={form.filters} tags={tags} documents={documents} messages={messages} onChange={setFilters} /> : null}
        <div id={`${id}-notices`} className="search-notices" aria-live="polite">
          {notices.map((n) => (
            <p key={n.text} className={n.kind === 'error' ? 'search-notice search-notice-error' : 'search-notice'}>
              {n.text}
            </p>
          ))}
        </div>
      </div>
      {plan.params !== null ? (
        <div className="search-summary">
          <p className="search-count" role="status">
            {waiting && !shown ? 'Searching…' : summary}
          </p>
          <HighlightAllHits params={shown ? search.params : null} textHits={shown ? textHits : 0} tags={tags} preferredTag={form.filters.tag} onChanged={onChanged} />
        </div>
      ) : null}
      {form.query.trim() === '' ? (
        <SearchHelp />
      ) : shown && flat.length === 0 ? (
        <p className="search-empty">Nothing matches. Check the spelling, try fewer words or the start of a word with *, or clear the filters.</p>
      ) : null}
      <SearchResults
        id={`${id}-results`}
        groups={plan.params !== null ? groups : []}
        words={words}
        active={active}
        opened={opened}
        busy={waiting}
        onActive={setActive}
        onOpen={open}
        onKeyDown={onListKeys}
      />
    </section>
  );
}
