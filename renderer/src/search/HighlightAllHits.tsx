// "Highlight all hits…": pick a tag, see how many highlights that makes (a dry run, and how many exist
// already), confirm, and the matches are highlighted as one step — which the Undo button here takes back.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHighlights, TagView } from '../../../shared/model';
import { call } from '../api';
import { plural } from '../format';
import { TagSwatch } from '../TagSwatch';
import { attempt } from '../attempt';
import type { SearchParams } from './search-request';

interface Props {
  /** The search the results show; null when there is none. */
  params: SearchParams | null;
  /** Hits with a passage in the text (note hits are not highlighted again). */
  textHits: number;
  tags: readonly TagView[];
  /** The tag the search is filtered by, offered first. */
  preferredTag: string;
  onChanged(): void;
}

type Step =
  | { kind: 'closed' }
  | { kind: 'confirm'; tag: string }
  | { kind: 'working'; tag: string }
  | { kind: 'done'; tag: string; created: number }
  | { kind: 'said'; text: string };

type Count = { tag: string; params: SearchParams; result: SearchHighlights } | { tag: string; params: SearchParams; error: string };

/** The label main's history gives the step (main/ipc/evidence-service.ts): Undo takes back only that one. */
const stepLabel = (created: number) => `${plural(created, 'highlight')} created from search`;

function defaultTag(tags: readonly TagView[], preferred: string): string {
  if (preferred && tags.some((t) => t.path === preferred)) return preferred;
  const keyed = tags.filter((t) => t.key !== null).sort((a, b) => a.key! - b.key!);
  return (keyed[0] ?? tags[0])?.path ?? '';
}

