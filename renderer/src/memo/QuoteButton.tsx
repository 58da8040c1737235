// "Quote" on a highlight (its card, its chronology entry): puts it in the open (or last) memo, at the caret.
import { shortQuote } from '../tag-colors';
import { quoteInMemo } from './quote-command';
import { QUOTE_KEYS } from './use-memo-keys';

export function QuoteButton({ annotationId, quote, className }: { annotationId: string; quote: string; className: string }) {
  return (
    <button
      type="button"
      className={className}
      aria-label={`Quote “${shortQuote(quote, 40)}” in the memo`}
      aria-keyshortcuts={QUOTE_KEYS}
      title={`Quote in the memo (${QUOTE_KEYS}); or drag it into the memo`}
      onClick={() => quoteInMemo([annotationId])}
    >
      Quote
    </button>
  );
}
