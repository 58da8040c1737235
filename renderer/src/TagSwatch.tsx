// A tag's colour as a small square next to its name; decorative, the name always says the same.
import type { CSSProperties } from 'react';

export function TagSwatch({ color }: { color: string }) {
  return <span className="tag-swatch" aria-hidden="true" style={{ '--tag': color } as CSSProperties} />;
}
