// The security policy of the desktop app as plain decisions, so each one is unit-tested under Node:
// what the window may load, what it may navigate to, what permissions it gets, which senders IPC trusts.
import { DOC_ORIGIN, documentIdOf } from "../ipc/document-bytes";

export { DOC_SCHEME } from "../ipc/document-bytes";

/** The renderer's own origin (a custom, privileged, standard scheme: never file://). */
export const APP_SCHEME = "app";
export const APP_ORIGIN = `${APP_SCHEME}://casemark`;
export const APP_URL = `${APP_ORIGIN}/index.html`;


/** The Content-Security-Policy of every app page: nothing but the app's own code, no eval, no remote anything. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: blob: ${DOC_ORIGIN}`,
  "font-src 'self'",
  `connect-src 'self' ${DOC_ORIGIN}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join("; ");

/** Schemes Chromium uses internally that never leave the machine. */
const LOCAL_SCHEMES = new Set(["devtools:", "chrome-extension:", "data:", "blob:"]);

/**
 * Whether a request may proceed: the app's own origin and local-only schemes. Every http(s), ws(s),
 * ftp, file and unknown-scheme request is cancelled — Casemark makes no network request, ever.
 */
export function allowRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`)) return true;
  if (documentIdOf(url) !== null) return true;
  return LOCAL_SCHEMES.has(parsed.protocol);
}

/** Navigation away from the app page (a clicked link in an email, a dropped file) is always refused. */
export function allowNavigation(url: string): boolean {
  return url === APP_URL || url.startsWith(`${APP_URL}#`) || url.startsWith(`${APP_URL}?`);
}

/** No permission (camera, notifications, clipboard-read, geolocation, …) is ever granted. */
export function allowPermission(_permission: string): boolean {
  return false;
}

/** IPC is answered only for the app's own top-level page. */
export function trustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && typeof frameUrl === "string" && allowNavigation(frameUrl);
}

/** A file served from the renderer build: the path inside `root`, or null for anything outside it. */
export function appFilePath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded === "/" || decoded === "" ? "index.html" : decoded.replace(/^\/+/, "");
  const parts = relative.split(/[\\/]+/);
  if (parts.some((p) => p === ".." || p === "" || p.includes("\0"))) return null;
  return `${root.replace(/[\\/]+$/, "")}/${parts.join("/")}`;
}

/** BrowserWindow webPreferences: the whole Electron security checklist that applies to options. */
export function webPreferences(preload: string) {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: "",
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}
