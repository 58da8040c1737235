// "Quote in memo" from anywhere in the window (a highlight's card, the chronology, a search hit, Alt+Q): the
// memo editor that is open (shown or not) registers as the target; with none, the session opens the last memo
// (or starts one) and the quotes wait until its editor is ready.
export interface MemoTarget {
  /** Inserts evidence quotes of these highlights at the memo's caret (its last one, when it is not in focus). */
  insert(annotationIds: readonly string[]): void;
}

let target: MemoTarget | null = null;
let pending: string[] = [];
let needMemo: (() => void) | null = null;

/** The open memo's editor takes the quotes asked for; those waiting for it arrive at once. Returns the unregister. */
export function registerMemoTarget(next: MemoTarget): () => void {
  target = next;
  if (pending.length > 0) {
    const waiting = pending;
    pending = [];
    next.insert(waiting);
  }
  return () => {
    if (target === next) target = null;
  };
}

/** Who opens a memo when a quote is asked for and no memo editor is there. Returns the unregister. */
export function onMemoNeeded(open: () => void): () => void {
  needMemo = open;
  return () => {
    if (needMemo === open) needMemo = null;
  };
}

/** Quotes highlights in the open (or last) memo. */
export function quoteInMemo(annotationIds: readonly string[]): void {
  if (annotationIds.length === 0) return;
  if (target) {
    target.insert(annotationIds);
    return;
  }
  const asked = pending.length > 0;
  pending = [...pending, ...annotationIds];
  if (!asked) needMemo?.();
}

/** Forgets quotes still waiting (the case closed, or no memo could be opened). */
export function dropPendingQuotes(): void {
  pending = [];
}
