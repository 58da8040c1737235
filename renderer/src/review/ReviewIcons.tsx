// The review marks as small icons: a check (reviewed) and a flag (flagged), drawn in the current colour.
import './review-marks.css';

export function CheckIcon({ size = 14 }: { size?: number }) {
  return (
    <svg className="review-icon" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M3 8.4 6.4 11.6 13 4.6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function FlagIcon({ size = 14, filled = true }: { size?: number; filled?: boolean }) {
  return (
    <svg className="review-icon" viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M3.5 14.5V2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      <path
        d="M3.5 2.6h8.6l-2 3.2 2 3.2H3.5Z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
