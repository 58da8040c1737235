import { describe, expect, it } from "vitest";
import { citation, citationDate, personName } from "../../shared/citation";

describe("pinpoint citations", () => {
  it("cites an email by sender, recipient, date in the sender's time, and page stamp", () => {
    expect(
      citation({
        title: "RE: Due Tonight",
        from: "Harlan Placeholder (ERO HQ) <ero-hq@example.gov>",
        to: ["ERO Field Office Directors <ero-fods@example.gov>"],
        date: "2017-02-10T16:12:00-05:00",
        stamp: "2017-ICLI-00026 000123",
        page: 22,
      }),
    ).toBe("Email from Harlan Placeholder (ERO HQ) to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM), at 2017-ICLI-00026 000123");
  });

  it("shortens recipients, falls back to the page, and leaves out what is unknown", () => {
    expect(citation({ title: "x", from: "a@x.gov", to: ["B <b@x.gov>", "C <c@x.gov>"], date: null, page: 2 })).toBe("Email from a@x.gov to B and C, at 3");
    expect(citation({ title: "x", from: null, to: ["B <b@x.gov>", "C <c@x.gov>", "D <d@x.gov>"], date: "2017-06-01T09:05:00+00:00" })).toBe("Email to B et al. (June 1, 2017, 9:05 AM)");
    expect(citation({ title: "Case summary – San Antonio AOR", stamp: null, page: null })).toBe("Case summary – San Antonio AOR");
    expect(citation({ title: "Letter", page: 0 })).toBe("Letter, at 1");
  });

  it("writes month names as legal citations abbreviate them", () => {
    expect(citationDate("2017-05-02T13:00:00-05:00")).toBe("May 2, 2017, 1:00 PM");
    expect(citationDate("2017-09-30T23:59:00+02:00")).toBe("Sept. 30, 2017, 11:59 PM");
    expect(citationDate("not a date")).toBe("not a date");
    expect(personName('"Quincy Notreal (Austin AFOD)" <austin-afod@example.gov>')).toBe("Quincy Notreal (Austin AFOD)");
  });
});
