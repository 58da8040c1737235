// The button that folds and unfolds a message's quoted history, saying how long it is and what it holds.
import { plural } from './format';

interface Props {
  expanded: boolean;
  lines: number;
  highlights: number;
  controls: string;
  onToggle(): void;
}

export function QuotedHistoryToggle({ expanded, lines, highlights, controls, onToggle }: Props) {
  const extra = highlights > 0 ? `, ${plural(highlights, 'highlight')}` : '';
  return (
    <button type="button" className="quoted-toggle" aria-expanded={expanded} aria-controls={controls} onClick={onToggle}>
      <span className="quoted-toggle-icon" aria-hidden="true">
        {expanded ? '▾' : '▸'}
      </span>
      {expanded ? 'Hide quoted history' : `Show quoted history (${plural(lines, 'line')}${extra})`}
    </button>
  );
}
