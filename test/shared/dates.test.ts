import { describe, expect, it } from "vitest";
import { emailDateToIso } from "../../shared/dates";

describe("emailDateToIso", () => {
  it.each([
    ["Fri, 10 Feb 2017 16:12:00 -0500", "2017-02-10T16:12:00-05:00"],
    ["Fri, 10 Feb 2017 16:12 -0500", "2017-02-10T16:12:00-05:00"],
    ["10 Feb 2017 16:12:00 EST", "2017-02-10T16:12:00-05:00"],
    ["Mon, 14 May 2001 16:39:00 -0700 (PDT)", "2001-05-14T16:39:00-07:00"],
    ["Tue,  1 Jul 2003 10:52:37 +0200", "2003-07-01T10:52:37+02:00"],
    ["Wed, 19 Sep 2012 11:51:48 +02:00", "2012-09-19T11:51:48+02:00"],
    ["Thu, 13 Feb 1969 23:32:54 -0330", "1969-02-13T23:32:54-03:30"],
    ["Sat, 2 Sep 2017 10:00:00 GMT", "2017-09-02T10:00:00Z"],
  ])("keeps the sender's zone: %s", (raw, iso) => {
    expect(emailDateToIso(raw)).toBe(iso);
  });

  it("falls back to UTC for dates only a lenient parser reads", () => {
    expect(emailDateToIso("2017-02-10 16:12:00 GMT")).toBe("2017-02-10T16:12:00Z");
  });

  it("returns null for what is not a date", () => {
    expect(emailDateToIso("sometime last week")).toBeNull();
    expect(emailDateToIso("")).toBeNull();
    expect(emailDateToIso(null)).toBeNull();
  });
});

describe("emailDateToIso agrees with luxon's RFC 2822 parser", () => {
  it.each([
    "Fri, 10 Feb 2017 16:12:00 -0500",
    "1 Jan 99 00:00 +0000",
    "Sun, 29 Feb 2004 23:59:59 +1345",
    "Tue, 31 Dec 2019 12:00:00 -0930",
  ])("%s", async (raw) => {
    const { DateTime } = await import("luxon");
    const luxon = DateTime.fromRFC2822(raw, { setZone: true });
    expect(luxon.isValid).toBe(true);
    expect(new Date(emailDateToIso(raw)!).getTime()).toBe(luxon.toMillis());
  });

  it("refuses impossible dates instead of rolling them over", () => {
    expect(emailDateToIso("Mon, 30 Feb 2017 10:00:00 +0000")).toBeNull();
  });
});
