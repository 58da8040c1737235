// One printed header block at a time, in each style and as each extractor lays it out; names and addresses.
import { describe, expect, it } from "vitest";
import { isQuoteMarker, parseAddress, parseAddressList, readHeaderBlock, splitLines } from "../../../../main/jobs/segment/header-block";

/** The block at line `i` of `text`. */
const blockAt = (text: string, i = 0) => readHeaderBlock(splitLines(text), i);

describe("parseAddress / parseAddressList", () => {
  it("reads the forms printed headers use", () => {
    expect(parseAddress("Weil, Sonia (Council) <sweil@DCCOUNCIL.US>")).toEqual({ name: "Weil, Sonia (Council)", address: "sweil@DCCOUNCIL.US" });
    expect(parseAddress("Collier, Tameka (BEGA)")).toEqual({ name: "Collier, Tameka (BEGA)", address: "" });
    expect(parseAddress("a@b.co")).toEqual({ name: "", address: "a@b.co" });
    expect(parseAddress('"Doe, Jane" <jd@x.gov>;')).toEqual({ name: "Doe, Jane", address: "jd@x.gov" });
    expect(parseAddress("John Roe [mailto:jroe@x.gov]")).toEqual({ name: "John Roe", address: "jroe@x.gov" });
    expect(parseAddress("Jane Doe/HQ/ICE/DHS@DHS")).toEqual({ name: "Jane Doe", address: "" });
    expect(parseAddress("  ;")).toBeNull();
  });

  it("splits on commas only where each part holds an address, since names are written 'Last, First'", () => {
    expect(parseAddressList("Collier, Tameka (BEGA)")).toEqual([{ name: "Collier, Tameka (BEGA)", address: "" }]);
    expect(parseAddressList("Mitchell, Katherine (Council) <kmitchell@DCCOUNCIL.US>; Collier, Tameka (BEGA);")).toEqual([
      { name: "Mitchell, Katherine (Council)", address: "kmitchell@DCCOUNCIL.US" },
      { name: "Collier, Tameka (BEGA)", address: "" },
    ]);
    expect(parseAddressList("a@x.gov, Bo Roe <b@x.gov>")).toEqual([{ name: "", address: "a@x.gov" }, { name: "Bo Roe", address: "b@x.gov" }]);
    expect(parseAddressList("Doe, John <jd@x.gov>, Roe, Jane <jr@x.gov>").map((a) => a.name)).toEqual(["Doe, John", "Roe, Jane"]);
    expect(parseAddressList("Jane Doe/HQ/ICE@DHS, Bob Roe/HQ/ICE@DHS").map((a) => a.name)).toEqual(["Jane Doe", "Bob Roe"]);
    expect(parseAddressList("")).toEqual([]);
  });
});

