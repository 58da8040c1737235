// The codebook manager: the case's tags as a tree beside the chosen tag's settings — rename, recolour,
// re-key, describe, move, merge and delete (asking first, with counts) and new tags — each change one
// undo step in main, offered as Undo. A modal dialog: focus stays inside and goes back where it was.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TagUsage, TagView } from '../../../shared/model';
import { attempt } from '../attempt';
import { ConfirmDialog } from './ConfirmDialog';
import { trapTab } from './focus-trap';
import { NewTagForm } from './NewTagForm';
import { TagDetails } from './TagDetails';
import { TagTree, type FocusRequest } from './TagTree';
import { buildTree, plural } from './tag-tree';
import { useCodebook, type TagChange } from './use-codebook';
import './codebook.css';
import { useModal } from '../use-modal';

export interface CodebookDialogProps {
  tags: readonly TagView[];
  /** Tags changed: read tags and highlights again. */
  onChanged(): void;
  onClose(): void;
}

type Confirm = { kind: 'merge'; from: TagView; into: TagView; usage: TagUsage } | { kind: 'delete'; tag: TagView; usage: TagUsage };

export function CodebookDialog({ tags, onChanged, onClose }: CodebookDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const rows = useMemo(() => buildTree(tags), [tags]);
  const codebook = useCodebook(onChanged);
  const { fail } = codebook;
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [renamingId, setRenamingId] = useState<number | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [newPath, setNewPath] = useState('');
  const newInput = useRef<HTMLInputElement>(null);
  const pendingSave = useRef<(() => void) | null>(null);
  const focusSerial = useRef(0);

  const selected = tags.find((t) => t.id === selectedId) ?? rows[0]?.tag;
  const focusRow = useCallback((id: number) => setFocusRequest({ id, serial: ++focusSerial.current }), []);

  // Opens as a modal over the case; on closing, focus goes back to what had it (the Codebook… button, the reader).
  useModal(dialog, () => dialog.current?.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]') ?? newInput.current);

  const close = () => {
    pendingSave.current?.();
    onClose();
  };

  const change = async (tag: TagView, values: TagChange, done: (updated: TagView) => string) => {
    const updated = await codebook.update(tag, values, done);
    return updated !== null;
  };

  const rename = async (tag: TagView, name: string) => {
    if (name.trim() === '') {
      fail('A tag needs a name.');
      return false;
    }
    const ok = await change(tag, { name }, (u) => (name.includes('/') ? `Moved “${tag.path}” to “${u.path}”.` : `Renamed “${tag.name}” to “${u.name}”.`));
    if (ok) {
      setRenamingId(null);
      focusRow(tag.id);
    }
    return ok;
  };

  const create = async (path: string) => {
    if (path.trim() === '' || path.trim() === '/') {
      fail('Type a name for the new tag.');
      newInput.current?.focus();
      return;
    }
    const made = await codebook.create(path);
    if (!made) {
      newInput.current?.focus();
      return;
    }
    setNewPath('');
    setSelectedId(made.id);
    focusRow(made.id);
  };

  const usageOf = async (tag: TagView) => {
    const usage = await attempt('tagUsage', { path: tag.path });
    if (!usage.ok) fail(usage.error);
    return usage.ok ? usage.value : null;
  };

  const askMerge = async (from: TagView, into: TagView) => {
    const usage = await usageOf(from);
    if (usage) setConfirm({ kind: 'merge', from, into, usage });
  };

  /** The row to go to once a tag and those below it are gone: the next one after them, else the one before. */
  const afterRemoving = (tag: TagView) => {
    const index = rows.findIndex((r) => r.tag.id === tag.id);
    const next = rows.slice(index + 1).find((r) => !r.tag.path.startsWith(`${tag.path}/`));
    return next?.tag ?? rows[index - 1]?.tag;
  };

  const remove = async (tag: TagView) => {
    const next = afterRemoving(tag);
    const done = await codebook.remove(tag);
    setConfirm(null);
    if (done && next) {
      setSelectedId(next.id);
      focusRow(next.id);
    }
  };

  const askDelete = async (tag: TagView) => {
    const usage = await usageOf(tag);
    if (!usage) return;
    // Nothing would be lost that Undo cannot bring back at once: no highlight, no sub-tag.
    if (usage.annotations === 0 && usage.subTags.length === 0) return remove(tag);
    setConfirm({ kind: 'delete', tag, usage });
  };

  const merge = async (from: TagView, into: TagView) => {
    const done = await codebook.merge(from, into);
    setConfirm(null);
    if (done) {
      setSelectedId(into.id);
      focusRow(into.id);
    }
  };

  const newSubTag = (tag: TagView) => {
    setNewPath(`${tag.path}/`);
    newInput.current?.focus();
  };

  const undo = async () => {
    await codebook.undo();
    // The Undo button goes with the notice; focus goes back to the tags.
    const row = tags.find((t) => t.id === selectedId) ?? rows[0]?.tag;
    if (row) focusRow(row.id);
  };

  const { notice } = codebook;

  return (
    <dialog
      ref={dialog}
      className="codebook"
      aria-modal="true"
      aria-labelledby="codebook-title"
      onCancel={(event) => {
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        close();
      }}
      // Closed some other way (the browser may skip "cancel" on a repeated Escape): still close.
      onClose={(event) => {
        if (event.target === event.currentTarget && !event.currentTarget.open) close();
      }}
      // Plain keys typed here are the dialog's, never the reader's (1–9 would tag a selection behind it).
      onKeyDown={(event) => {
        trapTab(event, dialog.current);
        if (!event.ctrlKey && !event.metaKey && !event.altKey) event.stopPropagation();
      }}
    >
      <header className="codebook-head">
        <div>
          <h2 id="codebook-title">Codebook</h2>
          <p className="codebook-help" id="codebook-tree-help">
            {plural(tags.length, 'tag')}. Arrows move through them; F2 or Enter renames, Delete deletes. Keys 1–9 tag a selection in the reader.
          </p>
        </div>
        <button type="button" className="button button-quiet codebook-close" aria-label="Close the codebook" onClick={close}>
          ✕
        </button>
      </header>

      <div className="codebook-body">
        <div className="codebook-list">
          <div className="codebook-columns" aria-hidden="true">
            <span>Tag</span>
            <span>Key</span>
            <span>Uses</span>
            <span>Description</span>
          </div>
          {rows.length > 0 ? (
            <TagTree
              rows={rows}
              selectedId={selected?.id ?? null}
              renamingId={renamingId}
              focusRequest={focusRequest}
              onSelect={(id) => {
                setSelectedId(id);
                if (renamingId !== id) setRenamingId(null);
              }}
              onStartRename={(id) => {
                setSelectedId(id);
                setRenamingId(id);
              }}
              onCancelRename={() => {
                const id = renamingId;
                setRenamingId(null);
                if (id !== null) focusRow(id);
              }}
              onRename={rename}
              onDelete={(tag) => void askDelete(tag)}
            />
          ) : (
            <p className="codebook-empty">No tags yet. Add one below.</p>
          )}
          <p id="codebook-rename-help" hidden>
            Enter saves, Escape cancels. A “/” gives a whole path.
          </p>
          <NewTagForm value={newPath} inputRef={newInput} busy={codebook.busy} onChange={setNewPath} onCreate={(path) => void create(path)} />
        </div>

        {selected ? (
          <TagDetails
            key={selected.id}
            tag={selected}
            tags={tags}
            busy={codebook.busy}
            pendingSave={pendingSave}
            onChange={(values, done) =>
              void change(selected, values, done).then((ok) => {
                // A move re-sorts the tree: show where the tag went.
                if (ok && values.parent !== undefined) focusRow(selected.id);
              })
            }
            onRename={() => setRenamingId(selected.id)}
            onNewSubTag={() => newSubTag(selected)}
            onMerge={(into) => void askMerge(selected, into)}
            onDelete={() => void askDelete(selected)}
          />
        ) : null}
      </div>

      <footer className="codebook-foot">
        <div className="codebook-notice">
          <p role="alert" className="codebook-error">
            {notice?.kind === 'error' ? notice.text : ''}
          </p>
          <div role="status" className="codebook-done">
            {notice?.kind === 'done' ? (
              <>
                <span>{notice.text}</span>
                {notice.undoable ? (
                  <button type="button" className="button codebook-small" disabled={codebook.busy} onClick={() => void undo()}>
                    Undo
                  </button>
                ) : null}
              </>
            ) : null}
          </div>
        </div>
        <button type="button" className="button button-primary" onClick={close}>
          Done
        </button>
      </footer>

      {confirm?.kind === 'merge' ? (
        <ConfirmDialog
          title={`Merge “${confirm.from.path}” into “${confirm.into.path}”?`}
          confirmLabel="Merge"
          busy={codebook.busy}
          onConfirm={() => void merge(confirm.from, confirm.into)}
          onCancel={() => setConfirm(null)}
        >
          <MergeSummary {...confirm} />
        </ConfirmDialog>
      ) : confirm?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${confirm.tag.path}”?`}
          confirmLabel="Delete tag"
          danger
          busy={codebook.busy}
          onConfirm={() => void remove(confirm.tag)}
          onCancel={() => setConfirm(null)}
        >
          <DeleteSummary {...confirm} />
        </ConfirmDialog>
      ) : null}
    </dialog>
  );
}

function MergeSummary({ from, into, usage }: { from: TagView; into: TagView; usage: TagUsage }) {
  return (
    <>
      <p>
        {usage.direct === 0
          ? `No highlight carries “${from.name}” itself.`
          : `${plural(usage.direct, 'highlight')} tagged “${from.name}” will be tagged “${into.name}” instead.`}
      </p>
      {usage.subTags.length > 0 ? (
        <p>
          {usage.subTags.length === 1 ? 'Its sub-tag' : `Its ${usage.subTags.length} sub-tags`} ({usage.subTags.map((p) => `“${p.slice(from.path.length + 1)}”`).join(', ')}) {usage.subTags.length === 1 ? 'moves' : 'move'} below “{into.name}”, merging with any of the same name.
        </p>
      ) : null}
      <p>
        “{from.name}” is then gone{from.key !== null && into.key === null ? `; its key ${from.key} goes to “${into.name}”` : ''}. Undo brings it back.
      </p>
    </>
  );
}

function DeleteSummary({ tag, usage }: { tag: TagView; usage: TagUsage }) {
  return (
    <>
      <p>
        {usage.annotations === 0
          ? 'No highlight carries it.'
          : `It is on ${plural(usage.annotations, 'highlight')}${usage.subTags.length > 0 && usage.annotations !== usage.direct ? ` (${usage.direct} with “${tag.name}” itself, the rest with its sub-tags)` : ''}. The highlights stay, without this tag; any left with no tag show as untagged.`}
      </p>
      {usage.subTags.length > 0 ? (
        <p>
          {usage.subTags.length === 1 ? 'Its sub-tag goes' : `Its ${usage.subTags.length} sub-tags go`} too: {usage.subTags.map((p) => `“${p}”`).join(', ')}.
        </p>
      ) : null}
      <p>Undo brings it all back.</p>
    </>
  );
}
