// The memo methods of the open case: list, read, create, save as typed, rename, duplicate, delete,
// the evidence its quotes show, and the case's citation style. Creating, duplicating, renaming,
// deleting and setting the citation style are undo steps of the case; saving the text is not (the
// editor keeps its own undo). Exporting asks where to write, so it lives with the app's methods
// (memo-export-service.ts).
import type { Case } from "../store/case-file";
import { citationStyle, citationTemplate, setCitationTemplate } from "../store/citation-style";
import { memoEvidence } from "../store/memo-evidence";
import { createMemo, deleteMemo, duplicateMemo, getMemo, listMemos, memoRow, renameMemo, restoreMemo, saveMemo, type MemoRow } from "../store/memos";
import type { History } from "./history";
import type { CaseService } from "./service";

type MemoMethods = Pick<
  CaseService,
  "listMemos" | "getMemo" | "createMemo" | "saveMemo" | "renameMemo" | "duplicateMemo" | "deleteMemo" | "memoEvidence" | "citationStyle" | "setCitationStyle"
>;

export function memoService(c: Case, history: History, change: <T>(run: () => T) => T): MemoMethods {
  /** A memo just made: undo deletes it (as it then is, text saved since included), redo puts that back. */
  const recordMade = (label: string, id: number) => {
    let gone: MemoRow | null = null;
    history.record({
      label,
      undo: () => change(() => void (gone = deleteMemo(c, id))),
      redo: () => change(() => void (gone && restoreMemo(c, gone))),
    });
  };

  return {
    listMemos: () => listMemos(c),
    getMemo: ({ id }) => getMemo(c, id),
    createMemo: ({ title, content }) => {
      const memo = change(() => createMemo(c, { title, ...(content !== undefined ? { content } : {}) }));
      recordMade("memo created", memo.id);
      return memo;
    },
    saveMemo: ({ id, content }) => change(() => saveMemo(c, id, content)),
    renameMemo: ({ id, title }) => {
      const before = memoRow(c, id).title;
      const after = change(() => renameMemo(c, id, title));
      history.record({
        label: "memo renamed",
        undo: () => change(() => void renameMemo(c, id, before)),
        redo: () => change(() => void renameMemo(c, id, after.title)),
      });
      return after;
    },
    duplicateMemo: ({ id }) => {
      const copy = change(() => duplicateMemo(c, id));
      recordMade("memo duplicated", copy.id);
      return copy;
    },
    deleteMemo: ({ id }) => {
      let gone = change(() => deleteMemo(c, id));
      history.record({
        label: "memo deleted",
        undo: () => change(() => void restoreMemo(c, gone)),
        redo: () => change(() => void (gone = deleteMemo(c, id))),
      });
      return null;
    },
    memoEvidence: ({ annotationIds }) => memoEvidence(c, annotationIds),
    citationStyle: () => citationStyle(c),
    setCitationStyle: ({ template }) => {
      const before = citationTemplate(c);
      const after = change(() => setCitationTemplate(c, template));
      history.record({
        label: template === null ? "citation style reset" : "citation style changed",
        undo: () => change(() => void setCitationTemplate(c, before)),
        redo: () => change(() => void setCitationTemplate(c, template)),
      });
      return after;
    },
  };
}
