import { describe, expect, it } from "vitest";
import { isReplySubject, normalizeSubject } from "../../../shared/email/subject";

describe("normalizeSubject", () => {
  it("strips stacked reply and forward prefixes in several languages", () => {
    expect(normalizeSubject("RE: FW: Due Tonight for S1 – URGENT")).toBe("due tonight for s1 – urgent");
    expect(normalizeSubject("AW: WG: Re[2]: Antrag")).toBe("antrag");
    expect(normalizeSubject("[foia-list] Re: Fwd:  Records   request")).toBe("records request");
  });

  it("leaves subjects that merely contain the letters alone", () => {
    expect(normalizeSubject("Response plan")).toBe("response plan");
    expect(normalizeSubject(null)).toBe("");
  });

  it("tells replies from first messages", () => {
    expect(isReplySubject("RE: x")).toBe(true);
    expect(isReplySubject("Fwd: x")).toBe(true);
    expect(isReplySubject("Reply needed")).toBe(false);
  });
});
