// The list icons of the rich-text toolbars (a highlight's note, a memo), drawn once.

export const ICON = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function BulletListIcon() {
  return (
    <svg {...ICON}>
      <circle cx="2.5" cy="4" r="1.3" fill="currentColor" />
      <circle cx="2.5" cy="8" r="1.3" fill="currentColor" />
      <circle cx="2.5" cy="12" r="1.3" fill="currentColor" />
      <path d="M6 4h8.5M6 8h8.5M6 12h8.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

export function NumberedListIcon() {
  return (
    <svg {...ICON}>
      <path d="M1.6 2.6 2.8 2v4M1.6 6h2.4M1.5 9.6c.3-.6 2.3-.8 2.3.5 0 1-2.3 1.7-2.3 2.9h2.5" fill="none" stroke="currentColor" strokeWidth="1.1" strokeLinecap="round" strokeLinejoin="round" />
      <path d="M7 4h7.5M7 8h7.5M7 12h7.5" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
