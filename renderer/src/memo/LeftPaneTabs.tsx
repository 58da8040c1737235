// The left pane's tabs: the library, search and the memos. ←/→ move between them; Enter or Space shows one
// (search takes focus into its field when it opens, so arrowing across it must not open it).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './memo-list.css';

export type LeftPane = 'library' | 'search' | 'memos';

const TABS: readonly { pane: LeftPane; label: string; keys?: string }[] = [
  { pane: 'library', label: 'Library' },
  { pane: 'search', label: 'Search', keys: 'Control+Shift+F' },
  { pane: 'memos', label: 'Memos' },
];

export const leftTabId = (pane: LeftPane) => `left-tab-${pane}`;
export const LEFT_PANEL_ID = 'left-panel';

interface Props {
  pane: LeftPane;
  onPane(pane: LeftPane): void;
  children: ReactNode;
}

export function LeftPaneTabs({ pane, onPane, children }: Props) {
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const selected = TABS.findIndex((t) => t.pane === pane);
  // The tab the arrows are on (one tab stop): the one shown, until the arrows move.
  const [focused, setFocused] = useState(selected);
  useEffect(() => setFocused(selected), [selected]);
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, at: number): void {
    const n = TABS.length;
    const to = event.key === 'ArrowRight' ? (at + 1) % n : event.key === 'ArrowLeft' ? (at - 1 + n) % n : event.key === 'Home' ? 0 : event.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    event.preventDefault();
    setFocused(to);
    tabs.current[to]?.focus();
  }
  return (
    <div className="left-pane">
      <div className="left-tabs" role="tablist" aria-label="Left pane">
        {TABS.map((tab, i) => (
          <button
            key={tab.pane}
            ref={(button) => {
              tabs.current[i] = button;
            }}
            id={leftTabId(tab.pane)}
            type="button"
            role="tab"
            className="left-tab"
            aria-selected={tab.pane === pane}
            aria-controls={tab.pane === pane ? LEFT_PANEL_ID : undefined}
            aria-keyshortcuts={tab.keys}
            tabIndex={i === focused ? 0 : -1}
            onClick={() => onPane(tab.pane)}
            onBlur={(event) => {
              // Leaving the tabs: the tab stop goes back to the one shown.
              if (!(event.relatedTarget instanceof Node && event.currentTarget.parentElement?.contains(event.relatedTarget))) setFocused(selected);
            }}
            onKeyDown={(event) => onKeyDown(event, i)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={LEFT_PANEL_ID} className="left-panel" role="tabpanel" aria-labelledby={leftTabId(pane)}>
        {children}
      </div>
    </div>
  );
}
