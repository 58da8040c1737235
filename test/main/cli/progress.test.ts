import { describe, expect, it } from "vitest";
import { progressLine } from "../../../main/cli/progress";

describe("progressLine", () => {
  it("counts files, pages of the PDF being read, and names the file", () => {
    expect(progressLine({ filesDone: 1, total: 4, path: "/r/release.pdf", pagesDone: 50, pageTotal: 100 })).toBe(
      `[${"#".repeat(9)}${" ".repeat(15)}] 1/4 files · 50/100 pages · release.pdf`,
    );
  });

  it("shows messages of an mbox and a full bar at the end", () => {
    expect(progressLine({ filesDone: 0, total: 1, path: "a.mbox", messagesDone: 1200 })).toBe(`[${" ".repeat(24)}] 0/1 files · 1200 messages · a.mbox`);
    expect(progressLine({ filesDone: 3, total: 3, path: "" })).toBe(`[${"#".repeat(24)}] 3/3 files`);
  });
});
