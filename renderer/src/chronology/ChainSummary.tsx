// The chains links make, one line each in date order (order → response → failure report); a step jumps to its passage.
import { shortDate } from '../format';
import { TagSwatch } from '../TagSwatch';
import { shortQuote, UNTAGGED_COLOR, type TagIndex } from '../tag-colors';
import type { Chain } from './chronology-model';

interface Props {
  chains: readonly Chain[];
  /** Each passage's number in the whole chronology. */
  numbers: ReadonlyMap<string, number>;
  /** The passages the filters let through; the others are shown faded. */
  shown: ReadonlySet<string>;
  tags: TagIndex;
  onJump(annotationId: string): void;
}

export function ChainSummary({ chains, numbers, shown, tags, onJump }: Props) {
  return (
    <section className="chrono-chains" aria-labelledby="chrono-chains-title">
      <h3 id="chrono-chains-title" className="chrono-section-title">
        Linked chains
      </h3>
      <ol className="chrono-chain-list">
        {chains.map((chain) => (
          <li key={chain.number} className="chrono-chain">
            <span className="chrono-chain-name">Chain {chain.number}:</span>
            {chain.steps.map((step, i) => {
              const first = step.tags[0];
              const hidden = !shown.has(step.annotationId);
              return (
                <span key={step.annotationId} className="chrono-chain-part">
                  {i > 0 ? (
                    <span className="chrono-chain-arrow">
                      <span aria-hidden="true">→</span>
                      <span className="chrono-sr-only">then</span>
                    </span>
                  ) : null}
                  <button
                    type="button"
                    className={hidden ? 'chrono-chain-step chrono-chain-step-hidden' : 'chrono-chain-step'}
                    title={`${numbers.get(step.annotationId)}. “${shortQuote(step.quote, 120)}”${hidden ? ' — hidden by the filters' : ''}`}
                    onClick={() => onJump(step.annotationId)}
                  >
                    <TagSwatch color={(first && tags.get(first)?.color) || UNTAGGED_COLOR} />
                    <span className="chrono-chain-tag">{step.tags.map((path) => tags.get(path)?.name ?? path).join(', ')}</span>
                    <span className="chrono-chain-date">{step.date ? shortDate(step.date) : 'undated'}</span>
                    {hidden ? <span className="chrono-sr-only"> (hidden by the filters)</span> : null}
                  </button>
                </span>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
