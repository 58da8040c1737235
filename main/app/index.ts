// The Electron main process: one instance, the app:// protocol, every network request blocked, the
// window, its menu, IPC over the open case (events pushed back to the window), and the sample case on first run.
import { app, dialog, Menu, session, BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from "electron";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RecentCase } from "../../shared/ipc";
import { CaseError } from "../store/case-error";
import { createAppService, type AppService, type Emit } from "../ipc/app-service";
import { startJobHost } from "../jobs/host";
import { registerIpc, sendEvent } from "./ipc";
import { menuTemplate } from "./menu";
import { guardContents, hardenSession } from "./harden";
import { CHROMIUM_SWITCHES } from "./policy";
import { registerAppScheme, serveDocuments, serveRenderer } from "./protocol";
import { createMainWindow } from "./window";

const here = fileURLToPath(new URL(".", import.meta.url));
/** A case file given on the command line or by the OS (file association). */
const caseArgument = (argv: string[]) => argv.find((a) => a.endsWith(".casemark"));

if (!app.requestSingleInstanceLock()) app.quit();
for (const [name, value] of CHROMIUM_SWITCHES) app.commandLine.appendSwitch(name, value);
registerAppScheme();
// Every web contents, the window's and any other that might appear: no navigation, windows or webviews.
app.on("web-contents-created", (_event, contents) => guardContents(contents));

let window: BrowserWindow | null = null;
let appService: AppService | null = null;

/** Runs a menu or OS action; a failure is shown, never thrown into Electron's event loop. */
function attempt(what: string, run: () => Promise<unknown> | unknown): void {
  void (async () => {
    try {
      await run();
    } catch (error) {
      dialog.showErrorBox(`Casemark could not ${what}`, error instanceof Error ? error.message : String(error));
    }
  })();
}

/** A contract method called by main itself (menu, OS); its refusal is shown like any failure. */
async function serve<T>(run: (s: AppService["service"]) => T | Promise<T>): Promise<T> {
  if (!appService) throw new Error("Casemark is still starting.");
  return run(appService.service);
}

function openGiven(path: string): void {
  attempt("open the case", () => appService?.openFromMain(path));
  if (window?.isMinimized()) window.restore();
  window?.focus();
}

app.on("second-instance", (_event, argv) => {
  const path = caseArgument(argv);
  if (path) openGiven(path);
  else window?.focus();
});

app.on("open-file", (event, path) => {
  event.preventDefault();
  if (appService) openGiven(path);
});

async function showOpen(options: OpenDialogOptions): Promise<string[]> {
  const w = BrowserWindow.getFocusedWindow();
  const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
  return r.canceled ? [] : r.filePaths;
}

async function showSave(options: SaveDialogOptions): Promise<string | null> {
  const w = BrowserWindow.getFocusedWindow();
  const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
  return r.canceled || !r.filePath ? null : r.filePath;
}

const CASE_FILTER = [{ name: "Casemark case", extensions: ["casemark"] }];

function refreshMenu(recent: readonly RecentCase[], caseOpen: boolean): void {
  const template = menuTemplate(
    {
      newCase: () => attempt("create the case", () => serve((s) => s.newCase({}))),
      openCase: () => attempt("open the case", () => appService?.openFromMain()),
      openRecent: (path) => openGiven(path),
      exportHighlights: () =>
        attempt("export the highlights", async () => {
          const done = await serve((s) => s.exportHighlights({}));
          if (done) await dialog.showMessageBox({ type: "info", message: `Exported ${done.count} highlights.`, detail: done.path });
        }),
      saveCaseCopy: () =>
        attempt("save a copy of the case", async () => {
          const done = await serve((s) => s.saveCaseCopy({}));
          if (done) await dialog.showMessageBox({ type: "info", message: "Saved a copy of the case; it verifies.", detail: done.path });
        }),
      closeCase: () => attempt("close the case", () => serve((s) => s.closeCase({}))),
      openSample: () => attempt("open the sample case", () => serve((s) => s.openSample({}))),
      command: (command) => sendEvent(window, "command", { command }),
    },
    { recent, caseOpen, platform: process.platform },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

void app.whenReady().then(async () => {
  hardenSession(session.defaultSession);
  serveRenderer(join(here, "../renderer"));

  const host = startJobHost({ entry: pathToFileURL(join(here, "worker.js")) });
  const emit: Emit = (event, payload) => {
    sendEvent(window, event, payload);
    if (event === "caseChanged" && appService) void Promise.resolve(appService.service.recentCases({})).then((r) => refreshMenu(r, payload !== null));
  };
  appService = createAppService({
    // CASEMARK_HOME: another folder for recent cases and the sample case (tests, portable use).
    home: process.env.CASEMARK_HOME ?? app.getPath("userData"),
    host,
    emit,
    dialogs: {
      chooseCaseToOpen: async () => (await showOpen({ properties: ["openFile"], filters: CASE_FILTER }))[0] ?? null,
      // Windows and Linux cannot show one chooser for files and folders: File › Import Folder asks for a folder.
      chooseFilesToImport: (folder) =>
        showOpen(
          folder
            ? { properties: ["openDirectory"] }
            : {
                properties: ["openFile", "multiSelections"],
                filters: [{ name: "Releases", extensions: ["pdf", "eml", "msg", "mbox", "txt", "rtf", "html", "htm"] }, { name: "All files", extensions: ["*"] }],
              },
        ),
      chooseNewCasePath: () => showSave({ defaultPath: "release.casemark", filters: CASE_FILTER }),
      chooseSavePath: (suggested) => showSave({ defaultPath: suggested }),
      chooseExportFolder: async () => (await showOpen({ title: "Export into a folder", buttonLabel: "Export here", properties: ["openDirectory", "createDirectory"] }))[0] ?? null,
    },
  });
  registerIpc(appService.service);
  serveDocuments(() => appService?.current() ?? null);
  refreshMenu(await appService.service.recentCases({}), false);
  const given = caseArgument(process.argv);
  try {
    await (given ? appService.service.openCase({ path: given }) : appService.service.openSample({}));
  } catch (error) {
    // The window still opens, on the welcome screen, and says why.
    // (Before the window exists, an encrypted case cannot ask for its passphrase: it is listed under
    // Recent cases, where choosing it asks.)
    const locked = error instanceof CaseError && error.code === "needs-passphrase";
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox("Casemark could not open the case", locked ? `${message}\n\nChoose it under Recent cases on the welcome screen and type its passphrase there.` : message);
  }
  window = createMainWindow(join(here, "preload.cjs"), join(process.env.CASEMARK_HOME ?? app.getPath("userData"), "window.json"));
  app.on("before-quit", () => {
    appService?.close();
    void host.close();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
