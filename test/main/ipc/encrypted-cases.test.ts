// Encrypted cases through the IPC contract: newCase with a passphrase, openCase answering
// "needs-passphrase" / "wrong-passphrase", a passphrase without a path unlocking the case main chose,
// and nothing of the case's title or passphrase kept outside it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseInfo, RecentCase } from "../../../shared/ipc";
import { createAppService } from "../../../main/ipc/app-service";
import { dispatch } from "../../../main/ipc/dispatch";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { isEncryptedFile } from "../../../main/store/case-file";
import { tempDir } from "../../support/temp";

const PASSPHRASE = "correct horse battery staple";

let host: JobHost;
beforeAll(() => {
  host = startJobHost({ workers: 1 });
});
afterAll(() => host.close());

function appWith(home: string, chosen: { open: string | null }) {
  const events: unknown[] = [];
  const app = createAppService({
    home,
    host,
    emit: (event, payload) => events.push({ event, payload }),
    dialogs: { chooseCaseToOpen: async () => chosen.open, chooseNewCasePath: async () => null, chooseFilesToImport: async () => [], chooseSavePath: async () => null },
  });
  const call = (name: string, arg: unknown = {}) => dispatch(app.service, name, arg);
  return { app, events, call };
}

describe("encrypted cases over IPC", () => {
  it("creates one, asks for its passphrase to open it, refuses a wrong one, opens with the right one", async () => {
    const home = tempDir();
    const path = join(tempDir(), "secret.casemark");
    const chosen = { open: null as string | null };
    const { app, events, call } = appWith(home, chosen);
    try {
      const made = await call("newCase", { path, title: "Informant files", passphrase: PASSPHRASE });
      expect(made).toMatchObject({ ok: true, value: { path, title: "Informant files" } });
      expect(isEncryptedFile(path)).toBe(true);
      await call("closeCase");

      expect(await call("openCase", { path })).toEqual({ ok: false, error: { code: "needs-passphrase", message: `${path} is an encrypted case: its passphrase is needed to open it.` } });
      const wrong = await call("openCase", { path, passphrase: "not the one" });
      expect(wrong).toMatchObject({ ok: false, error: { code: "wrong-passphrase" } });
      expect(await call("caseInfo")).toEqual({ ok: true, value: null });
      const right = await call("openCase", { path, passphrase: PASSPHRASE });
      expect(right).toMatchObject({ ok: true, value: { path, title: "Informant files" } });

      // The recent list knows the file, not its title; nothing main keeps holds the passphrase.
      const recent = (await call("recentCases")) as { ok: true; value: RecentCase[] };
      expect(recent.value.map((r) => [r.path, r.title])).toEqual([[path, ""]]);
      const kept = readFileSync(join(home, "recent.json"), "utf8");
      expect(kept).not.toContain("Informant files");
      expect(kept).not.toContain(PASSPHRASE);
      expect(JSON.stringify(events)).not.toContain(PASSPHRASE);
      expect(JSON.stringify(wrong)).not.toContain("not the one");
    } finally {
      app.close();
    }
  });

  it("unlocks the case the system dialog chose when the window sends only the passphrase", async () => {
    const path = join(tempDir(), "chosen.casemark");
    const chosen = { open: path as string | null };
    const { app, call } = appWith(tempDir(), chosen);
    try {
      await call("newCase", { path, title: "Chosen", passphrase: PASSPHRASE });
      await call("closeCase");
      expect(await call("openCase")).toMatchObject({ ok: false, error: { code: "needs-passphrase" } });
      chosen.open = null;
      const opened = await call("openCase", { passphrase: PASSPHRASE });
      expect(opened).toMatchObject({ ok: true, value: { path, title: "Chosen" } });
      expect(((opened as { value: CaseInfo }).value).path).toBe(path);
    } finally {
      app.close();
    }
  });

  it("rejects an empty passphrase in the contract", async () => {
    const { app, call } = appWith(tempDir(), { open: null });
    try {
      expect(await call("newCase", { path: join(tempDir(), "x.casemark"), passphrase: "" })).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
    } finally {
      app.close();
    }
  });
});
