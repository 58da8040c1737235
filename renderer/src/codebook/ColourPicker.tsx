// A tag's colour: the palette as a list of swatches (arrows move, Enter, Space or a click picks) and a
// system colour chooser for any other colour, applied when the chooser is closed.
import { useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { TagView } from '../../../shared/model';
import { PALETTE } from './palette';

interface Props {
  tag: TagView;
  onPick(colour: string): void;
}

export function ColourPicker({ tag, onPick }: Props) {
  const current = tag.color.toLowerCase();
  const chosen = PALETTE.findIndex((c) => c.value === current);
  const [active, setActive] = useState(Math.max(chosen, 0));
  const list = useRef<HTMLDivElement>(null);
  const custom = useRef<HTMLInputElement>(null);

  // The system chooser reports every step of a drag as input; only its final change is a recolour.
  useEffect(() => {
    const field = custom.current;
    if (!field) return;
    const onChange = () => {
      if (field.value.toLowerCase() !== current) onPick(field.value.toLowerCase());
    };
    field.addEventListener('change', onChange);
    return () => field.removeEventListener('change', onChange);
  }, [current, onPick]);

  useEffect(() => {
    if (custom.current) custom.current.value = current;
  }, [current]);

  const pick = (index: number) => {
    const colour = PALETTE[index]!.value;
    setActive(index);
    if (colour !== current) onPick(colour);
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(active + 1, PALETTE.length - 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(active - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? PALETTE.length - 1
              : null;
    if (next !== null) {
      event.preventDefault();
      setActive(next);
      list.current?.querySelectorAll<HTMLElement>('[role="option"]')[next]?.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(active);
    }
  };

  return (
    <div className="codebook-field">
      <span className="codebook-label" id="codebook-colour-label">
        Colour
      </span>
      <div className="codebook-colours">
        <div ref={list} className="codebook-palette" role="listbox" aria-labelledby="codebook-colour-label" aria-orientation="horizontal" onKeyDown={onKey}>
          {PALETTE.map((colour, index) => (
            <div
              key={colour.value}
              role="option"
              className="codebook-colour"
              aria-label={colour.name}
              aria-selected={colour.value === current}
              title={colour.name}
              tabIndex={index === active ? 0 : -1}
              style={{ '--tag': colour.value } as CSSProperties}
              onClick={() => pick(index)}
            />
          ))}
        </div>
        <label className="codebook-custom">
          <input ref={custom} type="color" defaultValue={current} />
          <span>Other…</span>
        </label>
      </div>
    </div>
  );
}
