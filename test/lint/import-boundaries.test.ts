// The one-way imports of DESIGN.md are enforced by lint: prove the rule fires where it must.
import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function rulesHit(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe("import boundaries", () => {
  it.each([
    ["shared/x.ts", 'import { openCase } from "../main/store/case-file";\nexport const a = openCase;\n'],
    ["shared/x.ts", 'import { App } from "../renderer/src/App";\nexport const a = App;\n'],
    ["renderer/src/x.ts", 'import { openCase } from "../../main/store/case-file";\nexport const a = openCase;\n'],
    ["main/store/x.ts", 'import { App } from "../../renderer/src/App";\nexport const a = App;\n'],
  ])("%s may not import across layers", async (file, code) => {
    expect(await rulesHit(file, code)).toContain("import-x/no-restricted-paths");
  });

  it("keeps electron out of everything but main/app", async () => {
    const code = 'import { app } from "electron";\nexport const a = app;\n';
    expect(await rulesHit("main/cli/x.ts", code)).toContain("no-restricted-imports");
    expect(await rulesHit("main/store/x.ts", code)).toContain("no-restricted-imports");
    expect(await rulesHit("main/app/x.ts", code)).not.toContain("no-restricted-imports");
  });

  it("allows the permitted directions", async () => {
    expect(await rulesHit("main/store/x.ts", 'import { ok } from "../../shared/result";\nexport const a = ok;\n')).toEqual([]);
    expect(await rulesHit("renderer/src/x.ts", 'import { ok } from "../../shared/result";\nexport const a = ok;\n')).toEqual([]);
  });
});
