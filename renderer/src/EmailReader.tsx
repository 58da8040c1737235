// The reader: a message's header block and its body (or a whole document's text) with highlights drawn in,
// the floating tag toolbar, and the keys that turn a selection into a highlight.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AnnotationView, DocumentSummary, MessageSummary, TagView } from '../../shared/model';
import { call } from './api';
import { DocumentHeader, MessageHeader } from './MessageHeader';
import { quotedHistoryStart } from './quoted-history';
import { QuotedHistoryToggle } from './QuotedHistoryToggle';
import { markRevealed, selectTextRange, wasRevealed } from './reader-editor/reveal-range';
import { ReaderText } from './reader-editor/ReaderText';
import { SelectionToolbar } from './SelectionToolbar';
import type { TagIndex } from './tag-colors';
import type { RevealRequest } from './reveal';
import type { FocusRequest, HighlightActions } from './use-highlights';
import { useReaderKeys } from './use-reader-keys';
import { useSelectionToolbar } from './use-selection-toolbar';

interface Props {
  document: DocumentSummary;
  message: MessageSummary | null;
  highlights: readonly AnnotationView[];
  tags: readonly TagView[];
  tagIndex: TagIndex;
  focusRequest: FocusRequest | null;
  /** A range to show and select (a search hit); acted on when it is this document's. */
  reveal: RevealRequest | null;
  actions: HighlightActions;
  onEditNote(id: string): void;
  /** Shown below the body inside the page (e.g. the message's attachments). */
  children?: ReactNode;
}

const READER_TEXT_ID = 'reader-text';

function useDocumentText(documentId: number): string | null {
  const [loaded, setLoaded] = useState<{ documentId: number; text: string } | null>(null);
  useEffect(() => {
    let current = true;
    void call('documentText', { documentId }).then((result) => {
      if (current && result) setLoaded({ documentId, text: result.text });
    });
    return () => {
      current = false;
    };
  }, [documentId]);
  return loaded?.documentId === documentId ? loaded.text : null;
}

export function EmailReader({ document, message, highlights, tags, tagIndex, focusRequest, reveal, actions, onEditNote, children }: Props) {
  const text = useDocumentText(document.id);
  const textRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const toolbar = useSelectionToolbar(textRef);
  useReaderKeys({ textRef, tags, actions, onEditNote });

  // A highlight that moved or changed colour moves the toolbar with it.
  const { refresh } = toolbar;
  useEffect(() => {
    refresh();
  }, [highlights, refresh]);

  // A new message starts at its top, with its quoted history folded (unfolding is per message).
  // (Braces: newer Chromium returns a promise from scrollTo, which React would take for a cleanup.)
  const shownKey = `${document.id}:${message?.id ?? ''}`;
  const [unfoldedKey, setUnfoldedKey] = useState<string | null>(null);
  const unfolded = unfoldedKey === shownKey;
  const [foldedAt, setFoldedAt] = useState<number | null>(null);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [document.id, message?.id]);

  const onTag = useCallback(
    (tag: TagView) => {
      const state = toolbar.state;
      if (state?.mode === 'create') void actions.create(state.range, tag);
      else if (state?.mode === 'edit') void actions.retag(state.id, tag);
    },
    [toolbar.state, actions],
  );

  const from = message ? Math.max(message.bodyStart, message.start) : 0;
  const to = Math.min(message ? message.end : Infinity, text?.length ?? 0);
  const quoteAt = useMemo(() => (text !== null && message ? quotedHistoryStart(text, from, to) : null), [text, message, from, to]);
  const quoted = quoteAt === null ? [] : highlights.filter((h) => h.end > quoteAt && h.start < to);
  // Going to a highlight in the folded part unfolds it, until the user folds it again.
  const wanted = focusRequest?.id && focusRequest.serial !== foldedAt ? quoted.some((h) => h.id === focusRequest.id) : false;
  const expanded = quoteAt === null || unfolded || wanted;
  const shownTo = expanded || quoteAt === null ? to : quoteAt;
  const editing = toolbar.state?.mode === 'edit' ? toolbar.state.id : null;

  // A range to reveal (a search hit): unfold the quoted history if it lies there, then select it. After
  // the scroll to the top above, and after the text is drawn (a child's layout effect), so it stays.
  useEffect(() => {
    if (!reveal || reveal.documentId !== document.id || text === null || wasRevealed(reveal)) return;
    const start = Math.max(reveal.start, from);
    const end = Math.min(reveal.end, to);
    // Nothing of it in this message's text (e.g. a match in the subject): the message is what there is to show.
    if (end <= start) {
      markRevealed(reveal);
      return;
    }
    if (quoteAt !== null && end > quoteAt && !expanded) {
      setUnfoldedKey(shownKey);
      return;
    }
    if (textRef.current && selectTextRange(textRef.current, start, end, textRef.current, scrollRef.current)) markRevealed(reveal);
  }, [reveal, document.id, text, from, to, quoteAt, expanded, shownKey]);

  return (
    <section className="reader" aria-label="Reader">
      <div className="reader-scroll" ref={scrollRef}>
        <article className="reader-page">
          {message ? <MessageHeader message={message} document={document} /> : <DocumentHeader document={document} />}
          {text === null ? (
            <p className="reader-loading">Loading…</p>
          ) : (
            <ReaderText
              ref={textRef}
              id={READER_TEXT_ID}
              text={text}
              from={from}
              to={shownTo}
              highlights={highlights}
              tags={tagIndex}
              focusRequest={focusRequest}
              label={message ? 'Message text' : 'Document text'}
              onHighlightClick={actions.focus}
            />
          )}
          {text !== null && quoteAt !== null ? (
            <QuotedHistoryToggle
              expanded={expanded}
              lines={text.slice(quoteAt, to).trim().split('\n').length}
              highlights={quoted.length}
              controls={READER_TEXT_ID}
              onToggle={() => {
                setUnfoldedKey(expanded ? null : shownKey);
                if (expanded) setFoldedAt(focusRequest?.serial ?? null);
              }}
            />
          ) : null}
          {children}
        </article>
      </div>
      <SelectionToolbar
        state={toolbar.state}
        tags={tags}
        highlight={editing ? highlights.find((h) => h.id === editing) : undefined}
        onTag={onTag}
        onEditNote={onEditNote}
        onDelete={(id) => void actions.remove(id)}
      />
    </section>
  );
}
