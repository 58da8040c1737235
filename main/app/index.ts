// The Electron main process: one instance, the app:// protocol, every network request blocked, the
// window, IPC over the open case, and the sample case on first run.
import { app, dialog, session, BrowserWindow } from "electron";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createAppService, type AppService } from "../ipc/app-service";
import { startJobHost } from "../jobs/host";
import { registerIpc } from "./ipc";
import { allowPermission, allowRequest } from "./policy";
import { registerAppScheme, serveRenderer } from "./protocol";
import { createMainWindow } from "./window";

const here = fileURLToPath(new URL(".", import.meta.url));
/** A case file given on the command line or by the OS (file association). */
const caseArgument = (argv: string[]) => argv.find((a) => a.endsWith(".casemark"));

if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();

let window: BrowserWindow | null = null;
let appService: AppService | null = null;

app.on("second-instance", (_event, argv) => {
  const path = caseArgument(argv);
  if (path && appService) void appService.service.openCase({ path });
  if (window?.isMinimized()) window.restore();
  window?.focus();
});

app.on("open-file", (event, path) => {
  event.preventDefault();
  if (appService) void appService.service.openCase({ path });
});

void app.whenReady().then(async () => {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url) }));
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowPermission(permission));
  serveRenderer(join(here, "../renderer"));

  const host = startJobHost({ entry: pathToFileURL(join(here, "worker.js")) });
  const parent = () => BrowserWindow.getFocusedWindow() ?? undefined;
  appService = createAppService({
    home: app.getPath("userData"),
    host,
    dialogs: {
      chooseCaseToOpen: async () => {
        const options = { properties: ["openFile" as const], filters: [{ name: "Casemark case", extensions: ["casemark"] }] };
        const w = parent();
        const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      chooseFilesToImport: async () => {
        const options = {
          properties: ["openFile" as const, "openDirectory" as const, "multiSelections" as const],
          filters: [{ name: "Releases", extensions: ["pdf", "eml", "msg", "mbox", "txt", "rtf", "html", "htm"] }, { name: "All files", extensions: ["*"] }],
        };
        const w = parent();
        const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
        return r.canceled ? [] : r.filePaths;
      },
      chooseNewCasePath: async () => {
        const options = { defaultPath: "release.casemark", filters: [{ name: "Casemark case", extensions: ["casemark"] }] };
        const w = parent();
        const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
    },
  });
  registerIpc(appService.service);
  const given = caseArgument(process.argv);
  await (given ? appService.service.openCase({ path: given }) : appService.service.openSample({}));
  window = createMainWindow(join(here, "preload.cjs"), join(app.getPath("userData"), "window.json"));
  app.on("before-quit", () => {
    appService?.close();
    void host.close();
  });
});

app.on("window-all-closed", () => {
  if (process.platform !== "darwin") app.quit();
});
