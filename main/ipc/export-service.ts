// The window's export: the formats chosen, for the whole case, one document or one tag's highlights,
// into a folder the user picks (main's folder chooser), through the same code the command line uses
// (main/export/run-export.ts). Progress goes to the window as exportProgress events, one per file;
// the user can stop it between files. One export runs at a time.
import type { ExportProgress, ExportResult, MethodArgs } from "../../shared/ipc";
import { exportToFolder, type ExportSelection } from "../export/run-export";
import type { JobHost } from "../jobs/host";
import type { Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import type { Dialogs, Emit } from "./app-service";

export interface ExportDeps {
  current(): Case | null;
  host: JobHost;
  dialogs: Dialogs;
  emit?: Emit;
}

export function exportMethods(deps: ExportDeps) {
  let running: { cancel: boolean } | null = null;

  const exportCase = async (args: MethodArgs<"exportCase">): Promise<ExportResult | null> => {
    const c = deps.current();
    if (!c) throw new CaseError("no-case", "Open a case first.");
    if (running) throw new CaseError("invalid", "An export is already running; wait for it to finish or cancel it.");
    const run = { cancel: false };
    running = run;
    try {
      let folder = args.folder;
      if (folder === undefined) {
        if (!deps.dialogs.chooseExportFolder) throw new CaseError("invalid", "There is no folder chooser here; name the folder to export into.");
        folder = (await deps.dialogs.chooseExportFolder()) ?? undefined;
        if (folder === undefined) return null;
      }
      // The case may have been closed or changed while the chooser was open.
      if (deps.current() !== c) throw new CaseError("no-case", "The case was closed before the export began.");
      const selection: ExportSelection =
        args.scope === "document" ? { documentId: args.documentId! } : args.scope === "tag" ? { tag: args.tag! } : {};
      const progress = (p: ExportProgress) => deps.emit?.("exportProgress", p);
      return await exportToFolder(c, deps.host, { formats: args.formats, selection, folder }, { progress, cancelled: () => run.cancel });
    } finally {
      running = null;
      deps.emit?.("exportProgress", null);
    }
  };

  const cancelExport = () => {
    if (running) running.cancel = true;
    return { cancelling: running !== null };
  };

  return { exportCase, cancelExport };
}
