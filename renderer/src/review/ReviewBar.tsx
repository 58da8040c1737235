// The review bar over the reader: marks what the reader shows (the open message, or a document on its own)
// reviewed or flagged, says who reviewed it and when, and goes on to the next unreviewed item in the library's
// order. Keys: Alt+R reviewed, Alt+G flag, Alt+N reviewed and next (none of the reader's or the case's own).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DocumentSummary, MessageSummary } from '../../../shared/model';
import { call } from '../api';
import { report } from '../status-store';
import { isTyping } from '../use-reader-keys';
import { CheckIcon, FlagIcon } from './ReviewIcons';
import { canOpenNext, openNext, subscribeNext } from './review-next';
import { recallReview, rememberReview, reviewedText, reviewTarget, type Mark } from './review-state';
import './review.css';

export interface ReviewBarProps {
  document: DocumentSummary;
  /** The open message, or null when the reader shows a document on its own. */
  message: MessageSummary | null;
  /** Review state changed: read the library again. */
  onChanged(): void;
}

/** Alt with a letter the menus do not use (File, Edit, View, Help); by key position, so layouts and macOS's Option characters do not matter. */
const KEYS: Record<string, 'reviewed' | 'flag' | 'next'> = { KeyR: 'reviewed', KeyG: 'flag', KeyN: 'next' };

export function ReviewBar({ document, message, onChanged }: ReviewBarProps) {
  const target = reviewTarget(document, message);
  // What setReview answered, shown until the library's summaries (read again through onChanged) catch up.
  const [pending, setPending] = useState<(Mark & { key: string }) | null>(null);
  useEffect(() => setPending(null), [target.key, target.reviewed, target.flagged]);
  const mark: Mark = pending?.key === target.key ? pending : target;
  const text = reviewedText(mark, recallReview(document, target.key, mark));
  const nextShown = useSyncExternalStore(subscribeNext, canOpenNext);
  const busy = useRef(false);

  async function change(patch: Partial<Mark>, done: string): Promise<boolean> {
    // One change at a time: a second press would be computed from the mark the first is changing.
    if (busy.current) return false;
    busy.current = true;
    try {
      const state = await call('setReview', { ...target.input, ...patch });
      if (!state) return false;
      rememberReview(document, target.key, state);
      setPending({ key: target.key, reviewed: state.reviewed, flagged: state.flagged });
      onChanged();
      report('info', done);
      return true;
    } finally {
      busy.current = false;
    }
  }

  const actions = {
    reviewed: () => change({ reviewed: !mark.reviewed }, mark.reviewed ? 'Marked not reviewed. Ctrl+Z to undo.' : 'Marked reviewed. Ctrl+Z to undo.'),
    flag: () => change({ flagged: !mark.flagged }, mark.flagged ? 'Flag removed. Ctrl+Z to undo.' : 'Flagged for follow-up. Ctrl+Z to undo.'),
    next: async () => {
      if (!canOpenNext()) {
        report('info', 'Show the library to go on to the next unreviewed item.');
        return;
      }
      const marked = !mark.reviewed;
      if (marked && !(await change({ reviewed: true }, 'Marked reviewed.'))) return;
      // Opening another item clears the status line, so this is said after.
      const opened = openNext(target.key);
      const start = marked ? 'Marked reviewed. ' : '';
      report('info', opened ? `${start}Opened the next unreviewed item.` : `${start}Nothing listed is left to review.`);
    },
  };
  const latest = useRef(actions);
  latest.current = actions;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented || isTyping(event.target)) return;
      const name = KEYS[event.code];
      if (!name) return;
      event.preventDefault();
      if (!event.repeat) void latest.current[name]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);


  return (
    <div className="review-bar" role="group" aria-label={`Review of this ${target.noun}`}>
      <button
        type="button"
        className="review-button review-button-reviewed"
        aria-pressed={mark.reviewed}
        aria-keyshortcuts="Alt+R"
        title={mark.reviewed ? 'Reviewed; press to mark it not reviewed (Alt+R)' : `Mark this ${target.noun} reviewed (Alt+R)`}
        onClick={() => void actions.reviewed()}
      >
        <span className="review-box" aria-hidden="true">
          {mark.reviewed ? <CheckIcon size={11} /> : null}
        </span>
        Mark reviewed
      </button>
      <button
        type="button"
        className="review-button review-button-flag"
        aria-pressed={mark.flagged}
        aria-keyshortcuts="Alt+G"
        title={mark.flagged ? 'Flagged; press to remove the flag (Alt+G)' : `Flag this ${target.noun} for follow-up (Alt+G)`}
        onClick={() => void actions.flag()}
      >
        <FlagIcon size={13} filled={mark.flagged} />
        Flag
      </button>
      <span className={`review-status${mark.reviewed ? ' review-status-done' : ''}`} title={text}>
        {text}
      </span>
      {nextShown ? (
        <button
          type="button"
          className="review-button review-button-next"
          aria-keyshortcuts="Alt+N"
          title="Mark reviewed and open the next unreviewed item in the library's order (Alt+N)"
          onClick={() => void actions.next()}
        >
          Reviewed, next
          <span aria-hidden="true">→</span>
        </button>
      ) : null}
    </div>
  );
}
