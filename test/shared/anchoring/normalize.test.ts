import { describe, expect, it } from "vitest";
import { canonicalText } from "../../../shared/anchoring/normalize";

describe("canonicalText", () => {
  it("unifies line endings and composes characters", () => {
    expect(canonicalText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(canonicalText("Cafe\u0301")).toBe("Caf\u00e9");
  });

  it("drops control characters and BOMs but keeps tabs and newlines", () => {
    expect(canonicalText("\ufeffa\u0000b\u0007c\td\ne")).toBe("abc\td\ne");
  });

  it("trims trailing spaces per line and caps runs of blank lines", () => {
    expect(canonicalText("a  \n\n\n\n\n\nb\u00a0 \n")).toBe("a\n\n\nb");
  });

  it("is idempotent", () => {
    const once = canonicalText(" x \r\n\r\n\r\n\r\n\r\ny\u2028z ");
    expect(canonicalText(once)).toBe(once);
  });
});
