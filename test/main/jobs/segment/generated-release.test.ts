// Segmentation precision and recall on a generated FOIA release whose messages and stamps are known.
import { describe, expect, it } from "vitest";
import { findFoiaMarks, pageStamp } from "../../../../main/jobs/foia-marks";
import { segmentPrintedEmails } from "../../../../main/jobs/segment/segment-printed";
import { PDFTOTEXT, generateRelease, joinPages, pdftotextPages, type ReleaseTruth } from "../../../support/generate-release";

/** Enough prints for every header and quote style to meet page breaks in several ways. */
const MESSAGES = 80;
const release = await generateRelease(MESSAGES);

const displayName = (a: { name: string; address: string } | null) => a?.name || a?.address || null;

/** A segmented message is right when it starts on the true first page with the true sender, subject and date. */
function score(truth: ReleaseTruth, found: ReturnType<typeof segmentPrintedEmails>) {
  const unmatched = [...truth.messages];
  let right = 0;
  for (const m of found) {
    const k = unmatched.findIndex((t) => t.firstPage === m.pageStart && t.from === displayName(m.from) && t.subject === m.subject && t.date === m.date);
    if (k >= 0) {
      right++;
      unmatched.splice(k, 1);
    }
  }
  return { precision: right / found.length, recall: right / truth.messages.length, missed: unmatched };
}

describe("generateRelease", () => {
  it("is deterministic and varied: the same bytes for a seed, every header style, prints of one and two pages", async () => {
    const again = await generateRelease(MESSAGES);
    expect(Buffer.from(again.bytes).equals(Buffer.from(release.bytes))).toBe(true);
    expect(Buffer.from((await generateRelease(MESSAGES, 27)).bytes).equals(Buffer.from(release.bytes))).toBe(false);
    const { messages, stamps } = release.truth;
    expect(messages).toHaveLength(MESSAGES);
    expect(stamps[0]).toBe("2017-ICLI-00026 000101");
    const spans = messages.map((m, k) => (messages[k + 1]?.firstPage ?? stamps.length) - m.firstPage);
    expect(new Set(spans).size).toBeGreaterThan(1);
    expect(new Set(messages.map((m) => m.date.length))).toEqual(new Set([19]));
  });
});

describe.skipIf(!PDFTOTEXT).each(["layout", "reading", "raw"] as const)("segmentPrintedEmails on a generated release (pdftotext, %s)", (mode) => {
  const pageTexts = pdftotextPages(release.bytes, mode);
  const { text, pages } = joinPages(pageTexts);
  const found = segmentPrintedEmails(text, pages);

  it("finds the messages it was made from, with precision and recall of at least 0.95", () => {
    const { precision, recall, missed } = score(release.truth, found);
    console.log(`generated release (${MESSAGES} messages, ${pages.length} pages), pdftotext ${mode}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    expect(missed.length, JSON.stringify(missed.slice(0, 3))).toBeLessThanOrEqual(MESSAGES * 0.05);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it("gives each message the pages up to the next one, and lists the copies quoted in it", () => {
    const starts = new Set(release.truth.messages.map((m) => m.firstPage));
    for (const m of found) {
      const next = [...starts].filter((p) => p > m.pageStart!).sort((a, b) => a - b)[0] ?? pages.length;
      expect(m.pageEnd).toBe(next - 1);
    }
    const byPage = new Map(release.truth.messages.map((t) => [t.firstPage, t.quoted]));
    expect(found.map((m) => m.quoted.length)).toEqual(found.map((m) => byPage.get(m.pageStart!)));
    expect(found.flatMap((m) => m.quoted).every((q) => q.date !== null && q.from !== null)).toBe(true);
  });

  it("reads every page's Bates stamp and the exemption codes printed beside the redactions", () => {
    expect(pageTexts.map(pageStamp)).toEqual(release.truth.stamps);
    expect(findFoiaMarks(text).exemptions.sort()).toEqual(["(b)(5)", "(b)(6)", "(b)(7)(C)", "(b)(7)(E)"]);
    expect(findFoiaMarks(text).stamps).toEqual(release.truth.stamps);
  });
});