describe("readHeaderBlock: Outlook memo style", () => {
  it("reads a wide-spaced header whose values wrap under their column (pdftotext -layout)", () => {
    const text = [
      "From:               Walker, Steven (EOM)",
      "To:                 Collier, Tameka (BEGA); Weil, Sonia (Council);",
      "                    Allen, Charles (Council)",
      "Subject:            Re: BEGA",
      "Date:               Thursday, December 07, 2017 8:38:23 AM",
      "Attachments:        image001.png",
      "                    image002.png",
      "",
      "Sure, I'm free until 8:55.",
    ].join("\n");
    const block = blockAt(text);
    expect(block).toMatchObject({ style: "memo", first: 0, next: 7, subject: "Re: BEGA", date: "2017-12-07T08:38:23", dateRaw: "Thursday, December 07, 2017 8:38:23 AM" });
    expect(block?.from).toEqual({ name: "Walker, Steven (EOM)", address: "" });
    expect(block?.to.map((a) => a.name)).toEqual(["Collier, Tameka (BEGA)", "Weil, Sonia (Council)", "Allen, Charles (Council)"]);
  });

  it("reads single-spaced quoted headers without blank lines (PDFium order) and ends at the body", () => {
    const text = "From: Collier, Tameka (BEGA)\nSent: Monday, February 5, 2018 10:27:27 AM\nTo: Weil, Sonia (Council)\nCc: a@x.gov;\nb@x.gov\nSubject: Re: Call\nMorning Sonia.";
    const block = blockAt(text);
    expect(block).toMatchObject({ style: "memo", next: 6, subject: "Re: Call", date: "2018-02-05T10:27:27" });
    expect(block?.cc.map((a) => a.address)).toEqual(["a@x.gov", "b@x.gov"]);
  });

  it("realigns a column of labels and a column of values, a blank To: having been dropped (pdftotext)", () => {
    const text = [
      "From:", "To:", "Bcc:", "Subject:", "Date:", "Attachments:", "",
      "Schwartz, Carol (BEGA)", "Schwartz, Carol (BEGA)", "My Resignation", "Monday, November 06, 2017 11:04:30 AM", "Press Release.pdf", "",
      "Madam Mayor,",
    ].join("\n");
    const block = blockAt(text);
    expect(block).toMatchObject({ style: "memo", next: 12, subject: "My Resignation", date: "2017-11-06T11:04:30", to: [] });
    expect(block?.from?.name).toBe("Schwartz, Carol (BEGA)");
    expect(block?.bcc.map((a) => a.name)).toEqual(["Schwartz, Carol (BEGA)"]);
  });

  it("reads a forwarded message after its marker", () => {
    const lines = splitLines("---------- Forwarded message ---------\nFrom: Jane Doe <jd@x.gov>\nDate: Fri, Feb 10, 2017 at 4:12 PM\nSubject: Numbers\nTo: b@x.gov\n\nBody");
    expect(isQuoteMarker(lines[0]!.text)).toBe(true);
    expect(readHeaderBlock(lines, 0)).toBeNull();
    expect(readHeaderBlock(lines, 1)).toMatchObject({ style: "memo", subject: "Numbers", date: "2017-02-10T16:12:00", from: { name: "Jane Doe", address: "jd@x.gov" } });
  });

  it("marks a header whose first line carries the quote marker, as pdftotext may join them", () => {
    const text = "-----Original Message----From: Roe, Jane <jr@x.gov>\nSent: Saturday, February 11, 2017 2:38 PM\nTo: Doe, John\nSubject: Plan";
    expect(blockAt(text)).toMatchObject({ style: "memo", marked: true, from: { name: "Roe, Jane", address: "jr@x.gov" }, subject: "Plan" });
    expect(blockAt(text.replace(/^-+Original Message-+/, ""))?.marked).toBe(false);
  });

  it("does not take body sentences or memoranda without a dated header for emails", () => {
    expect(blockAt("From: the field office we heard nothing.\nTo: be honest, nobody asked.\nThanks")).toBeNull();
    expect(blockAt("FROM: Director\nTO: All staff\nSUBJECT: Leave\nDATE: February 10, 2017")).toBeNull();
  });
});

