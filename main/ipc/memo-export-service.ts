// The window's memo export: to the path given, or where the user chooses in main's save dialog
// (suggesting the memo's title as the file name), written whole or not at all.
import type { MethodArgs } from "../../shared/ipc";
import { exportMemo, memoFileName } from "../memo/export-memo";
import type { Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { getMemo } from "../store/memos";
import type { Dialogs } from "./app-service";

export interface MemoExportDeps {
  current(): Case | null;
  dialogs: Pick<Dialogs, "chooseSavePath">;
}

export function memoExportMethods(deps: MemoExportDeps) {
  return {
    exportMemo: async ({ id, format, path }: MethodArgs<"exportMemo">): Promise<{ path: string; bytes: number } | null> => {
      const c = deps.current();
      if (!c) throw new CaseError("no-case", "Open a case first.");
      const memo = getMemo(c, id);
      const chosen = path ?? (await deps.dialogs.chooseSavePath(memoFileName(memo.title, format)));
      if (!chosen) return null;
      // The case may have been closed or changed while the dialog was open.
      if (deps.current() !== c) throw new CaseError("no-case", "The case was closed before the memo was exported.");
      return exportMemo(c, id, format, chosen);
    },
  };
}
