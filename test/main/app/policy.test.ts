import { describe, expect, it } from "vitest";
import { allowNavigation, allowPermission, allowRequest, appFilePath, APP_URL, CSP, trustedSender, webPreferences } from "../../../main/app/policy";

describe("the desktop app's security policy", () => {
  it("lets through only the app's own origin and local-only schemes", () => {
    expect(allowRequest(APP_URL)).toBe(true);
    expect(allowRequest("app://casemark/assets/index.js")).toBe(true);
    expect(allowRequest("devtools://devtools/bundled/inspector.html")).toBe(true);
    expect(allowRequest("data:image/png;base64,AAAA")).toBe(true);
    for (const url of ["https://example.org/", "http://127.0.0.1:8080/", "wss://x.test/", "file:///etc/passwd", "ftp://x/", "app://other/", "mailto:a@b.c", "not a url"]) {
      expect(allowRequest(url), url).toBe(false);
    }
  });

  it("refuses navigation away from the app page and every permission", () => {
    expect(allowNavigation(APP_URL)).toBe(true);
    expect(allowNavigation(`${APP_URL}#case`)).toBe(true);
    expect(allowNavigation("https://www.ice.gov/")).toBe(false);
    expect(allowNavigation("file:///tmp/release.pdf")).toBe(false);
    expect(allowNavigation("app://casemark/other.html")).toBe(false);
    for (const p of ["media", "notifications", "clipboard-read", "geolocation", "openExternal"]) expect(allowPermission(p)).toBe(false);
  });

  it("answers IPC only from the app's main frame", () => {
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

  it("builds windows with the checklist's options and a CSP without remote sources or eval", () => {
    expect(webPreferences("/p.cjs")).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
