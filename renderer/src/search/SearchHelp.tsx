// What the search field understands, shown while it is empty.
const EXAMPLES: readonly [string, string][] = [
  ['tasking deadline', 'both words'],
  ['"failed at this tasking"', 'the exact phrase'],
  ['egreg*', 'words that start so'],
  ['arrests OR removals', 'either word'],
  ['tasking -draft', 'without a word (or NOT draft)'],
  ['subject:urgent', 'in the subject (also people:, body:, note:)'],
  ['from:bram after:2017-02-11', 'filters typed in the query'],
];

export function SearchHelp() {
  return (
    <div className="search-help">
      <p className="search-help-lead">Search every message, page and note of the case.</p>
      <dl className="search-help-list">
        {EXAMPLES.map(([example, meaning]) => (
          <div key={example} className="search-help-row">
            <dt>
              <code>{example}</code>
            </dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <p className="search-help-keys">
        <kbd>↓</kbd> <kbd>↑</kbd> move through the hits, <kbd>Enter</kbd> opens one with its words selected — then <kbd>1</kbd>–<kbd>9</kbd> tag them.{' '}
        <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>F</kbd> comes back here, <kbd>Esc</kbd> goes back to the library.
      </p>
    </div>
  );
}