export function HighlightAllHits({ params, textHits, tags, preferredTag, onChanged }: Props) {
  const [step, setStep] = useState<Step>({ kind: 'closed' });
  const [count, setCount] = useState<Count | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const tagRef = useRef<HTMLSelectElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'tag' | 'undo' | 'open' | null>(null);
  const id = useId();
  const tagName = (path: string) => tags.find((t) => t.path === path)?.name ?? path;

  // The dry run, again whenever the tag or the search changes while the confirmation is open.
  const confirmTag = step.kind === 'confirm' ? step.tag : null;
  useEffect(() => {
    if (confirmTag === null || params === null) return;
    let current = true;
    setCount(null);
    void attempt('highlightAllHits', { ...params, tags: [confirmTag], dryRun: true }).then((outcome) => {
      if (!current) return;
      setCount(outcome.ok ? { tag: confirmTag, params, result: outcome.value } : { tag: confirmTag, params, error: outcome.error });
    });
    return () => {
      current = false;
    };
  }, [confirmTag, params]);

  useEffect(() => {
    const target = focusNext.current === 'tag' ? tagRef.current : focusNext.current === 'undo' ? undoRef.current : focusNext.current === 'open' ? openRef.current : null;
    if (!target) return;
    focusNext.current = null;
    target.focus();
  });

  const go = (next: Step, focus: 'tag' | 'undo' | 'open' | null) => {
    focusNext.current = focus;
    setStep(next);
  };

  const create = async (tag: string) => {
    if (params === null) return;
    go({ kind: 'working', tag }, null);
    const outcome = await attempt('highlightAllHits', { ...params, tags: [tag] });
    if (!outcome.ok) {
      setCount({ tag, params, error: outcome.error });
      go({ kind: 'confirm', tag }, 'tag');
      return;
    }
    const made = outcome.value.created.length;
    go(made > 0 ? { kind: 'done', tag, created: made } : { kind: 'said', text: 'Every match already had this highlight: nothing was made.' }, made > 0 ? 'undo' : 'open');
    if (made > 0) onChanged();
  };

  const undo = async (created: number) => {
    const done = await call('undo', {});
    if (!done) return;
    if (done.undone === stepLabel(created)) {
      go({ kind: 'said', text: `Undone: the ${plural(created, 'highlight')} from this search are gone.` }, 'open');
    } else if (done.undone === null) {
      go({ kind: 'said', text: 'Nothing to undo: these highlights were already taken back.' }, 'open');
    } else {
      // Something else was the last change: put it back, and say so.
      await call('redo', {});
      go({ kind: 'said', text: `Not undone: other changes came after these highlights (the last: ${done.undone}). Undo them in turn with Ctrl+Z.` }, 'open');
    }
    onChanged();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape') return;
    // Escape closes this step, not the search panel.
    event.stopPropagation();
    go({ kind: 'closed' }, 'open');
  };

  const canOpen = params !== null && textHits > 0 && tags.length > 0;
  const opener = (
    <button
      ref={openRef}
      type="button"
      className="button button-quiet search-bulk-open"
      disabled={!canOpen}
      aria-expanded={step.kind === 'confirm' || step.kind === 'working'}
      aria-controls={`${id}-bulk`}
      onClick={() => go({ kind: 'confirm', tag: defaultTag(tags, preferredTag) }, 'tag')}
      title={tags.length === 0 ? 'The case has no tags yet' : 'Highlight every match of this search with a tag, in one step you can undo'}
    >
      Highlight all hits…
    </button>
  );

  if (step.kind === 'closed') return <div className="search-bulk">{opener}</div>;
  if (step.kind === 'done' || step.kind === 'said') {
    return (
      <div className="search-bulk">
        {opener}
        <div className="search-bulk-outcome" role="status">
          <p>{step.kind === 'done' ? `Made ${plural(step.created, 'highlight')} tagged “${tagName(step.tag)}”.` : step.text}</p>
          <div className="search-bulk-actions">
            {step.kind === 'done' ? (
              <button ref={undoRef} type="button" className="button search-bulk-button" onClick={() => void undo(step.created)}>
                Undo
              </button>
            ) : null}
            <button type="button" className="button button-quiet" onClick={() => go({ kind: 'closed' }, 'open')}>
              Dismiss
            </button>
          </div>
        </div>
      </div>
    );
  }

  const tag = step.tag;
  const counted = count && count.tag === tag && count.params === params ? count : null;
  const result = counted && 'result' in counted ? counted.result : null;
  const working = step.kind === 'working';
  const color = tags.find((t) => t.path === tag)?.color;
  return (
    <div className="search-bulk">
      {opener}
      <section id={`${id}-bulk`} className="search-bulk-confirm" role="group" aria-label="Highlight all hits" onKeyDown={onKeyDown}>
        <label className="search-bulk-tag">
          <span>Tag every match as</span>
          <span className="search-bulk-select">
            {color ? <TagSwatch color={color} /> : null}
            <select ref={tagRef} className="filter-input" value={tag} disabled={working} onChange={(e) => setStep({ kind: 'confirm', tag: e.target.value })}>
              {tags.map((t) => (
                <option key={t.path} value={t.path}>
                  {t.path}
                </option>
              ))}
            </select>
          </span>
        </label>
        <p className={counted && 'error' in counted ? 'search-bulk-count search-bulk-error' : 'search-bulk-count'} role="status">
          {counted === null
            ? 'Counting the matches…'
            : 'error' in counted
              ? counted.error
              : result!.planned === 0
                ? `Every match already has a “${tagName(tag)}” highlight (${plural(result!.skipped, 'match', 'matches')}).`
                : `This makes ${plural(result!.planned, 'highlight')} tagged “${tagName(tag)}”${result!.skipped > 0 ? `; ${plural(result!.skipped, 'match', 'matches')} already ${result!.skipped === 1 ? 'has' : 'have'} one` : ''}.`}
        </p>
        <div className="search-bulk-actions">
          <button type="button" className="button button-primary search-bulk-button" disabled={working || !result || result.planned === 0} onClick={() => void create(tag)}>
            {working ? 'Highlighting…' : result && result.planned > 0 ? `Highlight ${plural(result.planned, 'match', 'matches')}` : 'Highlight'}
          </button>
          <button type="button" className="button button-quiet" disabled={working} onClick={() => go({ kind: 'closed' }, 'open')}>
            Cancel
          </button>
        </div>
      </section>
    </div>
  );
}
