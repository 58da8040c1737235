// The codebook's changes: each calls main, then has the case view read tags and highlights again, and
// leaves one notice in the dialog — what was done (with Undo: every codebook change is one undo step in
// main) or why main refused it, so nothing typed is lost.
import { useCallback, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/ipc';
import type { TagDeleteResult, TagMergeResult, TagView } from '../../../shared/model';
import { report } from '../status-store';
import { attempt } from '../attempt';
import { deleteMessage, mergeMessage } from './notices';

export interface Notice {
  kind: 'done' | 'error';
  text: string;
  /** The change can be taken back with Undo (main's history). */
  undoable: boolean;
  serial: number;
}

export type TagChange = Omit<MethodInput<'updateTag'>, 'path'>;

export interface CodebookActions {
  notice: Notice | null;
  busy: boolean;
  create(path: string): Promise<TagView | null>;
  update(tag: TagView, change: TagChange, done: (updated: TagView) => string): Promise<TagView | null>;
  merge(from: TagView, into: TagView): Promise<TagMergeResult | null>;
  remove(tag: TagView): Promise<TagDeleteResult | null>;
  undo(): Promise<void>;
  dismiss(): void;
  fail(text: string): void;
}

export function useCodebook(onChanged: () => void): CodebookActions {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const serial = useRef(0);

  const say = useCallback((kind: Notice['kind'], text: string, undoable = false) => {
    setNotice({ kind, text, undoable, serial: ++serial.current });
    // The status line keeps it after the dialog closes.
    report(kind === 'error' ? 'error' : 'info', text);
  }, []);

  /** Runs one change: busy while it runs, the case view told, a notice either way. */
  const run = useCallback(
    async <K extends MethodName>(name: K, input: MethodInput<K>, done: (value: MethodOutput<K>) => string): Promise<MethodOutput<K> | null> => {
      setBusy(true);
      const outcome = await attempt(name, input);
      setBusy(false);
      if (!outcome.ok) {
        say('error', outcome.error);
        return null;
      }
      onChanged();
      say('done', done(outcome.value), true);
      return outcome.value;
    },
    [onChanged, say],
  );

  const create = useCallback((path: string) => run('createTag', { path }, (t) => `Added “${t.path}”.`), [run]);

  const update = useCallback((tag: TagView, change: TagChange, done: (updated: TagView) => string) => run('updateTag', { path: tag.path, ...change }, done), [run]);

  const merge = useCallback((from: TagView, into: TagView) => run('mergeTags', { from: from.path, into: into.path }, (r) => mergeMessage(from.path, r)), [run]);

  const remove = useCallback((tag: TagView) => run('deleteTag', { path: tag.path, confirm: true }, (r) => deleteMessage(tag.path, r)), [run]);

  const undo = useCallback(async () => {
    setBusy(true);
    const outcome = await attempt('undo', {});
    setBusy(false);
    if (!outcome.ok) return say('error', outcome.error);
    onChanged();
    say('done', outcome.value.undone ? `Undone: ${outcome.value.undone}.` : 'Nothing to undo.');
  }, [onChanged, say]);

  const dismiss = useCallback(() => setNotice(null), []);
  const fail = useCallback((text: string) => say('error', text), [say]);

  return { notice, busy, create, update, merge, remove, undo, dismiss, fail };
}
