// The policy as Electron receives it: a stand-in session and web contents record the handlers
// main/app/harden.ts installs, and each is driven as Electron would drive it.
import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { guardContents, hardenSession, type GuardedContents, type HardenedSession } from "../../../main/app/harden";
import { APP_URL } from "../../../main/app/policy";

type Handler = (...args: never[]) => unknown;

function fakeSession() {
  const emitter = new EventEmitter();
  const handlers: Record<string, Handler> = {};
  let spellchecker: boolean | null = null;
  const ses = {
    webRequest: { onBeforeRequest: (listener: Handler) => void (handlers.request = listener) },
    setPermissionRequestHandler: (h: Handler) => void (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Handler) => void (handlers.permissionCheck = h),
    setDevicePermissionHandler: (h: Handler) => void (handlers.device = h),
    setSpellCheckerEnabled: (on: boolean) => void (spellchecker = on),
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
  };
  hardenSession(ses as unknown as HardenedSession);
  return {
    /** What the session does with a request: cancelled or let through. */
    request: (url: string) => {
      let cancel: boolean | undefined;
      (handlers.request as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
      return cancel;
    },
    permissionRequest: (permission: string, requestingUrl: string, isMainFrame = true) => {
      let granted: boolean | undefined;
      (handlers.permissionRequest as (wc: unknown, p: string, cb: (g: boolean) => void, d: object) => void)({}, permission, (g) => (granted = g), { requestingUrl, isMainFrame });
      return granted;
    },
    permissionCheck: (permission: string, origin: string, isMainFrame = true) =>
      (handlers.permissionCheck as (wc: unknown, p: string, o: string, d: object) => boolean)(null, permission, origin, { isMainFrame }),
    device: () => (handlers.device as (d: object) => boolean)({ deviceType: "usb", origin: "app://casemark" }),
    download: () => {
      let prevented = false;
      emitter.emit("will-download", { preventDefault: () => (prevented = true) }, {}, {});
      return prevented;
    },
    spellchecker: () => spellchecker,
  };
}

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => void (openHandler = h),
  };
  guardContents(contents as unknown as GuardedContents);
  /** Emits an event Electron would, with an event object that records preventDefault. */
  const emitPreventable = (name: string, url: string, withUrlArgument = true) => {
    let prevented = false;
    const event = { url, preventDefault: () => (prevented = true) };
    if (withUrlArgument) emitter.emit(name, event, url);
    else emitter.emit(name, event);
    return prevented;
  };
  return {
    navigate: (url: string) => emitPreventable("will-navigate", url),
    frameNavigate: (url: string) => emitPreventable("will-frame-navigate", url, false),
    redirect: (url: string) => emitPreventable("will-redirect", url),
    attachWebview: () => emitPreventable("will-attach-webview", "about:blank"),
    open: (url: string) => openHandler!({ url }).action,
  };
}

describe("the session as main/app/harden.ts leaves it", () => {
  it("cancels every request outside the app's schemes (checklist: only secure, local content)", () => {
    const s = fakeSession();
    expect(s.request(APP_URL)).toBe(false);
    expect(s.request("doc://casemark/12")).toBe(false);
    for (const url of ["https://tracker.example.com/open?id=1", "http://62.75.179.211/x.jpg", "wss://x.test/", "file:///etc/passwd", "ftp://x/", "app://evil/index.html", "doc://casemark/../x"]) {
      expect(s.request(url), url).toBe(true);
    }
  });

  it("denies every permission in both handlers, request and check, but clipboard writing for the app's own page", () => {
    const s = fakeSession();
    for (const permission of ["media", "geolocation", "notifications", "clipboard-read", "openExternal", "hid", "usb", "serial", "fullscreen", "pointerLock", "display-capture", "fileSystem", "unknown"]) {
      expect(s.permissionRequest(permission, APP_URL), permission).toBe(false);
      expect(s.permissionCheck(permission, "app://casemark"), permission).toBe(false);
    }
    expect(s.permissionRequest("clipboard-sanitized-write", APP_URL)).toBe(true);
    expect(s.permissionCheck("clipboard-sanitized-write", "app://casemark")).toBe(true);
    // Not from a frame, not from another origin.
    expect(s.permissionRequest("clipboard-sanitized-write", APP_URL, false)).toBe(false);
    expect(s.permissionRequest("clipboard-sanitized-write", "https://evil.example/")).toBe(false);
    expect(s.permissionCheck("clipboard-sanitized-write", "doc://casemark")).toBe(false);
  });

  it("hands no device to a page, starts no download and turns the spellchecker (and its dictionary downloads) off", () => {
    const s = fakeSession();
    expect(s.device()).toBe(false);
    expect(s.download()).toBe(true);
    expect(s.spellchecker()).toBe(false);
  });
});

describe("every web contents as main/app/harden.ts guards it", () => {
  it("refuses navigation away from the app page, in the main frame, in subframes and by redirect", () => {
    const c = fakeContents();
    expect(c.navigate(`${APP_URL}#case`)).toBe(false);
    for (const url of ["https://www.ice.gov/", "file:///tmp/release.pdf", "javascript:alert(1)", "app://casemark/other.html", "doc://casemark/3"]) {
      expect(c.navigate(url), url).toBe(true);
      expect(c.frameNavigate(url), url).toBe(true);
      expect(c.redirect(url), url).toBe(true);
    }
  });

  it("opens no new window for any URL, its own included, and attaches no webview", () => {
    const c = fakeContents();
    for (const url of [APP_URL, "https://example.org/", "mailto:a@b.c", "file:///etc/passwd"]) expect(c.open(url), url).toBe("deny");
    expect(c.attachWebview()).toBe(true);
  });
});

