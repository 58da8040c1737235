// The chosen tag's settings: colour, key, description (shown on hover wherever the tag is offered),
// where it sits (move under another tag or to the top), merge into another tag, rename and delete.
import { useEffect, useState, type MutableRefObject } from 'react';
import type { TagView } from '../../../shared/model';
import { TagSwatch } from '../TagSwatch';
import { ColourPicker } from './ColourPicker';
import { KeyPicker } from './KeyPicker';
import { colourName } from './palette';
import { otherTags, parentPath, plural, tagsBelow } from './tag-tree';
import type { TagChange } from './use-codebook';

interface Props {
  tag: TagView;
  tags: readonly TagView[];
  busy: boolean;
  onChange(change: TagChange, done: (updated: TagView) => string): void;
  onRename(): void;
  onNewSubTag(): void;
  onMerge(into: TagView): void;
  onDelete(): void;
  /** Holds a save of the description typed but not yet saved, so closing the dialog keeps it. */
  pendingSave: MutableRefObject<(() => void) | null>;
}

const TOP = '\u0000top';

export function TagDetails({ tag, tags, busy, onChange, onRename, onNewSubTag, onMerge, onDelete, pendingSave }: Props) {
  const [description, setDescription] = useState(tag.description);
  const currentParent = parentPath(tag.path);
  const [parent, setParent] = useState(currentParent ?? TOP);
  const [into, setInto] = useState('');
  const others = otherTags(tags, tag);
  const below = tagsBelow(tags, tag.path);

  // Main's word wins when it changes (a save, an undo); the field follows.
  useEffect(() => setDescription(tag.description), [tag.description]);
  useEffect(() => setParent(currentParent ?? TOP), [currentParent]);

  const dirty = description.trim() !== tag.description;
  const saveDescription = () => {
    if (!dirty) return;
    onChange({ description }, (u) => (u.description ? `Saved the description of “${u.name}”.` : `Removed the description of “${u.name}”.`));
  };
  useEffect(() => {
    pendingSave.current = dirty ? saveDescription : null;
  });
  useEffect(
    () => () => {
      pendingSave.current = null;
    },
    [pendingSave],
  );

  const moveTo = parent === TOP ? null : parent;
  const target = others.find((t) => t.path === into);

  return (
    <section className="codebook-details" aria-labelledby="codebook-details-title">
      <div className="codebook-details-head">
        <TagSwatch color={tag.color} />
        <h3 id="codebook-details-title">{tag.path}</h3>
      </div>
      <p className="codebook-meta">
        On {plural(tag.count, 'highlight')}
        {below.length > 0 ? ` · ${plural(below.length, 'sub-tag')}` : ''} · {tag.key ? `key ${tag.key}` : 'no key'} · {colourName(tag.color)}
      </p>
      <div className="codebook-actions">
        <button type="button" className="button codebook-small" onClick={onRename} aria-keyshortcuts="F2">
          Rename
        </button>
        <button type="button" className="button codebook-small" onClick={onNewSubTag}>
          New sub-tag
        </button>
        <button type="button" className="button codebook-small codebook-danger" onClick={onDelete} disabled={busy} aria-keyshortcuts="Delete">
          Delete…
        </button>
      </div>

      <ColourPicker tag={tag} onPick={(color) => onChange({ color }, (u) => `“${u.name}” is now ${colourName(u.color)}.`)} />

      <KeyPicker
        tag={tag}
        tags={tags}
        onKey={(key, from) =>
          onChange({ key }, (u) =>
            u.key === null ? `“${u.name}” has no key now.` : from ? `Key ${u.key} moved from “${from.name}” to “${u.name}”; “${from.name}” has no key now.` : `Key ${u.key} now tags as “${u.name}”.`,
          )
        }
      />

      <div className="codebook-field codebook-field-wide">
        <label className="codebook-label" htmlFor="codebook-description">
          Description
        </label>
        <div>
          <textarea
            id="codebook-description"
            className="codebook-input"
            rows={3}
            maxLength={2000}
            value={description}
            aria-describedby="codebook-description-help"
            onChange={(event) => setDescription(event.target.value)}
            onBlur={saveDescription}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                saveDescription();
              }
            }}
          />
          <p id="codebook-description-help" className="codebook-help">
            Shown on hover. Saved when you leave the field or press Ctrl+Enter.
          </p>
        </div>
      </div>

      <div className="codebook-field">
        <label className="codebook-label" htmlFor="codebook-parent">
          Under
        </label>
        <div className="codebook-inline">
          <select id="codebook-parent" className="codebook-input" value={parent} onChange={(event) => setParent(event.target.value)}>
            <option value={TOP}>(top level)</option>
            {others.map((t) => (
              <option key={t.id} value={t.path}>
                {t.path}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button codebook-small"
            disabled={busy || moveTo === currentParent}
            onClick={() => onChange({ parent: moveTo }, (u) => (moveTo === null ? `Moved “${u.name}” to the top level.` : `Moved “${u.name}” under “${moveTo}”.`))}
          >
            Move
          </button>
        </div>
      </div>

      <div className="codebook-field">
        <label className="codebook-label" htmlFor="codebook-merge">
          Merge into
        </label>
        <div className="codebook-inline">
          <select id="codebook-merge" className="codebook-input" value={into} onChange={(event) => setInto(event.target.value)}>
            <option value="">Choose a tag…</option>
            {others.map((t) => (
              <option key={t.id} value={t.path}>
                {t.path}
              </option>
            ))}
          </select>
          <button type="button" className="button codebook-small" disabled={busy || !target} onClick={() => target && onMerge(target)}>
            Merge…
          </button>
        </div>
      </div>
    </section>
  );
}
