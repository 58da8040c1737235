// One highlight in the sidebar: its tags, its quote (which jumps to it in the text), its note, and a delete button.
import type { CSSProperties } from 'react';
import type { AnnotationView } from '../../shared/model';
import { NoteEditor } from './NoteEditor';
import { TagSwatch } from './TagSwatch';
import { highlightColor, shortQuote, type TagIndex } from './tag-colors';

interface Props {
  highlight: AnnotationView;
  tags: TagIndex;
  active: boolean;
  onGo(): void;
  /** Saves the note's rich text (null: no note); false when main refused it. */
  onSaveNote(noteJson: string | null): Promise<boolean>;
  onDelete(): void;
}

const STATUS_TEXT = { ok: null, drifted: 'Re-anchored: the text moved', orphaned: 'Orphaned: its text was not found' } as const;

export function HighlightCard({ highlight, tags, active, onGo, onSaveNote, onDelete }: Props) {
  const status = STATUS_TEXT[highlight.status];
  return (
    <li
      className={active ? 'hl-card hl-card-active' : 'hl-card'}
      data-annotation-id={highlight.id}
      style={{ '--hl': highlightColor(highlight, tags) } as CSSProperties}
    >
      <div className="hl-card-top">
        <ul className="tag-chips" aria-label="Tags">
          {highlight.tags.length === 0 ? <li className="tag-chip tag-chip-none">Untagged</li> : null}
          {highlight.tags.map((path) => (
            <li key={path} className="tag-chip">
              <TagSwatch color={tags.get(path)?.color ?? '#868e96'} />
              {tags.get(path)?.name ?? path}
            </li>
          ))}
        </ul>
        <button type="button" className="icon-button" aria-label={`Delete highlight “${shortQuote(highlight.quote, 40)}”`} title="Delete highlight" onClick={onDelete}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <button type="button" className="hl-card-quote" onClick={onGo} aria-label={`Go to highlight “${shortQuote(highlight.quote, 80)}”`}>
        <q>{shortQuote(highlight.quote)}</q>
      </button>
      {status ? <p className="hl-card-status">{status}</p> : null}
      <NoteEditor id={highlight.id} note={highlight.note} noteJson={highlight.noteJson} onSave={onSaveNote} onDone={onGo} />
    </li>
  );
}
