// A tag's keyboard key (1–9 tags a selection in the reader, or none). A key another tag holds is
// only taken after saying so: that tag is left without one.
import { useRef, useState } from 'react';
import type { TagView } from '../../../shared/model';

interface Props {
  tag: TagView;
  tags: readonly TagView[];
  onKey(key: number | null, from: TagView | undefined): void;
}

const KEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export function KeyPicker({ tag, tags, onKey }: Props) {
  const [asking, setAsking] = useState<number | null>(null);
  const select = useRef<HTMLSelectElement>(null);
  const holder = (key: number) => tags.find((t) => t.key === key && t.id !== tag.id);
  /** The question's buttons go once answered; focus goes back to the choice. */
  const answer = (give: boolean) => {
    const key = asking;
    const from = key === null ? undefined : holder(key);
    setAsking(null);
    select.current?.focus();
    if (give && key !== null) onKey(key, from);
  };
  const held = asking === null ? undefined : holder(asking);

  const choose = (value: string) => {
    const key = value === '' ? null : Number(value);
    if (key === tag.key) return setAsking(null);
    if (key !== null && holder(key)) return setAsking(key);
    setAsking(null);
    onKey(key, undefined);
  };

  return (
    <div className="codebook-field">
      <label className="codebook-label" htmlFor="codebook-key">
        Key
      </label>
      <div>
        <select ref={select} id="codebook-key" className="codebook-input" value={asking ?? tag.key ?? ''} onChange={(event) => choose(event.target.value)}>
          <option value="">None</option>
          {KEYS.map((key) => {
            const owner = holder(key);
            return (
              <option key={key} value={key}>
                {owner ? `${key} — now “${owner.name}”` : String(key)}
              </option>
            );
          })}
        </select>
        {asking !== null && held ? (
          <div className="codebook-ask" role="group" aria-label={`Take key ${asking}`}>
            <p id="codebook-key-ask">
              Key {asking} belongs to “{held.path}”. Giving it to “{tag.name}” leaves “{held.name}” without a key.
            </p>
            <div className="codebook-ask-buttons">
              <button
                type="button"
                className="button codebook-small button-primary"
                aria-describedby="codebook-key-ask"
                onClick={() => answer(true)}
              >
                Give key {asking} to “{tag.name}”
              </button>
              <button type="button" className="button codebook-small" onClick={() => answer(false)}>
                Keep it with “{held.name}”
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
