// The large annotated case the open, persist and UI benchmarks share: the imported mail case (a copy made
// before the search benchmark touched it), the generated release PDF imported into it, and N highlights
// on that release — the document a reviewer has open, so its sidebar carries them all.
import { importPaths } from "../../main/import/import-files";
import { closeCase, openCase } from "../../main/store/case-file";
import { addPageHighlights } from "./highlights";
import { measure, warmHost } from "./measure";

export interface AnnotatedCase {
  path: string;
  /** The release document that holds the highlights. */
  releaseId: number;
  highlights: number;
  setupSeconds: number;
}

export async function buildAnnotatedCase(path: string, releasePdf: string, highlights: number): Promise<AnnotatedCase> {
  const c = openCase(path);
  const host = await warmHost();
  let releaseId = 0;
  let made = 0;
  try {
    const m = await measure(async () => {
      const [result] = await importPaths(c, [releasePdf], { host });
      if (result?.status !== "imported") throw new Error(`bench release import failed: ${JSON.stringify(result)}`);
      releaseId = result.documentId!;
      made = addPageHighlights(c, releaseId, highlights);
    });
    if (made !== highlights) throw new Error(`only ${made} of ${highlights} highlights could be placed on the release`);
    return { path, releaseId, highlights: made, setupSeconds: m.seconds };
  } finally {
    await host.close();
    closeCase(c);
  }
}
