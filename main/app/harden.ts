// Puts the security policy (policy.ts) into Electron's hands: the session (every request filtered,
// permissions, devices, downloads, spellchecker) and every web contents (navigation in any frame,
// redirects, new windows, webviews). Only types come from Electron, so tests drive it with stand-ins.
import type { Session, WebContents } from "electron";
import { allowNavigation, allowPermission, allowRequest } from "./policy";

/** The part of a session this file touches. */
export type HardenedSession = Pick<
  Session,
  "webRequest" | "setPermissionRequestHandler" | "setPermissionCheckHandler" | "setDevicePermissionHandler" | "setSpellCheckerEnabled" | "on"
>;

/** The part of a web contents this file touches. */
export type GuardedContents = Pick<WebContents, "on" | "setWindowOpenHandler">;

export function hardenSession(ses: HardenedSession): void {
  // Every request of every page and worker: the app's own schemes pass, everything else is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowRequest(details.url) }));
  // Both handlers: the request handler alone leaves permission checks (navigator.permissions, some APIs) open.
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowPermission(permission, details.requestingUrl, details.isMainFrame)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => allowPermission(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame));
  // No USB, HID, serial or Bluetooth device is ever handed to a page.
  ses.setDevicePermissionHandler(() => false);
  // A link or a page cannot start a download; Casemark saves files only through its own dialogs.
  ses.on("will-download", (event) => event.preventDefault());
  // Chromium's spellchecker downloads dictionaries from Google; the window has it off, and so has the session.
  ses.setSpellCheckerEnabled(false);
}

export function guardContents(contents: GuardedContents): void {
  const refuse = (event: { preventDefault(): void }, url: string) => {
    if (!allowNavigation(url)) event.preventDefault();
  };
  contents.on("will-navigate", (event, url) => refuse(event, url));
  // Subframes too (the CSP allows none, this holds if one appeared anyway).
  contents.on("will-frame-navigate", (event) => refuse(event, event.url));
  contents.on("will-redirect", (event, url) => refuse(event, url));
  // No new windows, and links are not handed to a browser either: opening one could tell its server
  // that someone is reading the record.
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
  // The webview tag is off in webPreferences; should one be attached anyway, it is refused.
  contents.on("will-attach-webview", (event) => event.preventDefault());
}
