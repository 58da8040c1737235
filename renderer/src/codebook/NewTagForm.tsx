// "New tag": a name, or a path whose "/" nests it ("failure report/missed deadline"); missing parents are made too.
import type { FormEvent, RefObject } from 'react';

interface Props {
  value: string;
  inputRef: RefObject<HTMLInputElement | null>;
  busy: boolean;
  onChange(value: string): void;
  onCreate(path: string): void;
}

export function NewTagForm({ value, inputRef, busy, onChange, onCreate }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCreate(value);
  };
  return (
    <form className="codebook-new" onSubmit={submit} aria-label="New tag">
      <label className="codebook-label" htmlFor="codebook-new-path">
        New tag
      </label>
      <div className="codebook-inline">
        <input
          ref={inputRef}
          id="codebook-new-path"
          className="codebook-input"
          value={value}
          maxLength={500}
          placeholder="name, or parent/name"
          aria-describedby="codebook-new-help"
          autoComplete="off"
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="submit" className="button codebook-small" disabled={busy}>
          Add
        </button>
      </div>
      <p id="codebook-new-help" className="codebook-help">
        A “/” puts it under another tag: failure report/missed deadline.
      </p>
    </form>
  );
}
