// Electron's fuses (security checklist, item 19), read through electron-builder's own configuration
// loader and validator, so the test sees what `npm run dist` will flip in the packaged binary.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getConfig, validateConfiguration } from "app-builder-lib/out/util/config/config";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe("Electron fuses", () => {
  it("turn off running as Node, NODE_OPTIONS and inspector flags, and load only the integrity-checked asar", async () => {
    const config = await getConfig(ROOT, null, null);
    await validateConfiguration(config, { isEnabled: false, add: () => undefined } as never);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("need nothing they turn off: main neither forks with ELECTRON_RUN_AS_NODE nor reads NODE_OPTIONS", () => {
    const offenders = sources(join(ROOT, "main"))
      .filter((f) => !f.includes(`${join("main", "cli")}`))
      .filter((f) => /ELECTRON_RUN_AS_NODE|child_process|\bfork\(|NODE_OPTIONS/.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});
