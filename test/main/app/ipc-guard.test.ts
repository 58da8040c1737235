// The IPC gate: only the app's own top-level page is answered, and only with valid arguments.
import { describe, expect, it } from "vitest";
import { answerInvoke, type InvokeEvent } from "../../../main/app/ipc-guard";
import { APP_URL } from "../../../main/app/policy";
import type { Service } from "../../../main/ipc/service";

const calls: unknown[] = [];
const service = {
  listTags: () => {
    calls.push("listTags");
    return [];
  },
  search: (args: unknown) => {
    calls.push(args);
    return [];
  },
} as unknown as Service;

function eventFrom(url: string | null, { subframe = false } = {}): InvokeEvent {
  const main = { url: url ?? "" };
  const frame = url === null ? null : subframe ? { url } : main;
  return { senderFrame: frame, sender: { mainFrame: main } };
}

describe("the IPC gate", () => {
  it("answers the app's own window", async () => {
    expect(await answerInvoke(service, "listTags", eventFrom(APP_URL), {})).toEqual({ ok: true, value: [] });
    expect(await answerInvoke(service, "search", eventFrom(`${APP_URL}#case`), { query: "S1" })).toEqual({ ok: true, value: [] });
    expect(calls).toEqual(["listTags", { query: "S1" }]);
  });

  it("refuses other senders without calling the service", async () => {
    calls.length = 0;
    for (const event of [
      eventFrom("https://evil.example/"),
      eventFrom("file:///tmp/x.html"),
      eventFrom("app://casemark.evil/index.html"),
      eventFrom("app://casemark/other.html"),
      eventFrom(APP_URL, { subframe: true }),
      eventFrom(null),
    ]) {
      expect(await answerInvoke(service, "listTags", event, {})).toMatchObject({ ok: false, error: { code: "untrusted-sender" } });
    }
    expect(calls).toEqual([]);
  });

  it("refuses malformed arguments and unknown methods with a validation error", async () => {
    calls.length = 0;
    const own = eventFrom(APP_URL);
    for (const arg of [{ query: "" }, { query: 5 }, { query: "x", extra: true }, "S1", [1]]) {
      expect(await answerInvoke(service, "search", own, arg)).toMatchObject({ ok: false, error: { code: "invalid-argument" } });
    }
    expect(await answerInvoke(service, "__proto__", own, {})).toMatchObject({ ok: false, error: { code: "unknown-method" } });
    expect(calls).toEqual([]);
  });
});
