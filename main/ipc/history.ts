// Undo and redo for what the window changed in the open case: each entry knows how to undo and redo
// itself, and runs as one write so an undo is as atomic as the change it reverses.

export interface HistoryEntry {
  /** What the change was, for menus and announcements: "highlight created". */
  label: string;
  undo(): void;
  redo(): void;
}

/** Changes kept for undo; older ones fall off (a session's worth of annotating). */
const LIMIT = 500;

export class History {
  private done: HistoryEntry[] = [];
  private undone: HistoryEntry[] = [];

  /** Records a change that has just been made; a new change clears what could be redone. */
  record(entry: HistoryEntry): void {
    this.done.push(entry);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  undo(): string | null {
    const entry = this.done.pop();
    if (!entry) return null;
    entry.undo();
    this.undone.push(entry);
    return entry.label;
  }

  redo(): string | null {
    const entry = this.undone.pop();
    if (!entry) return null;
    entry.redo();
    this.done.push(entry);
    return entry.label;
  }
}
