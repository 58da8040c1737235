// A card's quoted copies: "Quoted in 2 later messages", which opens to the list of them (date, sender,
// whether highlighted already), each opening the copy, and "Highlight the copies" to carry the highlight there.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AnnotationView, QuotedCopy } from '../../../shared/model';
import { call } from '../api';
import { displayName, plural, shortDate } from '../format';
import type { CardStory } from '../links/card-story';
import { report } from '../status-store';
import { summarizeCopies } from './copies-summary';
import { useSeen } from './use-seen';
import './quoted.css';

interface Props {
  highlight: AnnotationView;
  story: CardStory;
}

/** carryHighlight takes at most this many copies at once. */
const CARRY_LIMIT = 1000;

export function QuotedCopies({ highlight, story }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const seen = useSeen(holder);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [copies, setCopies] = useState<readonly QuotedCopy[] | undefined>(() => story.copies.peek(highlight));
  const { copies: cache } = story;
  const { id, modifiedAt } = highlight;

  // A new version (a note saved, a re-tag) is read again; the last copies stay shown meanwhile.
  useEffect(() => {
    const known = cache.peek({ id, modifiedAt });
    if (known) setCopies(known);
    if (known || !seen) return;
    let current = true;
    void cache.load({ id, modifiedAt }).then((list) => {
      if (current && list) setCopies(list);
    });
    return () => {
      current = false;
    };
  }, [cache, id, modifiedAt, seen]);

  const ownDate = story.messages.at(highlight.documentId, highlight.start)?.date ?? null;
  const summary = useMemo(() => (copies ? summarizeCopies(highlight, copies, story.highlights, ownDate) : null), [highlight, copies, story.highlights, ownDate]);

  if (!summary || summary.rows.length === 0) return <div ref={holder} className="hl-copies-probe" />;

  const done = summary.rows.length - summary.remaining.length;
  const state = summary.remaining.length === 0 ? ' · all highlighted' : done > 0 ? ` · ${done} highlighted` : '';

  const carry = async () => {
    setBusy(true);
    const targets = summary.remaining.slice(0, CARRY_LIMIT).map(({ documentId, start, end }) => ({ documentId, start, end }));
    const result = await call('carryHighlight', { annotationId: highlight.id, copies: targets });
    setBusy(false);
    if (!result) return;
    toggle.current?.focus();
    cache.forget(highlight.id);
    story.onChanged();
    const skipped = result.skipped > 0 ? ` (${result.skipped} already had it)` : '';
    report('info', `Highlighted ${plural(result.created.length, 'quoted copy', 'quoted copies')}${skipped}. Ctrl+Z takes them back.`);
  };

  return (
    <div ref={holder} className="hl-copies">
      <button ref={toggle} type="button" className="hl-copies-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span className="hl-copies-caret" aria-hidden="true" />
        <span>
          {summary.line}
          <span className="hl-copies-state">{state}</span>
        </span>
      </button>
      <div id={listId} className="hl-copies-body" hidden={!open}>
        <ul className="hl-copies-list" aria-label="Quoted copies">
          {summary.rows.map(({ copy, highlighted }) => (
            <li key={`${copy.documentId}:${copy.start}`}>
              <button
                type="button"
                className="hl-copy"
                title="Open this copy, selected"
                onClick={() => story.onOpenRange(copy.documentId, copy.start, copy.end)}
              >
                <time className="hl-copy-date" dateTime={copy.date ?? undefined}>
                  {shortDate(copy.date) || 'Undated'}
                </time>
                <span className="hl-copy-from">{copy.messageId !== null ? displayName(copy.from) : (story.documents.get(copy.documentId)?.title ?? 'Document')}</span>
                {highlighted ? (
                  <span className="hl-copy-done">
                    <span aria-hidden="true">✓ </span>highlighted
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
        {summary.remaining.length > 0 ? (
          <button type="button" className="button hl-copies-carry" disabled={busy} onClick={() => void carry()}>
            {done > 0 ? `Highlight the copies (${summary.remaining.length} left)` : 'Highlight the copies'}
          </button>
        ) : null}
      </div>
    </div>
  );
}
