// The chronology: every tagged passage in the date order of its message, grouped by thread or as one
// timeline, filtered by tag and person, with the chains its links make and a citation for each.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChronologyEntry, TagView } from '../../../shared/model';
import { plural, shortDate } from '../format';
import { report } from '../status-store';
import { indexTags } from '../tag-colors';
import { ChainSummary } from './ChainSummary';
import { ChronologyFilters } from './ChronologyFilters';
import { ChronologyItem, KEYS_HINT_ID, type ChainPlace, type Placed } from './ChronologyItem';
import { recallChronology, rememberChronology } from './chronology-memory';
import { entryCitation } from '../../../shared/chronology';
import { chainsOf, filterEntries, groupByThread, NO_FILTER, peopleOf, sameSubject, type Filter } from './chronology-model';
import { useChronology } from './use-chronology';
import './chronology.css';

export interface ChronologyViewProps {
  tags: readonly TagView[];
  /** Changes whenever highlights, tags or links may have changed: read the chronology again. */
  version: number;
  /** Opens an entry's passage in the reader. */
  onOpen(entry: ChronologyEntry): void;
  onClose(): void;
}

const NONE: readonly ChronologyEntry[] = [];

/** "10 Feb 2017" (or "10 – 11 Feb 2017" style spans) for a group's dated passages. */
function span(entries: readonly ChronologyEntry[]): string {
  const days = entries.filter((e) => e.date).map((e) => shortDate(e.date).replace(/ \d{2}:\d{2}$/, ''));
  if (days.length === 0) return 'undated';
  const [first, last] = [days[0]!, days[days.length - 1]!];
  return first === last ? first : `${first} – ${last}`;
}

function copy(text: string): void {
  if (!navigator.clipboard) {
    report('error', 'The clipboard is not available here.');
    return;
  }
  navigator.clipboard.writeText(text).then(
    () => report('info', `Copied: ${text}`),
    () => report('error', 'Could not copy the citation to the clipboard.'),
  );
}

