// Run by mbox-memory.ts in a fresh process: imports one mbox into a new case and prints the process's
// peak resident memory (main thread and job workers together) as JSON on the last line.
import { importPaths } from "../../main/import/import-files";
import { closeCase, createCase } from "../../main/store/case-file";
import { warmHost } from "./measure";

const [mbox, casePath] = process.argv.slice(2);
if (!mbox || !casePath) throw new Error("usage: mbox-memory-child.ts <mbox> <case>");
const c = createCase(casePath);
const host = await warmHost();
try {
  const [result] = await importPaths(c, [mbox], { host });
  if (result?.status !== "imported") throw new Error(`import failed: ${JSON.stringify(result)}`);
} finally {
  await host.close();
  closeCase(c);
}
// maxRSS is in kibibytes.
console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024 }));
