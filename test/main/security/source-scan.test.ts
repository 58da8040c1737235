// What the code itself never does, read from the source: no network client in main or the jobs, no
// telemetry, updater or crash upload, no shell.openExternal, no remote module, no eval, no HTML put
// into the page, no remote stylesheet, font or image. (The session's filter and the harness's request
// count prove the same at run time; this catches a change before it ever runs.)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

function sources(dir: string, extensions: RegExp): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path), extensions);
    return extensions.test(name) ? [{ path: relative(ROOT, path), text: readFileSync(path, "utf8") }] : [];
  });
}

const CODE = /\.(ts|tsx|mts|mjs|js|cjs)$/;
const mainCode = [...sources("main", CODE), ...sources("shared", CODE)];
const rendererCode = sources("renderer/src", CODE);
const allCode = [...mainCode, ...rendererCode];
const styles = sources("renderer/src", /\.css$/);

/** Lines that are comments (which may name what the code must not do). */
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

/** Code lines that match, as "path: the line". */
function offenders(files: { path: string; text: string }[], pattern: RegExp): string[] {
  return files.flatMap(({ path, text }) =>
    text
      .split("\n")
      .filter((line) => !COMMENT.test(line) && pattern.test(line))
      .map((line) => `${path}: ${line.trim()}`),
  );
}

describe("the source, read for what Casemark must never do", () => {
  it("finds the files it reads", () => {
    expect(mainCode.length).toBeGreaterThan(50);
    expect(rendererCode.length).toBeGreaterThan(30);
    expect(styles.length).toBeGreaterThan(5);
  });

  it("has no network client in main, the jobs or shared code", () => {
    const modules = /(from|import|require)\s*\(?\s*["'](node:)?(http|https|http2|net|tls|dgram|dns|undici|ws)["']/;
    expect(offenders(mainCode, modules)).toEqual([]);
    // fetch and Electron's net: only main/app serving the renderer build from its own files.
    expect(offenders(mainCode, /\bfetch\s*\(|\bnet\.request\b/).filter((l) => !l.startsWith("main/app/protocol.ts: ") || !/net\.fetch\(fileUrl\)/.test(l))).toEqual([]);
  });

  it("has no telemetry, update check, crash upload or remote module", () => {
    expect(offenders(allCode, /\b(crashReporter|autoUpdater|electron-updater|update-electron-app|@electron\/remote|enableRemoteModule|@sentry|analytics|telemetry)\b/i)).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).filter((d) => /updater|sentry|analytics|telemetry|crash|bugsnag|posthog|segment|mixpanel|@electron\/remote/i.test(d))).toEqual([]);
  });

  it("never hands anything to the system's browser or file handlers (checklist 15: shell.openExternal)", () => {
    expect(offenders(allCode, /\bshell\s*\.|\bopenExternal\b|\bopenPath\b/)).toEqual([]);
  });

  it("runs no code from strings and puts no HTML into the page", () => {
    expect(offenders(allCode, /\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*["'`]/)).toEqual([]);
    expect(offenders(rendererCode, /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write|srcdoc|<iframe|<webview|<object|<embed/)).toEqual([]);
  });

  it("loads no remote stylesheet, font or image from CSS or markup", () => {
    expect(offenders(styles, /url\(\s*["']?(https?:)?\/\/|@import\s+(url\()?\s*["']?(https?:)?\/\//)).toEqual([]);
    expect(offenders(rendererCode, /["'`]https?:\/\/(?!www\.w3\.org\/)/)).toEqual([]);
    expect(offenders([{ path: "renderer/index.html", text: readFileSync(join(ROOT, "renderer/index.html"), "utf8") }], /https?:\/\//)).toEqual([]);
  });
});
