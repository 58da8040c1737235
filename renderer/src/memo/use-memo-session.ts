// The memos of the open case as the window works with them: the list (read when first wanted, and again when
// the case changes), the memo open in the editor (shown in the middle pane or kept behind the reader, so a quote
// can go into it from anywhere), the evidence its quotes show, and new, rename, duplicate, delete with Undo.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MemoSummary } from '../../../shared/model';
import { call } from '../api';
import { report } from '../status-store';
import { EvidenceStore } from './evidence-store';
import { appendQuotes, untitledTitle } from './memo-content';
import { dropPendingQuotes, onMemoNeeded } from './quote-command';

/** What the list says after a delete, with Undo until anything else changes. */
export interface MemoNotice {
  text: string;
  undoable: boolean;
}

export interface MemoSession {
  /** The case these memos are of (a save checks it is still the one open). */
  caseId: string;
  /** The case's memos, most recently changed first; null until first read. */
  memos: MemoSummary[] | null;
  /** The memo in the editor, shown or not; null when none is. */
  openId: number | null;
  evidence: EvidenceStore;
  notice: MemoNotice | null;
  /** Reads the list (the Memos tab opened). */
  want(): void;
  open(id: number): void;
  create(): Promise<number | null>;
  rename(id: number, title: string): Promise<boolean>;
  duplicate(id: number): Promise<number | null>;
  remove(id: number): Promise<void>;
  /** Quotes highlights at the end of a memo that is not in the editor (a drop on the list). */
  appendTo(id: number, annotationIds: readonly string[]): Promise<void>;
  /** A memo was saved or renamed: its line in the list follows. */
  updated(summary: MemoSummary): void;
  dismissNotice(): void;
  /** Saves what the editor holds now (before an export, a switch); set by the editor while one is open. */
  flush: { current: (() => Promise<boolean>) | null };
}

const byRecent = (a: MemoSummary, b: MemoSummary) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id;

/** `version` changes whenever the case may have changed (highlights, tags, undo, redo). */
export function useMemoSession(caseId: string, version: number): MemoSession {
  const [memos, setMemos] = useState<MemoSummary[] | null>(null);
  const [openId, setOpenId] = useState<number | null>(null);
  const [notice, setNotice] = useState<MemoNotice | null>(null);
  const [wanted, setWanted] = useState(false);
  const evidence = useMemo(() => new EvidenceStore((annotationIds) => call('memoEvidence', { annotationIds })), [caseId]);
  const flush = useRef<(() => Promise<boolean>) | null>(null);
  const latest = useRef<MemoSummary[] | null>(null);
  latest.current = memos;

  const load = useCallback(async (): Promise<MemoSummary[] | null> => {
    const list = await call('listMemos', {});
    if (!list) return null;
    const sorted = [...list].sort(byRecent);
    setMemos(sorted);
    // The open memo is gone (undo took back its creation, say): the editor lets it go.
    setOpenId((id) => (id !== null && !sorted.some((m) => m.id === id) ? null : id));
    return sorted;
  }, []);

  // Another case: nothing of the last one's memos stays.
  useEffect(() => {
    setMemos(null);
    setOpenId(null);
    setNotice(null);
    setWanted(false);
    dropPendingQuotes();
  }, [caseId]);

  // The case changed: the list and the quotes' evidence are read again (only once memos are in use), and a
  // notice's Undo would now take back something else.
  const firstVersion = useRef(version);
  useEffect(() => {
    if (version === firstVersion.current) return;
    setNotice(null);
    evidence.refresh();
    if (wanted || openId !== null) void load();
    // Only a new version does this; `wanted` and `openId` are read as they are then.
  }, [version]);

  const want = useCallback(() => {
    if (wanted) return;
    setWanted(true);
    void load();
  }, [wanted, load]);

  const open = useCallback((id: number) => setOpenId(id), []);

  const create = useCallback(async () => {
    const titles = (latest.current ?? (await load()) ?? []).map((m) => m.title);
    const made = await call('createMemo', { title: untitledTitle(titles) });
    if (!made) return null;
    setNotice(null);
    await load();
    setOpenId(made.id);
    report('info', `New memo “${made.title}”.`);
    return made.id;
  }, [load]);

  const rename = useCallback(
    async (id: number, title: string) => {
      const done = await call('renameMemo', { id, title });
      if (!done) return false;
      setMemos((list) => list && list.map((m) => (m.id === id ? done : m)));
      setNotice(null);
      return true;
    },
    [],
  );

  const duplicate = useCallback(
    async (id: number) => {
      await flush.current?.();
      const copy = await call('duplicateMemo', { id });
      if (!copy) return null;
      setNotice(null);
      await load();
      report('info', `Duplicated as “${copy.title}”.`);
      return copy.id;
    },
    [load],
  );

  const remove = useCallback(
    async (id: number) => {
      const memo = latest.current?.find((m) => m.id === id);
      // What was typed last goes with it, so Undo brings back the memo as it was.
      if (id === openId) await flush.current?.();
      const done = await call('deleteMemo', { id });
      if (done === undefined) return;
      if (id === openId) setOpenId(null);
      await load();
      setNotice({ text: `Deleted “${memo?.title ?? 'the memo'}”.`, undoable: true });
    },
    [openId, load],
  );

  const appendTo = useCallback(
    async (id: number, annotationIds: readonly string[]) => {
      const memo = await call('getMemo', { id });
      if (!memo) return;
      const saved = await call('saveMemo', { id, content: appendQuotes(memo.content, annotationIds) });
      if (!saved) return;
      setMemos((list) => list && [saved, ...list.filter((m) => m.id !== id)].sort(byRecent));
      report('info', `Quoted in “${saved.title}”.`);
    },
    [],
  );

  const updated = useCallback((summary: MemoSummary) => {
    setMemos((list) => list && [summary, ...list.filter((m) => m.id !== summary.id)].sort(byRecent));
  }, []);

  const dismissNotice = useCallback(() => setNotice(null), []);

  // "Quote in memo" with no memo in the editor: the last memo changed takes it, or a new one.
  useEffect(
    () =>
      onMemoNeeded(() => {
        void (async () => {
          const list = latest.current ?? (await load());
          if (list === null) {
            dropPendingQuotes();
            return;
          }
          if (list.length > 0) setOpenId(list[0]!.id);
          else if ((await create()) === null) dropPendingQuotes();
        })();
      }),
    [load, create],
  );

  return useMemo(
    () => ({ caseId, memos, openId, evidence, notice, want, open, create, rename, duplicate, remove, appendTo, updated, dismissNotice, flush }),
    [caseId, memos, openId, evidence, notice, want, open, create, rename, duplicate, remove, appendTo, updated, dismissNotice],
  );
}
