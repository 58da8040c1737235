// The main window: sandboxed, isolated, no Node, navigation and new windows refused, size remembered.
import { BrowserWindow } from "electron";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { guardContents } from "./harden";
import { APP_URL, webPreferences } from "./policy";

interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

function loadBounds(file: string): Bounds {
  try {
    if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as Bounds;
  } catch {
    // A damaged state file only costs the window its last size.
  }
  return { width: 1360, height: 860 };
}

export function createMainWindow(preload: string, stateFile: string): BrowserWindow {
  const window = new BrowserWindow({ ...loadBounds(stateFile), minWidth: 900, minHeight: 600, show: false, title: "Casemark", webPreferences: webPreferences(preload) });
  window.once("ready-to-show", () => window.show());
  window.on("close", () => writeFileSync(stateFile, JSON.stringify(window.getNormalBounds())));
  // Navigation, redirects, new windows and webviews refused (also applied to every web contents in index.ts).
  guardContents(window.webContents);
  void window.loadURL(APP_URL);
  return window;
}
