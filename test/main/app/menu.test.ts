// The application menu: every item the workbench promises, wired to its action, shortcuts not doubled.
import { describe, expect, it } from "vitest";
import { menuTemplate, type MenuActions, type MenuItemConstructorOptions } from "../../../main/app/menu";

function recorder() {
  const done: string[] = [];
  const actions: MenuActions = {
    newCase: () => done.push("newCase"),
    openCase: () => done.push("openCase"),
    openRecent: (path) => done.push(`openRecent ${path}`),
    exportHighlights: () => done.push("exportHighlights"),
    saveCaseCopy: () => done.push("saveCaseCopy"),
    closeCase: () => done.push("closeCase"),
    openSample: () => done.push("openSample"),
    command: (command) => done.push(`command ${command}`),
  };
  return { done, actions };
}

const items = (menu: MenuItemConstructorOptions[], label: string) => (menu.find((m) => m.label?.replace("&", "") === label)?.submenu ?? []) as MenuItemConstructorOptions[];
const item = (list: MenuItemConstructorOptions[], label: string) => list.find((m) => m.label === label)!;
const click = (m: MenuItemConstructorOptions) => (m.click as () => void)();

describe("the application menu", () => {
  const recent = [
    { path: "/cases/ice.casemark", title: "ICE release", openedAt: "2026-11-28T10:00:00Z", exists: true },
    { path: "/gone/old.casemark", title: "Old", openedAt: "2026-11-01T10:00:00Z", exists: false },
  ];

  it("has File, Edit, View and Help, each item doing what it says", () => {
    const { done, actions } = recorder();
    const menu = menuTemplate(actions, { recent, caseOpen: true, platform: "linux" });
    expect(menu.map((m) => m.label)).toEqual(["&File", "&Edit", "&View", "&Help"]);
    const file = items(menu, "File");
    for (const label of ["New Case…", "Open Case…", "Import Files…", "Import Folder…", "Export…", "Save a Copy…", "Export Highlights (W3C Web Annotation)…", "Close Case"]) click(item(file, label));
    const edit = items(menu, "Edit");
    for (const label of ["Undo", "Redo", "Find…", "Search the Case…"]) click(item(edit, label));
    for (const label of ["Chronology", "Codebook…"]) click(item(items(menu, "View"), label));
    click(item(items(menu, "Help"), "Open Sample Case"));
    const openRecent = item(file, "Open Recent").submenu as MenuItemConstructorOptions[];
    click(openRecent[0]!);
    expect(openRecent.map((r) => [r.label, r.enabled])).toEqual([["ICE release", true], ["Old", false]]);
    expect(done).toEqual([
      "newCase",
      "openCase",
      "command import",
      "command import-folder",
      "command export",
      "saveCaseCopy",
      "exportHighlights",
      "closeCase",
      "command undo",
      "command redo",
      "command find",
      "command search",
      "command chronology",
      "command codebook",
      "openSample",
      "openRecent /cases/ice.casemark",
    ]);
  });

  it("leaves the page's own shortcuts to the page, and disables case actions with no case open", () => {
    const menu = menuTemplate(recorder().actions, { recent: [], caseOpen: false, platform: "linux" });
    const all = menu.flatMap((m) => (m.submenu ?? []) as MenuItemConstructorOptions[]);
    for (const label of ["Undo", "Redo", "Find…", "Search the Case…", "Import Files…", "Import Folder…", "Export…", "Chronology", "Codebook…"]) {
      expect(item(all, label)).toMatchObject({ registerAccelerator: false, enabled: false });
    }
    expect(item(all, "Close Case").enabled).toBe(false);
    expect(item(all, "Save a Copy…").enabled).toBe(false);
    expect(item(all, "Open Recent").submenu).toEqual([{ label: "No recent cases", enabled: false }]);
    // No two items claim the same shortcut.
    const accelerators = all.map((m) => m.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it("follows the platform: an app menu on macOS, Quit in File elsewhere", () => {
    expect(menuTemplate(recorder().actions, { recent: [], caseOpen: true, platform: "darwin" })[0]).toEqual({ role: "appMenu" });
    expect(items(menuTemplate(recorder().actions, { recent: [], caseOpen: true, platform: "win32" }), "File").some((m) => m.role === "quit")).toBe(true);
  });
});
