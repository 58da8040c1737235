// Fuzzing the IPC surface as a compromised page would: random and near-valid arguments to every
// method. Main never crashes: each call answers a Result, a refusal is a validation or case error
// with a message (never "internal", which would be a bug), and the case still verifies afterwards.
import fc from "fast-check";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contract, METHOD_NAMES, type MethodName } from "../../../shared/ipc";
import type { AnnotationView, DocumentSummary, MessageSummary } from "../../../shared/model";
import { createAppService, type AppService } from "../../../main/ipc/app-service";
import { dispatch } from "../../../main/ipc/dispatch";
import { startJobHost, type JobHost } from "../../../main/jobs/host";
import { openCase, closeCase } from "../../../main/store/case-file";
import { verifyCase } from "../../../main/store/verify";
import { tempDir } from "../../support/temp";

/** Arguments tried per method; the seed makes a failure reproducible (fast-check prints it). */
const RUNS = 200;
/** Every code a refusal may carry: the contract's validation, and the store's own errors. */
const REFUSALS = new Set(["invalid-argument", "missing", "exists", "not-a-case", "too-new", "corrupt", "read-only", "not-found", "invalid", "no-case", "needs-confirmation", "busy", "needs-passphrase", "wrong-passphrase", "disk-full", "io-error"]);
/** Values that break careless code: bounds, odd numbers, injection and traversal strings, prototype keys. */
const AWKWARD: unknown[] = [
  -1, 0, 1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY, 0.5,
  "", " ", "\u0000", "\uFFFF", "\uD800", "a".repeat(20_000), "../../etc/passwd", "__proto__", "constructor", "toString",
  "order", "failure report", "failure report/missed deadline", "/", "//", "*", '"', "NEAR(", "AND", "OR NOT", "'; DROP TABLE annotations; --",
  "2017-02-10", "2017-02-30", "#ff0000", "red", "responds to", true, false, null, [], {}, [1, 2], { __proto__: { polluted: 1 } },
];

let host: JobHost;
let app: AppService;
let casePath: string;
let home: string;
const real = { documents: [] as number[], messages: [] as number[], annotations: [] as string[] };

beforeAll(async () => {
  host = startJobHost({ workers: 1 });
  home = tempDir();
  // Paths the fuzz makes up land in a scratch folder, never beside the tests.
  process.chdir(tempDir());
  app = createAppService({
    home,
    host,
    emit: () => undefined,
    dialogs: { chooseCaseToOpen: async () => null, chooseNewCasePath: async () => null, chooseFilesToImport: async () => [], chooseSavePath: async () => null },
  });
  const opened = await dispatch(app.service, "openSample", {});
  if (!opened.ok) throw new Error(opened.error.message);
  casePath = (opened.value as { path: string }).path;
  const docs = await dispatch(app.service, "listDocuments", {});
  const messages = await dispatch(app.service, "listMessages", {});
  real.documents = (docs.ok ? (docs.value as DocumentSummary[]) : []).map((d) => d.id);
  real.messages = (messages.ok ? (messages.value as MessageSummary[]) : []).map((m) => m.id);
  for (const documentId of real.documents.slice(0, 3)) {
    const made = await dispatch(app.service, "createAnnotation", { documentId, start: 0, end: 5, tags: ["order"] });
    if (made.ok) real.annotations.push((made.value as AnnotationView).id);
  }
}, 120_000);
afterAll(async () => {
  await dispatch(app.service, "closeCase", {});
  await host.close();
});

/** The keys a method's argument object takes, read from its schema (empty for non-object schemas). */
function keysOf(name: MethodName): string[] {
  const schema = contract[name].input as unknown as { shape?: Record<string, unknown>; def?: { in?: { shape?: Record<string, unknown> } } };
  return Object.keys(schema.shape ?? schema.def?.in?.shape ?? {});
}

/** A value for one key: often a real id or an awkward value, else anything at all. */
function valueFor(key: string): fc.Arbitrary<unknown> {
  const ids = /annotation|^id$|^from$|^to$/i.test(key) ? real.annotations : /document/i.test(key) ? real.documents : /message/i.test(key) ? real.messages : [];
  const known = [...ids, ...AWKWARD];
  const anything = fc.anything({ maxDepth: 2, maxKeys: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true });
  const value = fc.oneof(fc.constantFrom(...known), anything, fc.string({ maxLength: 40 }), fc.integer(), fc.array(fc.constantFrom(...known), { maxLength: 3 }));
  // A made-up path is kept inside the scratch folder, so a fuzzed "new case" cannot write elsewhere.
  return /path|folder/i.test(key) ? value.map((v) => (typeof v === "string" && !v.includes("\u0000") ? join(process.cwd(), v.replace(/[/\\]/g, "_") || "x") : v)) : value;
}

function argumentFor(name: MethodName): fc.Arbitrary<unknown> {
  const keys = keysOf(name);
  const shaped = keys.length
    ? fc.record(Object.fromEntries([...keys, "extra"].map((k) => [k, valueFor(k)])), { requiredKeys: [] })
    : fc.constant({});
  return fc.oneof({ arbitrary: shaped, weight: 3 }, { arbitrary: fc.anything({ maxDepth: 3 }), weight: 1 }, { arbitrary: fc.constantFrom(undefined, null, 0, "", [], "x"), weight: 1 });
}

/** Puts the fuzzed case back in front of the service when a method closed it or opened another. */
async function reopen(): Promise<void> {
  const info = await dispatch(app.service, "caseInfo", {});
  if (info.ok && (info.value as { path: string } | null)?.path === casePath) return;
  const opened = await dispatch(app.service, "openCase", { path: casePath });
  if (!opened.ok) throw new Error(opened.error.message);
}

describe("IPC fuzzing", () => {
  const seen = new Map<string, number>();

  it.each([...METHOD_NAMES])("%s answers every argument with a Result, refusing with a reason", async (name) => {
    await fc.assert(
      fc.asyncProperty(argumentFor(name), async (arg) => {
        await reopen();
        const result = await dispatch(app.service, name, arg);
        const outcome = result.ok ? "ok" : result.error.code;
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        if (!result.ok) {
          expect(REFUSALS, `${name}(${fc.stringify(arg).slice(0, 200)}) → ${result.error.code}: ${result.error.message}`).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS, seed: 2017 },
    );
  }, 120_000);

  it("leaves a case that verifies, and reports what it tried", async () => {
    await reopen();
    await dispatch(app.service, "closeCase", {});
    const c = openCase(casePath);
    try {
      expect(verifyCase(c)).toMatchObject({ ok: true, problems: [] });
    } finally {
      closeCase(c);
    }
    const total = [...seen.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(METHOD_NAMES.length * RUNS);
    console.log(`IPC fuzz: ${total} calls over ${METHOD_NAMES.length} methods: ${JSON.stringify(Object.fromEntries(seen))}`);
  });
});
