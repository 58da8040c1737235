// An evidence quote as the memo shows it: the highlight's exact words (shortened only where the writer chose),
// its tags, note and citation, read fresh from the case. A click or Enter on the words opens the passage. A
// deleted highlight is flagged with its last words struck through; an orphaned one carries a warning.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, CLICK_COMMAND, COMMAND_PRIORITY_LOW, stopLexicalPropagation } from 'lexical';
import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { shortenedQuote } from '../../../shared/memo-state';
import { TagSwatch } from '../TagSwatch';
import { highlightColor, UNTAGGED_COLOR } from '../tag-colors';
import { useEvidence } from './evidence-context';
import { $isEvidenceQuoteNode, type EvidenceQuoteProps } from './EvidenceQuoteNode';
import { MemoCitationText } from './MemoCitationText';
import { OmissionEditor } from './OmissionEditor';
import './evidence-quote.css';


/** Events inside the quote's own controls are theirs, not the memo text's (Lexical would act on them too). */
const OWN_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'mousedown', 'pointerdown', 'click', 'dragstart', 'focusin'] as const;

function isControl(target: EventTarget | null, figure: HTMLElement): boolean {
  return target instanceof Element && target !== figure && figure.contains(target) && target.closest('button, input, .evq-omit') !== null;
}

export function EvidenceQuoteView({ nodeKey, annotationId, omissions }: EvidenceQuoteProps) {
  const [editor] = useLexicalComposerContext();
  const { store, citations, tags, openSource } = useEvidence();
  const evidence = store.get(annotationId);
  const lastWords = store.lastQuote(annotationId);
  const citation = citations.get(nodeKey);
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const [shortening, setShortening] = useState(false);
  const figure = useRef<HTMLElement>(null);
  const shortenButton = useRef<HTMLButtonElement>(null);
  const citeId = useId();
  const pairs = omissions.map(([start, end]) => [start!, end!] as [number, number]);

  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    const own = (event: Event) => {
      if (isControl(event.target, element)) stopLexicalPropagation(event);
    };
    for (const name of OWN_EVENTS) element.addEventListener(name, own);
    return () => {
      for (const name of OWN_EVENTS) element.removeEventListener(name, own);
    };
  }, []);

  // A click on the quote's frame (not its words or buttons) selects it as a whole: Delete then removes it.
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            const element = figure.current;
            if (!element || !(event.target instanceof Node) || !element.contains(event.target) || isControl(event.target, element)) return false;
            if (!event.shiftKey) clearSelection();
            setSelected(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, clearSelection, setSelected],
  );

  const setOmissions = (next: [number, number][]) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isEvidenceQuoteNode(node)) node.setOmissions(next);
    });
  const remove = () =>
    editor.update(() => {
      $getNodeByKey(nodeKey)?.remove();
    });

  const status = evidence === undefined ? 'loading' : evidence.status === 'deleted' ? 'deleted' : evidence.status === 'orphaned' ? 'orphaned' : 'ok';
  const quote = evidence?.quote ?? null;
  const shown = quote !== null ? shortenedQuote(quote, pairs) : lastWords !== null ? shortenedQuote(lastWords, pairs) : null;
  const color = evidence && evidence.tags.length > 0 ? highlightColor(evidence, tags) : UNTAGGED_COLOR;
  const className = ['evq', `evq-${status}`, selected ? 'evq-selected' : ''].filter(Boolean).join(' ');

  return (
    <figure ref={figure} className={className} data-annotation-id={annotationId} data-status={status} style={{ '--hl': color } as CSSProperties} aria-label="Evidence quote">
      <div className="evq-top">
        {evidence && evidence.tags.length > 0 ? (
          <ul className="evq-tags" aria-label="Tags">
            {evidence.tags.map((path) => (
              <li key={path} className="evq-tag" title={tags.get(path)?.description || undefined}>
                <TagSwatch color={tags.get(path)?.color ?? UNTAGGED_COLOR} />
                {tags.get(path)?.name ?? path}
              </li>
            ))}
          </ul>
        ) : (
          <span className="evq-tags evq-untagged">{status === 'ok' ? 'Untagged' : ''}</span>
        )}
        <div className="evq-actions">
          {pairs.length > 0 && status !== 'deleted' ? <span className="evq-shortened">Shortened</span> : null}
          <button
            ref={shortenButton}
            type="button"
            className="evq-action"
            aria-expanded={shortening}
            disabled={quote === null}
            title="Leave words out of the quote (an ellipsis shows where); the highlight keeps them"
            onClick={() => setShortening((now) => !now)}
          >
            Shorten…
          </button>
          <button type="button" className="evq-action evq-remove" aria-label="Remove this quote from the memo" title="Remove this quote from the memo (Ctrl+Z in the memo brings it back)" onClick={remove}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {status === 'deleted' ? (
        <p className="evq-flag evq-flag-deleted">
          <strong>Highlight deleted.</strong> This quote no longer has a source in the case: undo the deletion (Ctrl+Z outside the memo) or remove the quote.
        </p>
      ) : null}
      {status === 'orphaned' ? (
        <p className="evq-flag evq-flag-orphaned">
          <strong>Passage not found.</strong> The highlight’s words could not be found again in its document: check the quote against the source before relying on it.
        </p>
      ) : null}
      {status === 'deleted' ? (
        <blockquote className="evq-quote evq-quote-gone">{shown !== null ? <del>“{shown}”</del> : <span className="evq-missing">Its words were not read before it was deleted.</span>}</blockquote>
      ) : status === 'loading' ? (
        <blockquote className="evq-quote evq-quote-loading">{shown !== null ? `“${shown}”` : 'Reading the highlight…'}</blockquote>
      ) : (
        <blockquote className="evq-quote">
          <button type="button" className="evq-open" aria-describedby={citeId} title="Open the passage in the reader" onClick={() => openSource(annotationId)}>
            “{shown}”
          </button>
        </blockquote>
      )}
      {shortening && quote !== null ? (
        <OmissionEditor
          quote={quote}
          omissions={pairs}
          onDone={(next) => {
            if (next) setOmissions(next);
            setShortening(false);
            shortenButton.current?.focus();
          }}
        />
      ) : null}
      {evidence?.note ? (
        <p className="evq-note">
          <span className="evq-label">Note</span> {evidence.note}
        </p>
      ) : null}
      <figcaption id={citeId} className="evq-cite">
        {citation ? <MemoCitationText citation={citation} /> : status === 'loading' ? '' : status === 'deleted' ? 'No citation: the highlight is gone.' : ''}
      </figcaption>
    </figure>
  );
}
