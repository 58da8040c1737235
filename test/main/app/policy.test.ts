// The desktop app's security policy, item by item of Electron's security checklist where a decision
// or an option carries it (the handlers that apply them: harden.test.ts; the IPC gate: ipc-guard.test.ts;
// the preload: bundle.test.ts; the code itself: test/main/security/source-scan.test.ts).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { appResponse } from "../../../main/app/app-response";
import {
  allowNavigation,
  allowPermission,
  allowRequest,
  appFilePath,
  APP_URL,
  CHROMIUM_SWITCHES,
  CSP,
  SCHEME_PRIVILEGES,
  trustedSender,
  webPreferences,
} from "../../../main/app/policy";

/** A CSP as directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("the desktop app's security policy", () => {
  it("lets through only the app's own origin and local-only schemes (checklist 1: only secure content; 18: no file://)", () => {
    expect(APP_URL.startsWith("app://")).toBe(true);
    expect(allowRequest(APP_URL)).toBe(true);
    expect(allowRequest("app://casemark/assets/index.js")).toBe(true);
    expect(allowRequest("devtools://devtools/bundled/inspector.html")).toBe(true);
    expect(allowRequest("data:image/png;base64,AAAA")).toBe(true);
    for (const url of ["https://example.org/", "http://127.0.0.1:8080/", "wss://x.test/", "file:///etc/passwd", "ftp://x/", "app://other/", "mailto:a@b.c", "not a url", "//tracker.example.com/p.gif"]) {
      expect(allowRequest(url), url).toBe(false);
    }
  });

  it("refuses navigation away from the app page (checklist 13)", () => {
    expect(allowNavigation(APP_URL)).toBe(true);
    expect(allowNavigation(`${APP_URL}#case`)).toBe(true);
    for (const url of ["https://www.ice.gov/", "file:///tmp/release.pdf", "app://casemark/other.html", "javascript:alert(1)", "about:blank", "doc://casemark/1"]) expect(allowNavigation(url), url).toBe(false);
  });

  it("grants no permission but clipboard writing to the app's own top-level page (checklist 5)", () => {
    for (const p of ["media", "notifications", "clipboard-read", "geolocation", "openExternal", "hid", "usb", "fullscreen"]) {
      expect(allowPermission(p, APP_URL, true), p).toBe(false);
      expect(allowPermission(p), p).toBe(false);
    }
    expect(allowPermission("clipboard-sanitized-write", APP_URL, true)).toBe(true);
    expect(allowPermission("clipboard-sanitized-write", APP_URL, false)).toBe(false);
    expect(allowPermission("clipboard-sanitized-write", "https://evil.example/", true)).toBe(false);
    expect(allowPermission("clipboard-sanitized-write")).toBe(false);
  });

  it("answers IPC only from the app's main frame (checklist 17)", () => {
    expect(trustedSender(APP_URL, true)).toBe(true);
    expect(trustedSender(APP_URL, false)).toBe(false);
    expect(trustedSender("https://evil.test/", true)).toBe(false);
    expect(trustedSender(undefined, true)).toBe(false);
  });

  it("serves only files inside the renderer build", () => {
    expect(appFilePath("/app/out/renderer", "/")).toBe("/app/out/renderer/index.html");
    expect(appFilePath("/app/out/renderer/", "/assets/a.js")).toBe("/app/out/renderer/assets/a.js");
    expect(appFilePath("/app/out/renderer", "/../../etc/passwd")).toBeNull();
    expect(appFilePath("/app/out/renderer", "/assets/%2e%2e/%2e%2e/secret")).toBeNull();
    expect(appFilePath("/app/out/renderer", "/a%00b")).toBeNull();
    expect(appFilePath("/app/out/renderer", "/%E0%A4%A")).toBeNull();
  });

  it("builds windows with every checklist option: sandbox, isolation, no Node anywhere, web security, no insecure content, no experiments, no webview (checklist 2–4, 6, 8–11)", () => {
    expect(webPreferences("/p.cjs")).toEqual({
      preload: "/p.cjs",
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
    });
  });

  it("has a CSP without eval, inline code, remote sources, frames, plugins, forms or a base URL (checklist 7)", () => {
    const d = directives(CSP);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'"]);
    for (const name of ["object-src", "base-uri", "form-action", "frame-ancestors", "frame-src"]) expect(d.get(name), name).toEqual(["'none'"]);
    expect(CSP).not.toMatch(/unsafe-|https?:|ws:|\*/);
  });

  it("keeps the page's own meta CSP (the one the browser harness sees) as strict as the header on the points that matter", () => {
    const html = readFileSync(fileURLToPath(new URL("../../../renderer/index.html", import.meta.url)), "utf8");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const d = directives(meta!);
    expect(d.get("script-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(meta).not.toMatch(/unsafe-|https?:|ws:|\*/);
  });

  it("puts the CSP and nosniff on every app:// response and serves nothing outside the build", async () => {
    const asked: string[] = [];
    const fetchFile = async (url: string) => {
      asked.push(url);
      return new Response("<!doctype html>", { status: 200, headers: { "Content-Type": "text/html" } });
    };
    const ok = await appResponse("/app/out/renderer", "app://casemark/index.html", fetchFile);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Security-Policy")).toBe(CSP);
    expect(ok.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(asked).toEqual(["file:///app/out/renderer/index.html"]);
    // Encoded separators decode to ".." segments after URL parsing; appFilePath refuses them.
    for (const url of ["app://casemark/assets/..%2f..%2f..%2fetc/passwd", "app://casemark/a%5c..%5c..%5cx", "app://other/index.html"]) {
      const refused = await appResponse("/app/out/renderer", url, fetchFile);
      expect(refused.status, url).toBe(404);
      expect(refused.headers.get("Content-Security-Policy")).toBe(CSP);
    }
    expect(asked).toHaveLength(1);
  });

  it("registers its schemes as standard and secure, never bypassing the CSP or allowing service workers (checklist 18)", () => {
    expect(SCHEME_PRIVILEGES.map((s) => s.scheme)).toEqual(["app", "doc"]);
    for (const { privileges } of SCHEME_PRIVILEGES) {
      expect(privileges).toMatchObject({ standard: true, secure: true });
      for (const risky of ["bypassCSP", "allowServiceWorkers", "corsEnabled", "codeCache"]) expect(privileges, risky).not.toHaveProperty(risky);
    }
  });

  it("makes every host name resolve to nothing, so no request could reach a server even past the filter", () => {
    expect(CHROMIUM_SWITCHES).toContainEqual(["host-resolver-rules", "MAP * ~NOTFOUND"]);
  });
});
