// The security policy of the desktop app as plain decisions, so each one is unit-tested under Node:
// what the window may load, what it may navigate to, what permissions it gets, which senders IPC trusts.
import { DOC_ORIGIN, DOC_SCHEME, documentIdOf } from "../ipc/document-bytes";

export { DOC_SCHEME };

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

/**
 * Permissions: only writing to the clipboard (the chronology's "Copy citation"), and only for the
 * app's own top-level page. Nothing else — camera, notifications, clipboard-read, geolocation,
 * devices, openExternal, … — is ever granted, to the app or anything else.
 */
export function allowPermission(permission: string, requestingUrl?: string, isMainFrame = false): boolean {
  if (permission !== "clipboard-sanitized-write" || !isMainFrame || !requestingUrl) return false;
  return requestingUrl === APP_ORIGIN || allowNavigation(requestingUrl);
}

/**
 * Chromium switches set before the app is ready. Every host name resolves to nothing, so even a
 * request that slipped past the session's filter (a DNS prefetch, a preconnect) could not reach a
 * server; the app's own schemes never resolve a host.
 */
export const CHROMIUM_SWITCHES: readonly (readonly [string, string?])[] = [["host-resolver-rules", "MAP * ~NOTFOUND"]];

/**
 * The app's two schemes. Both are standard and secure (so the CSP's 'self' and fetch work); neither
 * bypasses the CSP, registers service workers or is treated as CORS-enabled.
 */
export const SCHEME_PRIVILEGES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: DOC_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
] as const;

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