export function ChronologyView({ tags, version, onOpen, onClose }: ChronologyViewProps) {
  const state = useChronology(version);
  const all = state.status === 'ready' ? state.entries : NONE;
  const [filter, setFilter] = useState<Filter>(() => recallChronology().filter);
  const [byThread, setByThread] = useState(() => recallChronology().byThread);
  const [activeId, setActiveId] = useState<string | null>(() => recallChronology().activeId);

  const tagIndex = useMemo(() => indexTags(tags), [tags]);
  const people = useMemo(() => peopleOf(all), [all]);
  // A remembered filter whose tag or person is gone (renamed, deleted, another case) no longer applies.
  const effective = useMemo<Filter>(
    () => ({
      tag: filter.tag && tags.some((t) => t.path === filter.tag) ? filter.tag : '',
      person: filter.person && (state.status !== 'ready' || people.some((p) => p.key === filter.person)) ? filter.person : '',
    }),
    [filter, tags, people, state.status],
  );
  const shown = useMemo(() => filterEntries(all, effective), [all, effective]);
  const shownIds = useMemo(() => new Set(shown.map((e) => e.annotationId)), [shown]);
  const placed = useMemo(() => new Map<string, Placed>(all.map((entry, i) => [entry.annotationId, { entry, number: i + 1 }])), [all]);
  const numbers = useMemo(() => new Map([...placed].map(([id, p]) => [id, p.number])), [placed]);
  const chains = useMemo(() => chainsOf(all), [all]);
  const visibleChains = useMemo(() => chains.filter((c) => c.steps.some((s) => shownIds.has(s.annotationId))), [chains, shownIds]);
  const chainPlace = useMemo(() => {
    const at = new Map<string, ChainPlace>();
    for (const c of chains) c.steps.forEach((s, i) => at.set(s.annotationId, { number: c.number, step: i + 1, of: c.steps.length }));
    return at;
  }, [chains]);
  const groups = useMemo(() => groupByThread(shown), [shown]);
  const dated = useMemo(() => shown.filter((e) => e.date !== null), [shown]);
  const undated = useMemo(() => shown.filter((e) => e.date === null), [shown]);
  /** The entries in the order they are on screen, for the arrow keys. */
  const order = useMemo(() => (byThread ? groups.flatMap((g) => g.entries) : [...dated, ...undated]), [byThread, groups, dated, undated]);
  const current = order.find((e) => e.annotationId === activeId)?.annotationId ?? order[0]?.annotationId ?? null;

  useEffect(() => rememberChronology({ filter: effective, byThread, activeId: current }), [effective, byThread, current]);

  const elements = useRef(new Map<string, HTMLLIElement>());
  const register = useCallback((id: string, element: HTMLLIElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);
  const focusEntry = useCallback((id: string) => {
    setActiveId(id);
    const element = elements.current.get(id);
    element?.focus();
    element?.scrollIntoView({ block: 'nearest' });
  }, []);

  // Opened from the keyboard (focus was in the reader, now gone): start on the entry last in focus.
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current || state.status !== 'ready') return;
    arrived.current = true;
    const focus = window.document.activeElement;
    if (current && (!focus || focus === window.document.body)) focusEntry(current);
  }, [state.status, current, focusEntry]);

  // A jump to a passage the filters hide clears them first, then lands once it is drawn.
  const pendingJump = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingJump.current;
    if (id && order.some((e) => e.annotationId === id)) {
      pendingJump.current = null;
      focusEntry(id);
    }
  }, [order, focusEntry]);
  const jump = useCallback(
    (id: string) => {
      if (shownIds.has(id)) focusEntry(id);
      else {
        pendingJump.current = id;
        setFilter(NO_FILTER);
      }
    },
    [shownIds, focusEntry],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.classList.contains('chrono-entry') ? target.dataset.annotationId : undefined;
    const at = id ? order.findIndex((e) => e.annotationId === id) : -1;
    if (at < 0 || event.altKey) return;
    const entry = order[at]!;
    const to = (i: number) => {
      event.preventDefault();
      const next = order[Math.max(0, Math.min(order.length - 1, i))];
      if (next) focusEntry(next.annotationId);
    };
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'c') {
      if (window.getSelection()?.isCollapsed ?? true) {
        event.preventDefault();
        copy(entryCitation(entry));
      }
      return;
    }
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') to(at + 1);
    else if (event.key === 'ArrowUp') to(at - 1);
    else if (event.key === 'Home') to(0);
    else if (event.key === 'End') to(order.length - 1);
    else if (event.key === 'PageDown') to(at + 5);
    else if (event.key === 'PageUp') to(at - 5);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(entry);
    }
  };

  const item = (entry: ChronologyEntry, showSubject: boolean) => (
    <ChronologyItem
      key={entry.annotationId}
      entry={entry}
      number={placed.get(entry.annotationId)?.number ?? 0}
      tags={tagIndex}
      tabbable={entry.annotationId === current}
      showSubject={showSubject}
      chain={chainPlace.get(entry.annotationId)}
      placed={placed}
      register={register}
      onFocus={() => setActiveId(entry.annotationId)}
      onOpen={() => onOpen(entry)}
      onJump={jump}
      onCopy={copy}
    />
  );

  const filtered = effective.tag !== '' || effective.person !== '';
  const threads = groups.filter((g) => g.key !== 'none').length;
  const count = [
    filtered ? `${shown.length} of ${plural(all.length, 'passage')}` : plural(all.length, 'passage'),
    threads > 0 ? plural(threads, 'thread') : '',
    visibleChains.length > 0 ? plural(visibleChains.length, 'linked chain') : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <section className="chronology" aria-labelledby="chrono-title">
      <header className="chrono-head">
        <div className="chrono-title-row">
          <h2 id="chrono-title" className="chrono-title">
            Chronology
          </h2>
          <p className="chrono-count" aria-live="polite">
            {state.status === 'ready' ? count : ''}
          </p>
          <button type="button" className="button button-quiet chrono-back" onClick={onClose} aria-keyshortcuts="Control+Shift+L Meta+Shift+L" title="Back to the reader (Ctrl+Shift+L)">
            Back to the reader
          </button>
        </div>
        <ChronologyFilters
          tags={tags}
          people={people}
          filter={effective}
          byThread={byThread}
          onFilter={setFilter}
          onByThread={setByThread}
        />
        <p id={KEYS_HINT_ID} className="chrono-hint">
          <kbd>↑</kbd>{' '}
          <kbd>↓</kbd> move · <kbd>Enter</kbd> opens in the reader · <kbd>Ctrl</kbd>+<kbd>C</kbd> copies the citation · <kbd>Alt</kbd>+<kbd>Q</kbd> quotes it in the memo
        </p>
      </header>
      {/* The list's keys are handled here, for the entries inside (each is a focusable list item). */}
      <div className="chrono-scroll" onKeyDown={onKeyDown}>
        {state.status === 'loading' ? <p className="chrono-empty">Reading the chronology…</p> : null}
        {state.status === 'failed' ? <p className="chrono-empty">The chronology could not be read.</p> : null}
        {state.status === 'ready' && all.length === 0 ? (
          <p className="chrono-empty">No tagged passages yet. Select text in the reader and press a tag’s key (1–9): each tagged passage appears here, in date order.</p>
        ) : null}
        {state.status === 'ready' && all.length > 0 && shown.length === 0 ? (
          <div className="chrono-empty">
            <p>No passages match these filters.</p>
            <button type="button" className="button button-quiet" onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </button>
          </div>
        ) : null}
        {visibleChains.length > 0 ? <ChainSummary chains={visibleChains} numbers={numbers} shown={shownIds} tags={tagIndex} onJump={jump} /> : null}
        {byThread
          ? groups.map((group) => (
              <section key={group.key} className="chrono-group" aria-labelledby={`chrono-group-${group.key}`}>
                <div className="chrono-group-head">
                  <h3 id={`chrono-group-${group.key}`} className="chrono-group-title">
                    {group.subject}
                  </h3>
                  <span className="chrono-group-meta">
                    {plural(group.entries.length, 'passage')} · {span(group.entries)}
                  </span>
                </div>
                <ol className="chrono-list">{group.entries.map((e) => item(e, !sameSubject(e.subject, group.subject)))}</ol>
              </section>
            ))
          : null}
        {!byThread && dated.length > 0 ? (
          <ol className="chrono-list" aria-label="Dated passages">
            {dated.map((e) => item(e, true))}
          </ol>
        ) : null}
        {!byThread && undated.length > 0 ? (
          <section className="chrono-group" aria-labelledby="chrono-undated">
            <div className="chrono-group-head">
              <h3 id="chrono-undated" className="chrono-group-title">
                Undated
              </h3>
              <span className="chrono-group-meta">{plural(undated.length, 'passage')} with no date of their own or their document’s, last</span>
            </div>
            <ol className="chrono-list">{undated.map((e) => item(e, true))}</ol>
          </section>
        ) : null}
      </div>
    </section>
  );
}