describe("readHeaderBlock: Outlook Web, Gmail, Lotus Notes, quotes", () => {
  it("reads an Outlook Web print: subject, sender, date, To:…; and Cc:…;", () => {
    const text = "Re: Chair's Phone No.\n\n  Grimaldi, John J. (BEGA)\n  Fri 2/16/2018 9:59 PM\n\n\n  To:Mitchell, Katherine (Council) <kmitchell@DCCOUNCIL.US>;\n\n  Cc:Collier, Tameka (BEGA) <tameka.collier@dc.gov>;\n\n\nHere 'tis, Kate";
    const block = blockAt(text);
    expect(block).toMatchObject({ style: "owa", first: 0, next: 9, subject: "Re: Chair's Phone No.", date: "2018-02-16T21:59:00" });
    expect(block?.from).toEqual({ name: "Grimaldi, John J. (BEGA)", address: "" });
    expect(block?.to).toEqual([{ name: "Mitchell, Katherine (Council)", address: "kmitchell@DCCOUNCIL.US" }]);
    expect(block?.cc).toEqual([{ name: "Collier, Tameka (BEGA)", address: "tameka.collier@dc.gov" }]);
  });

  it("reads a Gmail print, the date beside or under the sender, with the subject above it", () => {
    const layout = "Jane Roe <jane@gmail.com>\n\nWeekly numbers\n1 message\n\nJohn Doe <jd@example.com>                Fri, Feb 10, 2017 at 4:12 PM\nTo: Jane Roe <jane@gmail.com>\nCc: a@x.gov, b@x.gov\n\nBody";
    expect(blockAt(layout, 5)).toMatchObject({ style: "gmail", first: 0, next: 8, subject: "Weekly numbers", date: "2017-02-10T16:12:00", from: { name: "John Doe", address: "jd@example.com" } });
    expect(blockAt(layout, 5)?.cc).toHaveLength(2);
    const reading = "John Doe <jd@example.com>\nFri, Feb 10, 2017 at 4:12 PM\nTo: Jane Roe <jane@gmail.com>\nBody";
    expect(blockAt(reading)).toMatchObject({ style: "gmail", next: 3, subject: null, to: [{ name: "Jane Roe", address: "jane@gmail.com" }] });
  });

  it("reads a Lotus Notes header laid out in two columns, single-spaced, or as label and value columns", () => {
    const expected = { style: "lotus", subject: "Re: Budget", date: "2017-02-10T16:12:00", from: { name: "Jane Doe", address: "" } };
    const layout = "Jane Doe/HQ/ICE/DHS@DHS          To     John Roe/HQ/ICE/DHS@DHS\n02/10/2017 04:12 PM              cc     Bo Poe/HQ/ICE/DHS@DHS\n                                bcc\n                            Subject     Re: Budget\n\nBody text.";
    expect(blockAt(layout)).toMatchObject({ ...expected, next: 4, to: [{ name: "John Roe" }], cc: [{ name: "Bo Poe" }] });
    const single = "Jane Doe/HQ/ICE/DHS@DHS To John Roe/HQ/ICE/DHS@DHS\n02/10/2017 04:12 PM cc\nbcc\nSubject Re: Budget\nBody text.";
    expect(blockAt(single)).toMatchObject({ ...expected, next: 4, to: [{ name: "John Roe" }], cc: [] });
    const columns = "Jane Doe/HQ/ICE/DHS@DHS\n02/10/2017 04:12 PM\n\nTo\ncc\nbcc\nSubject\n\nJohn Roe/HQ/ICE/DHS@DHS\n\nRe: Budget\n\nBody text.";
    expect(blockAt(columns)).toMatchObject({ ...expected, next: 11, to: [{ name: "John Roe" }], cc: [] });
  });

  it("reads 'On <date>, <name> wrote:' even wrapped over two lines", () => {
    expect(blockAt("On Fri, Feb 10, 2017 at 4:12 PM, Jane Doe <jd@x.gov>\nwrote:\n> quoted")).toMatchObject({
      style: "wrote", next: 2, date: "2017-02-10T16:12:00", from: { name: "Jane Doe", address: "jd@x.gov" },
    });
    expect(blockAt("On Feb 5, 2018, at 9:54 AM, Weil, Sonia (Council) <sweil@DCCOUNCIL.US> wrote:")?.from?.name).toBe("Weil, Sonia (Council)");
    expect(blockAt("On the other hand, he wrote:")).toBeNull();
  });

  it("finds nothing in ordinary prose or at blank lines", () => {
    expect(blockAt("")).toBeNull();
    expect(blockAt("Thanks,\nSonia\nSent from my iPhone")).toBeNull();
    expect(blockAt("We met on Friday.\nSee you at 4:30 then.\nTo do: call back")).toBeNull();
  });
});
