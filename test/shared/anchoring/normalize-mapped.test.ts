import { describe, expect, it } from "vitest";
import { canonicalText, canonicalTextMapped } from "../../../shared/anchoring/normalize";
import { random } from "../../support/generate-mbox";

/** The rules written as regular expressions, as an independent statement of what the function must do. */
function reference(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, "")
    .normalize("NFC")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{4,}/g, "\n\n\n")
    .replace(/^\n+/, "")
    .replace(/\s+$/, "");
}

const ALPHABET = ["a", "b", " ", " ", "\t", "\u00a0", "\n", "\n", "\r\n", "\r", "\u0000", "\u0007", "\ufeff", "e\u0301", "\u0301", "é", "😀", "\u2028", "x"];

describe("canonicalTextMapped", () => {
  it("matches the regular-expression statement of the rules on random text", () => {
    const rnd = random(7);
    for (let n = 0; n < 3000; n++) {
      const raw = Array.from({ length: Math.floor(rnd() * 30) }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join("");
      expect(canonicalText(raw), JSON.stringify(raw)).toBe(reference(raw));
    }
  });

  it("maps every output unit to the input unit it came from", () => {
    const raw = "  A\u0301b \r\n\r\n\r\n\r\n\r\nc\u0000d😀  ";
    const { text, map } = canonicalTextMapped(raw);
    expect(text).toBe("  Áb\n\n\nc" + "d😀");
    expect([...map]).toEqual([0, 1, 2, 4, 6, 8, 10, 16, 18, 19, 19]);
  });
});
