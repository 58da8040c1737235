// The "Link…" picker: a small modal dialog to choose a relation and, from a filterable list of the case's
// other highlights (tags, quote, subject, date, sender), the other end. Arrows move in the list, Enter
// picks the highlight and then links, Escape cancels.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LINK_RELATIONS, type AnnotationView, type LinkRelation } from '../../../shared/model';
import { call } from '../api';
import { plural, shortDate } from '../format';
import { getStatus, report } from '../status-store';
import { TagSwatch } from '../TagSwatch';
import { shortQuote } from '../tag-colors';
import type { CardStory } from './card-story';
import { alreadyLinked, buildCandidates, filterCandidates, likelyRelation, type LinkCandidate } from './link-candidates';
import { useModal } from '../use-modal';

interface Props {
  source: AnnotationView;
  story: CardStory;
  onClose(): void;
}

/** Matches listed at once; typing narrows the rest down. */
const SHOWN = 150;
const PAGE = 8;

export function LinkPicker({ source, story, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const linkButton = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const [relation, setRelation] = useState<LinkRelation>(() => likelyRelation(source, story.tags));
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const filter = useRef<HTMLInputElement>(null);
  // Open as a modal with focus in the filter (showModal alone would focus the first control, the relation).
  useModal(dialog, () => filter.current, false);

  const candidates = useMemo(
    () => buildCandidates(source, story.highlights, story.messages, story.documents, story.tags),
    [source, story.highlights, story.messages, story.documents, story.tags],
  );
  const matches = useMemo(() => filterCandidates(candidates, query), [candidates, query]);
  const shown = matches.slice(0, SHOWN);
  const linked = (c: LinkCandidate) => alreadyLinked(source, c.highlight.id, relation);
  const pickable = shown.filter((c) => !linked(c));
  // The active option stays where the user put it while it is still listed; else the first that can be picked.
  const activeId = active !== null && pickable.some((c) => c.highlight.id === active) ? active : (pickable[0]?.highlight.id ?? null);
  const activeIndex = shown.findIndex((c) => c.highlight.id === activeId);
  const chosenCandidate = chosen !== null ? candidates.find((c) => c.highlight.id === chosen && !linked(c)) : undefined;
  const optionId = (index: number) => `${ids}-option-${index}`;

  useEffect(() => {
    if (activeIndex >= 0) window.document.getElementById(`${ids}-option-${activeIndex}`)?.scrollIntoView({ block: 'nearest' });
  }, [ids, activeIndex]);

  const move = (by: number) => {
    if (pickable.length === 0) return;
    const at = pickable.findIndex((c) => c.highlight.id === activeId);
    const next = Math.min(pickable.length - 1, Math.max(0, at + by));
    setActive(pickable[next]!.highlight.id);
  };

  const choose = (id: string) => {
    setChosen(id);
    setActive(id);
    setError(null);
  };

  const onListKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE, PageUp: -PAGE }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(step);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeId === null) return;
      if (chosenCandidate && activeId === chosenCandidate.highlight.id) {
        void submit();
        return;
      }
      choose(activeId);
      // The next Enter (on Link) makes the link; Shift+Tab comes back to the list.
      requestAnimationFrame(() => linkButton.current?.focus());
    }
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!chosenCandidate || busy) return;
    setBusy(true);
    const made = await call('linkAnnotations', { from: source.id, to: chosenCandidate.highlight.id, relation });
    setBusy(false);
    if (!made) {
      const status = getStatus();
      setError(status?.kind === 'error' ? status.text : 'The link could not be made.');
      return;
    }
    story.onChanged();
    report('info', `Linked: “${shortQuote(source.quote, 40)}” ${relation} “${shortQuote(made.to.quote, 40)}”. Ctrl+Z undoes it.`);
    onClose();
  }

  return (
    // Keys typed here are the picker's: they must not reach the reader's keys (1–9 tag a selection) or the case's Ctrl+Z.
    <dialog
      ref={dialog}
      className="link-picker"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => event.stopPropagation()}
    >
      <form className="link-picker-form" onSubmit={(event) => void submit(event)}>
        <h2 id={`${ids}-title`} className="link-picker-title">
          Link this highlight
        </h2>
        <p className="link-picker-source">
          <q>{shortQuote(source.quote, 160)}</q>
        </p>
        <label className="link-picker-field">
          <span className="link-picker-label">Relation</span>
          <select
            className="link-picker-select"
            value={relation}
            onChange={(event) => {
              setRelation(event.target.value as LinkRelation);
              setError(null);
            }}
          >
            {LINK_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <label className="link-picker-label" htmlFor={`${ids}-filter`}>
          Link to
        </label>
        <input
          id={`${ids}-filter`}
          className="link-picker-filter"
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${ids}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${ids}-count`}
          placeholder="Filter by words, tag, subject, sender or date"
          autoComplete="off"
          spellCheck={false}
          ref={filter}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(null);
          }}
          onKeyDown={onListKey}
        />
        <ul id={`${ids}-list`} className="link-options" role="listbox" aria-label="Highlights to link to">
          {shown.map((c, index) => {
            const disabled = linked(c);
            const className = ['link-option', index === activeIndex ? 'link-option-active' : '', c.highlight.id === chosenCandidate?.highlight.id ? 'link-option-chosen' : '']
              .filter(Boolean)
              .join(' ');
            return (
              // The combobox above keeps focus and moves through these with the arrows; a click picks one.
              <li
                key={c.highlight.id}
                id={optionId(index)}
                role="option"
                className={className}
                aria-selected={c.highlight.id === chosenCandidate?.highlight.id}
                aria-disabled={disabled || undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => (disabled ? undefined : choose(c.highlight.id))}
              >
                <span className="link-option-tags">
                  {c.highlight.tags.length === 0 ? <span className="link-option-tag">Untagged</span> : null}
                  {c.highlight.tags.map((path) => {
                    const tag = story.tags.get(path);
                    return (
                      <span key={path} className="link-option-tag" title={tag?.description || undefined}>
                        <TagSwatch color={tag?.color ?? '#868e96'} />
                        {tag?.name ?? path}
                      </span>
                    );
                  })}
                  {disabled ? <span className="link-option-linked">already linked</span> : null}
                </span>
                <q className="link-option-quote">{shortQuote(c.highlight.quote, 160)}</q>
                <span className="link-option-meta">{[c.subject, shortDate(c.date), c.from].filter(Boolean).join(' · ')}</span>
              </li>
            );
          })}
        </ul>
        <p id={`${ids}-count`} className="link-picker-count" role="status">
          {candidates.length === 0
            ? 'There are no other highlights in this case yet.'
            : matches.length === 0
              ? 'No highlight matches.'
              : matches.length > shown.length
                ? `${plural(matches.length, 'highlight')} match; the first ${shown.length} are listed.`
                : `${plural(matches.length, 'highlight')} ${matches.length === 1 ? 'matches' : 'match'}.`}
        </p>
        <p className="link-picker-sentence" aria-live="polite">
          {chosenCandidate ? (
            <>
              This highlight <strong>{relation}</strong> <q>{shortQuote(chosenCandidate.highlight.quote, 80)}</q>
            </>
          ) : (
            'Pick the highlight to link to: arrows and Enter, or a click.'
          )}
        </p>
        {error ? (
          <p className="link-picker-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="link-picker-buttons">
          <button type="button" className="button button-quiet" onClick={onClose}>
            Cancel
          </button>
          <button ref={linkButton} type="submit" className="button button-primary" disabled={!chosenCandidate || busy}>
            Link
          </button>
        </div>
      </form>
    </dialog>
  );
}
