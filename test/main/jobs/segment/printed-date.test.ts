// Printed email dates (Outlook, Outlook Web, Gmail, Lotus Notes, RFC 5322) to ISO 8601.
import { describe, expect, it } from "vitest";
import { parsePrintedDate } from "../../../../main/jobs/segment/printed-date";

describe("parsePrintedDate", () => {
  it.each([
    ["Friday, February 10, 2017 4:12 PM", "2017-02-10T16:12:00"],
    ["Monday, November 06, 2017 11:04:30 AM", "2017-11-06T11:04:30"],
    ["Fri 2/16/2018 9:59 PM", "2018-02-16T21:59:00"],
    ["2/16/2018 9:59:12 PM", "2018-02-16T21:59:12"],
    ["Feb 10, 2017, 4:12 PM", "2017-02-10T16:12:00"],
    ["Fri, Feb 10, 2017 at 4:12 PM", "2017-02-10T16:12:00"],
    ["Thursday, December 7, 2017 at 8:31 AM", "2017-12-07T08:31:00"],
    ["10 February 2017 16:12", "2017-02-10T16:12:00"],
    ["2017-02-10 16:12", "2017-02-10T16:12:00"],
    ["02/10/2017 04:12 PM", "2017-02-10T16:12:00"],
    ["Sept. 5, 2017 4:12 p.m.", "2017-09-05T16:12:00"],
    ["Tues, 2/6/18 10:45 am", "2018-02-06T10:45:00"],
    ["10-Feb-2017 16:12:05", "2017-02-10T16:12:05"],
  ])("reads %s as a local time without offset", (raw, iso) => {
    expect(parsePrintedDate(raw)).toBe(iso);
  });

  it.each([
    ["February 10, 2017 at 4:12:33 PM EST", "2017-02-10T16:12:33-05:00"],
    ["Fri, 10 Feb 2017 16:12:00 -0500", "2017-02-10T16:12:00-05:00"],
    ["Fri, 10 Feb 2017 16:12:00 +0100 (CET)", "2017-02-10T16:12:00+01:00"],
    ["Monday, February 5, 2018 10:27:27 AM (UTC-05:00) Eastern Time (US & Canada)", "2018-02-05T10:27:27-05:00"],
    ["10 Feb 2017 16:12 +0100", "2017-02-10T16:12:00+01:00"],
    ["2017-02-10T16:12:00-05:00", "2017-02-10T16:12:00-05:00"],
  ])("keeps the zone %s carries", (raw, iso) => {
    expect(parsePrintedDate(raw)).toBe(iso);
  });

  it("reads an RFC 5322 date without zone as local time, not as the machine's zone", () => {
    expect(parsePrintedDate("Fri, 10 Feb 2017 16:12:00")).toBe("2017-02-10T16:12:00");
  });

  it("keeps a wall-clock time that a daylight-saving change skips, since the sender's zone is unknown", () => {
    expect(parsePrintedDate("Sunday, March 12, 2017 2:30 AM")).toBe("2017-03-12T02:30:00");
  });

  it.each([
    [""],
    ["Re: meeting at 4:30"],
    ["Friday, February 10, 2017"],
    ["February 30, 2017 4:12 PM"],
    ["Grimaldi, John J. (BEGA)"],
    ["Call me at 4:12 PM on Friday, February 10, 2017, please"],
    ["Sunday, February 10, 2017 4:12 PM extra words"],
  ])("rejects %j", (raw) => {
    expect(parsePrintedDate(raw)).toBeNull();
  });

  it("stays right past its cache of recent answers", () => {
    const minutes = Array.from({ length: 600 }, (_, k) => k);
    const parsed = minutes.map((k) => parsePrintedDate(`2/16/2018 ${Math.floor(k / 60) + 1}:${String(k % 60).padStart(2, "0")} PM`));
    expect(parsed[0]).toBe("2018-02-16T13:00:00");
    expect(parsed[599]).toBe("2018-02-16T22:59:00");
    expect(parsePrintedDate("2/16/2018 1:00 PM")).toBe("2018-02-16T13:00:00");
  });
});
