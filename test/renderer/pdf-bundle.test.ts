// What the page reader bundles from pdf.js runs under the app's CSP: no eval anywhere in pdf.js, and
// the JavaScript image decoders (JBIG2 and CCITT, JPEG 2000) reached through the router module at the
// URL pdf.js builds from its wasmUrl option.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const pdfjs = (file: string) => require.resolve(`pdfjs-dist/${file}`);
const ROUTER = new URL("../../renderer/src/pdf-reader/wasm-fallback-router.mjs", import.meta.url);

describe("pdf.js under the app's CSP", () => {
  it("never evaluates strings as code (script-src has no 'unsafe-eval')", () => {
    for (const file of ["legacy/build/pdf.mjs", "legacy/build/pdf.worker.min.mjs", "wasm/jbig2_nowasm_fallback.js", "wasm/openjpeg_nowasm_fallback.js"]) {
      const code = readFileSync(pdfjs(file), "utf8");
      expect(code, file).not.toMatch(/\bnew Function\s*\(/);
      expect(code, file).not.toMatch(/(?<![\w$.])eval\s*\(/);
    }
  });

  it("loads the decoders pdf.js asks for through the router, by the names it asks for", () => {
    const decoders = { jbig2: pathToFileURL(pdfjs("wasm/jbig2_nowasm_fallback.js")).href, openjpeg: pathToFileURL(pdfjs("wasm/openjpeg_nowasm_fallback.js")).href };
    // The wasmUrl the loader passes (pdfjs-loader.ts), then what pdf.js appends to it. Plain Node runs the
    // imports, with the browser's module semantics (a query makes another module instance); vitest's
    // own module loader would not keep the query in import.meta.url.
    const wasmUrl = `${ROUTER.href}?jbig2=${encodeURIComponent(decoders.jbig2)}&openjpeg=${encodeURIComponent(decoders.openjpeg)}&f=/`;
    const script = `
      const out = {};
      for (const [name, file] of Object.entries(${JSON.stringify(decoders)})) {
        const routed = await import(${JSON.stringify(wasmUrl)} + name + "_nowasm_fallback.js");
        const direct = await import(file);
        out[name] = typeof routed.default === "function" && routed.default === direct.default;
      }
      try { await import(${JSON.stringify(wasmUrl)} + "quickjs_nowasm_fallback.js"); out.quickjs = "loaded"; } catch (e) { out.quickjs = e.message; }
      console.log(JSON.stringify(out));`;
    const result = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as Record<string, unknown>;
    expect(result).toEqual({ jbig2: true, openjpeg: true, quickjs: 'No image decoder named "quickjs" is bundled' });
  });
});
