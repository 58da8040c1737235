// Shortening a quote: its words as toggles — pressed ones are left out (shown as "…"). Click a word, drag across
// words, or Shift+click for a run; ←/→ move, Space toggles, Shift+←/→ extends. Done keeps the choice; Restore full
// quote clears it; Escape cancels. The highlight's words stay whole in the case: only the memo shows fewer.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { shortenedQuote } from '../../../shared/memo-state';
import { omissionsFromWords, omittedWords, quoteWords, sameOmissions, setWordRange } from './omission-words';

interface Props {
  quote: string;
  omissions: readonly (readonly [number, number])[];
  /** The new omissions, or null when nothing changed (cancelled). */
  onDone(omissions: [number, number][] | null): void;
}

export function OmissionEditor({ quote, omissions, onDone }: Props) {
  const words = useMemo(() => quoteWords(quote), [quote]);
  const [left, setLeft] = useState<boolean[]>(() => omittedWords(words, omissions));
  const [current, setCurrent] = useState(0);
  const anchor = useRef(0);
  // While the mouse button is down over the words, every word crossed gets the first one's new state.
  const painting = useRef<boolean | null>(null);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const next = useMemo(() => omissionsFromWords(words, left), [words, left]);
  const everything = left.length > 0 && left.every(Boolean);
  const changed = !sameOmissions(next, omissions);

  const focusWord = (i: number) => {
    const at = Math.max(0, Math.min(words.length - 1, i));
    setCurrent(at);
    buttons.current[at]?.focus();
    return at;
  };

  function onWordKey(event: KeyboardEvent<HTMLButtonElement>, i: number): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      const to = focusWord(i + step);
      if (event.shiftKey) setLeft((old) => setWordRange(old, anchor.current, to, old[anchor.current] ?? true));
      else anchor.current = to;
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      anchor.current = focusWord(event.key === 'Home' ? 0 : words.length - 1);
    }
  }

  return (
    <div
      className="evq-omit"
      role="group"
      aria-label="Shorten the quote"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone(null);
        }
      }}
      onMouseUp={() => (painting.current = null)}
      onMouseLeave={() => (painting.current = null)}
    >
      <p className="evq-omit-help">
        Press the words to leave out: click, drag across, or Shift+click a run; ←/→ and Space from the keyboard. The highlight keeps every word.
      </p>
      <div className="evq-words" role="toolbar" aria-label="Words of the quote (pressed: left out)">
        {words.map((word, i) => (
          <button
            key={word.start}
            ref={(button) => {
              buttons.current[i] = button;
            }}
            type="button"
            className="evq-word"
            aria-pressed={left[i] ?? false}
            tabIndex={i === current ? 0 : -1}
            onFocus={() => setCurrent(i)}
            onKeyDown={(event) => onWordKey(event, i)}
            onMouseDown={(event) => {
              event.preventDefault();
              const value = !(left[i] ?? false);
              if (event.shiftKey) setLeft((old) => setWordRange(old, anchor.current, i, value));
              else {
                anchor.current = i;
                painting.current = value;
                setLeft((old) => setWordRange(old, i, i, value));
              }
              focusWord(i);
            }}
            onMouseEnter={() => {
              if (painting.current !== null) setLeft((old) => setWordRange(old, i, i, painting.current!));
            }}
            onClick={(event) => {
              // A click by keyboard (Space, Enter) toggles; the mouse already did on mousedown.
              if (event.detail === 0) {
                anchor.current = i;
                setLeft((old) => setWordRange(old, i, i, !(old[i] ?? false)));
              }
            }}
          >
            {word.text}
          </button>
        ))}
      </div>
      <p className="evq-omit-preview">
        <span className="evq-label">The memo will show</span> {everything ? <em>nothing — keep at least one word</em> : `“${shortenedQuote(quote, next)}”`}
      </p>
      <div className="evq-omit-actions">
        <button type="button" className="button memo-small button-primary" disabled={everything} onClick={() => onDone(changed ? next : null)}>
          Done
        </button>
        <button type="button" className="button memo-small" disabled={!left.some(Boolean)} onClick={() => setLeft(words.map(() => false))}>
          Restore full quote
        </button>
        <button type="button" className="button button-quiet memo-small" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
