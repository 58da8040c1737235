// The application menu as data: File, Edit, View, Help. Shortcuts that the window handles itself
// (undo, find, import…) are shown but not registered (registerAccelerator: false), so a key press is
// handled once, by the page, the same way in the app and in the browser harness; a click on the item
// sends the page the same command. Only type imports from Electron: the template is unit-tested.
import type { MenuItemConstructorOptions } from "electron";
import type { MenuCommand, RecentCase } from "../../shared/ipc";

export type { MenuItemConstructorOptions };

export interface MenuActions {
  newCase(): void;
  openCase(): void;
  openRecent(path: string): void;
  exportHighlights(): void;
  saveCaseCopy(): void;
  closeCase(): void;
  openSample(): void;
  /** Sends a command to the page. */
  command(command: MenuCommand): void;
}

export interface MenuState {
  recent: readonly RecentCase[];
  caseOpen: boolean;
  platform: NodeJS.Platform;
}

/** A menu item whose shortcut the page handles. */
function pageItem(label: string, accelerator: string, run: () => void, enabled = true): MenuItemConstructorOptions {
  return { label, accelerator, registerAccelerator: false, enabled, click: run };
}

export function menuTemplate(a: MenuActions, state: MenuState): MenuItemConstructorOptions[] {
  const mac = state.platform === "darwin";
  const open = state.caseOpen;
  const recent: MenuItemConstructorOptions[] = state.recent.length
    ? state.recent.map((r) => ({ label: r.title || r.path, sublabel: r.path, toolTip: r.path, enabled: r.exists, click: () => a.openRecent(r.path) }))
    : [{ label: "No recent cases", enabled: false }];
  return [
    ...(mac ? [{ role: "appMenu" as const }] : []),
    {
      label: "&File",
      submenu: [
        { label: "New Case…", accelerator: "CmdOrCtrl+N", click: a.newCase },
        { label: "Open Case…", accelerator: "CmdOrCtrl+O", click: a.openCase },
        { label: "Open Recent", submenu: recent },
        { type: "separator" },
        pageItem("Import Files…", "CmdOrCtrl+I", () => a.command("import"), open),
        pageItem("Import Folder…", "CmdOrCtrl+Shift+I", () => a.command("import-folder"), open),
        pageItem("Export…", "CmdOrCtrl+Shift+E", () => a.command("export"), open),
        { label: "Save a Copy…", enabled: open, click: a.saveCaseCopy },
        { label: "Export Highlights (W3C Web Annotation)…", accelerator: "CmdOrCtrl+E", enabled: open, click: a.exportHighlights },
        { type: "separator" },
        { label: "Close Case", accelerator: "CmdOrCtrl+W", enabled: open, click: a.closeCase },
        ...(mac ? [] : [{ type: "separator" as const }, { role: "quit" as const, label: "Quit" }]),
      ],
    },
    {
      label: "&Edit",
      submenu: [
        pageItem("Undo", "CmdOrCtrl+Z", () => a.command("undo"), open),
        pageItem("Redo", mac ? "Shift+CmdOrCtrl+Z" : "CmdOrCtrl+Y", () => a.command("redo"), open),
        { type: "separator" },
        { role: "cut" },
        { role: "copy" },
        { role: "paste" },
        { role: "selectAll" },
        { type: "separator" },
        pageItem("Find…", "CmdOrCtrl+F", () => a.command("find"), open),
        pageItem("Search the Case…", "CmdOrCtrl+Shift+F", () => a.command("search"), open),
      ],
    },
    {
      label: "&View",
      // No zoom roles: their Ctrl+0/+/- would take the keys the page reader zooms pages with.
      submenu: [
        pageItem("Chronology", "CmdOrCtrl+Shift+L", () => a.command("chronology"), open),
        pageItem("Codebook…", "CmdOrCtrl+Shift+K", () => a.command("codebook"), open),
        { type: "separator" },
        { role: "togglefullscreen" },
      ],
    },
    {
      label: "&Help",
      role: "help",
      submenu: [{ label: "Open Sample Case", click: a.openSample }, ...(mac ? [] : [{ role: "about" as const, label: "About Casemark" }])],
    },
  ];
}
