// The service the window talks to: which case is open (opening, creating, the sample case) and,
// for the open case, every case method of the contract. Dialogs are injected, so the Electron app
// asks the user and the test harness answers for them.
import { existsSync, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { METHOD_NAMES, type CaseInfo, type Events } from "../../shared/ipc";
import type { ImportProgress } from "../../shared/model";
import { exportWebAnnotations } from "../export/web-annotation";
import { annotationsJson, writeFileAtomic } from "../export/write-atomic";
import { importPaths } from "../import/import-files";
import { caseMeta, closeCase, createCase, openCase, type Case } from "../store/case-file";
import { getDocument, saveOriginal } from "../store/documents";
import { RecentCases } from "./recent-cases";
import { CaseError } from "../store/case-error";
import type { JobHost } from "../jobs/host";
import { buildSampleCase } from "../sample-case";
import { backupCase } from "../store/backup";
import { exportMethods } from "./export-service";
import { memoExportMethods } from "./memo-export-service";
import { createCaseService, type CaseService, type Service } from "./service";

export interface Dialogs {
  /** A case file to open, or null when the user cancels. */
  chooseCaseToOpen(): Promise<string | null>;
  /** Where to create a new case file, or null when the user cancels. */
  chooseNewCasePath(): Promise<string | null>;
  /** Files (or one folder) to import; empty when the user cancels. */
  chooseFilesToImport(folder: boolean): Promise<string[]>;
  /** Where to save a copy of an original (suggesting its file name), or null when the user cancels. */
  chooseSavePath(suggested: string): Promise<string | null>;
  /** A folder to export into (one may be created there), or null when the user cancels; without it, exportCase needs a folder. */
  chooseExportFolder?(): Promise<string | null>;
}

/** Sends an event to the window. */
export type Emit = <E extends keyof Events>(event: E, payload: Events[E]) => void;

export interface AppDeps {
  /** Casemark's own folder: the sample case lives here. */
  home: string;
  host: JobHost;
  dialogs: Dialogs;
  /** Pushes events to the window: the open case changed, import progress. */
  emit?: Emit;
}

/** Import progress is pushed at most this often (ms); the first and the last always go. */
const PROGRESS_EVERY_MS = 100;

export interface AppService {
  service: Service;
  /**
   * Opens a case for main itself (File › Open or Open Recent, a file from the OS; without a path, the
   * user chooses). An encrypted case asks the window for its passphrase (the passphraseNeeded event)
   * instead of failing; any other refusal is thrown.
   */
  openFromMain(path?: string): Promise<CaseInfo | null>;
  /** The open case, if any (for main's own use, e.g. importing dropped files). */
  current(): Case | null;
  close(): void;
}

/** The methods that choose which case is open, or work beside it; the rest are the open case's. */
export const APP_METHODS = [
  "caseInfo",
  "openSample",
  "openCase",
  "newCase",
  "closeCase",
  "importFiles",
  "importStatus",
  "recentCases",
  "saveDocumentCopy",
  "saveCaseCopy",
  "exportHighlights",
  "exportCase",
  "cancelExport",
  "exportMemo",
] as const;
type AppMethod = (typeof APP_METHODS)[number];

function info(c: Case): CaseInfo {
  const meta = caseMeta(c);
  return { path: c.path, id: meta.id ?? "", title: meta.title ?? "" };
}

export function createAppService(deps: AppDeps): AppService {
  let open: { c: Case; service: CaseService } | null = null;
  const samplePath = join(deps.home, "sample.casemark");
  const recent = new RecentCases(join(deps.home, "recent.json"));

  const switchTo = (c: Case | null): CaseInfo | null => {
    if (open) closeCase(open.c);
    open = c ? { c, service: createCaseService(c) } : null;
    const now = c ? info(c) : null;
    // An encrypted case's title is part of what it protects: the list outside it shows its file name.
    if (c && now && resolve(now.path) !== resolve(samplePath)) recent.add(c.encrypted ? { ...now, title: "" } : now);
    deps.emit?.("caseChanged", now);
    return now;
  };

  /** The encrypted case that last asked for its passphrase: a passphrase given without a path is for it. */
  let locked: string | null = null;
  const openLocked = (path: string, passphrase: string | undefined): CaseInfo | null => {
    try {
      const c = openCase(path, passphrase ? { passphrase } : {});
      locked = null;
      return switchTo(c);
    } catch (error) {
      if (error instanceof CaseError && (error.code === "needs-passphrase" || error.code === "wrong-passphrase")) {
        locked = resolve(path);
        // Listed (by file name) so it can be chosen again, e.g. after main opened it from the menu or the OS.
        recent.add({ path, id: "", title: "" });
      }
      throw error;
    }
  };

  const caseService = (): CaseService => {
    if (!open) throw new CaseError("no-case", "No case is open; open the sample case, a case file, or create a new one.");
    return open.service;
  };

  let progress: ImportProgress | null = null;
  let pushedAt = 0;
  const setProgress = (p: ImportProgress | null) => {
    progress = p;
    const now = Date.now();
    if (p && p.filesDone < p.total && now - pushedAt < PROGRESS_EVERY_MS) return;
    pushedAt = now;
    deps.emit?.("importProgress", p);
  };

  const app: Pick<Service, AppMethod> = {
    caseInfo: () => (open ? info(open.c) : null),
    openSample: async () => {
      mkdirSync(deps.home, { recursive: true });
      const path = samplePath;
      if (!existsSync(path)) {
        const c = createCase(path, { title: "Sample case: “Due Tonight for S1 – URGENT” (reconstruction)" });
        try {
          await buildSampleCase(c, deps.host);
        } finally {
          closeCase(c);
        }
      }
      return switchTo(openCase(path))!;
    },
    openCase: async ({ path, passphrase }) => {
      const chosen = path ?? (passphrase && locked) ?? (await deps.dialogs.chooseCaseToOpen());
      return chosen ? openLocked(chosen, passphrase) : null;
    },
    newCase: async ({ path, title, passphrase }) => {
      const chosen = path ?? (await deps.dialogs.chooseNewCasePath());
      return chosen ? switchTo(createCase(chosen, { ...(title ? { title } : {}), ...(passphrase ? { passphrase } : {}) })) : null;
    },
    closeCase: () => {
      switchTo(null);
      return null;
    },
    importFiles: async ({ paths, folder }) => {
      if (!open) throw new CaseError("no-case", "Open or create a case before importing files into it.");
      if (progress) throw new CaseError("invalid", "An import is already running; wait for it to finish.");
      const chosen = paths ?? (await deps.dialogs.chooseFilesToImport(folder ?? false));
      if (chosen.length === 0) return [];
      setProgress({ filesDone: 0, total: 0, path: "" });
      try {
        return await importPaths(open.c, chosen, { host: deps.host, onProgress: setProgress });
      } finally {
        setProgress(null);
      }
    },
    importStatus: () => progress,
    recentCases: () => recent.list(),
    saveDocumentCopy: async ({ documentId }) => {
      if (!open) throw new CaseError("no-case", "Open a case first.");
      const document = getDocument(open.c, documentId);
      const path = await deps.dialogs.chooseSavePath(document.fileName ?? document.title);
      if (!path) return null;
      saveOriginal(open.c, documentId, path);
      return { path };
    },
    saveCaseCopy: async ({ path }) => {
      if (!open) throw new CaseError("no-case", "Open a case first.");
      const c = open.c;
      const chosen = path ?? (await deps.dialogs.chooseSavePath(`${basename(c.path, ".casemark")} (copy).casemark`));
      if (!chosen) return null;
      const { path: written, bytes } = await backupCase(c, chosen);
      return { path: written, bytes };
    },
    exportHighlights: async () => {
      if (!open) throw new CaseError("no-case", "Open a case first.");
      const c = open.c;
      const path = await deps.dialogs.chooseSavePath(`${basename(c.path, ".casemark")}-highlights.jsonld`);
      if (!path) return null;
      const collection = exportWebAnnotations(c);
      writeFileAtomic(path, annotationsJson(collection));
      return { path, count: collection.total };
    },
    ...exportMethods({ current: () => open?.c ?? null, host: deps.host, dialogs: deps.dialogs, ...(deps.emit ? { emit: deps.emit } : {}) }),
    ...memoExportMethods({ current: () => open?.c ?? null, dialogs: deps.dialogs }),
  };

  // Every other method of the contract is the open case's.
  const forwarded = Object.fromEntries(
    METHOD_NAMES.filter((name) => !(name in app)).map((name) => [name, (args: unknown) => (caseService()[name as keyof CaseService] as (a: unknown) => unknown)(args)]),
  );
  const service = { ...forwarded, ...app } as Service;
  const openFromMain = async (path?: string): Promise<CaseInfo | null> => {
    try {
      return await service.openCase(path ? { path } : {});
    } catch (error) {
      if (!(error instanceof CaseError) || error.code !== "needs-passphrase" || !deps.emit) throw error;
      deps.emit("passphraseNeeded", { message: error.message });
      return null;
    }
  };
  return { service, openFromMain, current: () => open?.c ?? null, close: () => void switchTo(null) };
}
