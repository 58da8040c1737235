// The library's review progress under its title: "3 of 6 messages reviewed · 0 of 1 document", how many are
// flagged (a toggle that lists only those), and a thin bar filling up as the review goes.
import { Fragment } from 'react';
import type { ReviewProgress } from '../../../shared/model';
import { progressSummary } from '../library-review';
import { FlagIcon } from './ReviewIcons';
import './review-progress.css';

interface Props {
  progress: ReviewProgress | null;
  /** The library lists only flagged items. */
  flaggedShown: boolean;
  onToggleFlagged(): void;
}

export function ReviewProgressLine({ progress, flaggedShown, onToggleFlagged }: Props) {
  const summary = progress ? progressSummary(progress) : null;
  if (!summary) return null;
  const percent = summary.total > 0 ? (100 * summary.done) / summary.total : 0;
  return (
    <div className="review-progress">
      <div className="review-progress-line">
        {/* The parts wrap onto a second line in a narrow pane, never inside one. */}
        <span className="review-progress-text">
          {summary.parts.map((part, i) => (
            <Fragment key={part}>
              {i > 0 ? ' · ' : ''}
              <span className="review-progress-part">{part}</span>
            </Fragment>
          ))}
        </span>
        {summary.flagged ? (
          <button
            type="button"
            className="review-progress-flagged"
            aria-pressed={flaggedShown}
            title={flaggedShown ? 'List everything again' : 'List only the flagged items'}
            onClick={onToggleFlagged}
          >
            <FlagIcon size={11} />
            {summary.flagged}
          </button>
        ) : null}
      </div>
      <div
        className="review-progress-bar"
        role="progressbar"
        aria-label="Review progress"
        aria-valuemin={0}
        aria-valuemax={summary.total}
        aria-valuenow={summary.done}
        aria-valuetext={`${summary.done} of ${summary.total} reviewed`}
      >
        <div className={`review-progress-fill${summary.done === summary.total ? ' review-progress-complete' : ''}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
