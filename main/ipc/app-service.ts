// The service the window talks to: which case is open (opening, creating, the sample case) and,
// for the open case, every case method of the contract. Dialogs are injected, so the Electron app
// asks the user and the test harness answers for them.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { METHOD_NAMES, type CaseInfo } from "../../shared/ipc";
import type { ImportProgress } from "../../shared/model";
import { importPaths } from "../import/import-files";
import { caseMeta, closeCase, createCase, openCase, type Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import type { JobHost } from "../jobs/host";
import { buildSampleCase } from "../sample-case";
import { createCaseService, type CaseService, type Service } from "./service";

export interface Dialogs {
  /** A case file to open, or null when the user cancels. */
  chooseCaseToOpen(): Promise<string | null>;
  /** Where to create a new case file, or null when the user cancels. */
  chooseNewCasePath(): Promise<string | null>;
  /** Files and folders to import; empty when the user cancels. */
  chooseFilesToImport(): Promise<string[]>;
}

export interface AppDeps {
  /** Casemark's own folder: the sample case lives here. */
  home: string;
  host: JobHost;
  dialogs: Dialogs;
  /** Told whenever the open case changes (main pushes it to the window). */
  onCaseChanged?: (info: CaseInfo | null) => void;
}

export interface AppService {
  service: Service;
  /** The open case, if any (for main's own use, e.g. importing dropped files). */
  current(): Case | null;
  close(): void;
}

function info(c: Case): CaseInfo {
  const meta = caseMeta(c);
  return { path: c.path, id: meta.id ?? "", title: meta.title ?? "" };
}

export function createAppService(deps: AppDeps): AppService {
  let open: { c: Case; service: CaseService } | null = null;

  const switchTo = (c: Case | null): CaseInfo | null => {
    if (open) closeCase(open.c);
    open = c ? { c, service: createCaseService(c) } : null;
    const now = c ? info(c) : null;
    deps.onCaseChanged?.(now);
    return now;
  };

  const caseService = (): CaseService => {
    if (!open) throw new CaseError("no-case", "No case is open; open the sample case, a case file, or create a new one.");
    return open.service;
  };

  let progress: ImportProgress | null = null;

  const app: Pick<Service, "caseInfo" | "openSample" | "openCase" | "newCase" | "closeCase" | "importFiles" | "importStatus"> = {
    caseInfo: () => (open ? info(open.c) : null),
    openSample: async () => {
      mkdirSync(deps.home, { recursive: true });
      const path = join(deps.home, "sample.casemark");
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
    openCase: async ({ path }) => {
      const chosen = path ?? (await deps.dialogs.chooseCaseToOpen());
      return chosen ? switchTo(openCase(chosen)) : null;
    },
    newCase: async ({ path, title }) => {
      const chosen = path ?? (await deps.dialogs.chooseNewCasePath());
      return chosen ? switchTo(createCase(chosen, title ? { title } : {})) : null;
    },
    closeCase: () => {
      switchTo(null);
      return null;
    },
    importFiles: async ({ paths }) => {
      if (!open) throw new CaseError("no-case", "Open or create a case before importing files into it.");
      if (progress) throw new CaseError("invalid", "An import is already running; wait for it to finish.");
      const chosen = paths ?? (await deps.dialogs.chooseFilesToImport());
      if (chosen.length === 0) return [];
      progress = { filesDone: 0, total: 0, path: "" };
      try {
        return await importPaths(open.c, chosen, { host: deps.host, onProgress: (p) => (progress = p) });
      } finally {
        progress = null;
      }
    },
    importStatus: () => progress,
  };

  // Every other method of the contract is the open case's.
  const forwarded = Object.fromEntries(
    METHOD_NAMES.filter((name) => !(name in app)).map((name) => [name, (args: unknown) => (caseService()[name as keyof CaseService] as (a: unknown) => unknown)(args)]),
  );
  const service = { ...forwarded, ...app } as Service;
  return { service, current: () => open?.c ?? null, close: () => void switchTo(null) };
}
