// Printed-email segmentation: synthetic prints of each kind, then the real DC BEGA releases of the corpus.
import { describe, expect, it } from "vitest";
import { segmentPrintedEmails, type SegmentedMessage } from "../../../../main/jobs/segment/segment-printed";
import { CORPUS, SKIP_REASON, corpusPath } from "../../../support/corpus";
import { PDFTOTEXT, joinPages, pdftotextPages } from "../../../support/generate-release";

function segment(pageTexts: string[]) {
  const { text, pages } = joinPages(pageTexts);
  return { text, messages: segmentPrintedEmails(text, pages) };
}

/** The invariants every result keeps: sorted, contiguous, inside the text, body inside the range. */
function expectWellFormed(text: string, messages: SegmentedMessage[]) {
  messages.forEach((m, k) => {
    expect(m.start).toBeLessThan(m.end);
    expect(m.bodyStart).toBeGreaterThanOrEqual(m.start);
    expect(m.bodyStart).toBeLessThanOrEqual(m.end);
    expect(m.end).toBe(k + 1 < messages.length ? messages[k + 1]!.start : text.length);
  });
}

const memo = (from: string, subject: string, date: string) => `From:         ${from}\nTo:           Roe, Jane (ERO)\nSubject:      ${subject}\nDate:         ${date}\n\n`;
const body = (n: number) => Array.from({ length: n }, (_, k) => `Line ${k + 1} of a body paragraph about the weekly numbers and the tasking.`).join("\n");

describe("segmentPrintedEmails on synthetic prints", () => {
  it("keeps a print that runs over pages whole, and starts a new message at a header on a new page", () => {
    const { text, messages } = segment([
      `${memo("Doe, John (HQ)", "Weekly numbers", "Friday, February 10, 2017 4:12:00 PM")}${body(40)}\n\n2017-ICLI-00026 000101`,
      `2017-ICLI-00026 000102\n${body(10)}`,
      `${memo("Poe, Bo (HQ)", "Detention report", "Monday, February 13, 2017 9:00:00 AM")}${body(3)}\n\nPage 1 of 1`,
    ]);
    expectWellFormed(text, messages);
    expect(messages.map((m) => [m.from?.name, m.subject, m.date, m.pageStart, m.pageEnd])).toEqual([
      ["Doe, John (HQ)", "Weekly numbers", "2017-02-10T16:12:00", 0, 1],
      ["Poe, Bo (HQ)", "Detention report", "2017-02-13T09:00:00", 2, 2],
    ]);
    expect(text.slice(messages[0]!.bodyStart)).toMatch(/^Line 1 of a body/);
    expect(messages[0]).toMatchObject({ messageId: null, inReplyTo: null, references: [], to: [{ name: "Roe, Jane (ERO)", address: "" }] });
  });

  it("lists quoted copies instead of splitting them off, even at a page top after a marker", () => {
    const { text, messages } = segment([
      `${memo("Doe, John (HQ)", "RE: Weekly numbers", "Friday, February 10, 2017 4:12:00 PM")}Thanks.\n\n-----Original Message-----`,
      "From: Roe, Jane (ERO) <jroe@x.gov>\nSent: Friday, February 10, 2017 3:00 PM\nTo: Doe, John (HQ)\nSubject: RE: Weekly numbers\n\nHere they are.\n\n" +
        "On Fri, Feb 10, 2017 at 2:00 PM, Doe, John (HQ) <jdoe@x.gov> wrote:\n> Numbers please.",
    ]);
    expectWellFormed(text, messages);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.quoted).toEqual([
      { from: { name: "Roe, Jane (ERO)", address: "jroe@x.gov" }, date: "2017-02-10T15:00:00", dateRaw: "Friday, February 10, 2017 3:00 PM", subject: "RE: Weekly numbers" },
      { from: { name: "Doe, John (HQ)", address: "jdoe@x.gov" }, date: "2017-02-10T14:00:00", dateRaw: "Fri, Feb 10, 2017 at 2:00 PM", subject: null },
    ]);
  });

  it("tells a quoted copy at a page top without marker from a print of its own by the header's layout", () => {
    const quotedHeader = "From: Roe, Jane (ERO)\nSent: Friday, February 10, 2017 3:00 PM\nTo: Doe, John (HQ)\nSubject: Weekly numbers\n\nHere they are.";
    const continued = segment([`${memo("Doe, John (HQ)", "RE: Weekly numbers", "Friday, February 10, 2017 4:12:00 PM")}${body(30)}`, quotedHeader]);
    expect(continued.messages).toHaveLength(1);
    expect(continued.messages[0]!.quoted.map((q) => q.from?.name)).toEqual(["Roe, Jane (ERO)"]);
    const ownPrint = segment([`${memo("Doe, John (HQ)", "RE: Weekly numbers", "Friday, February 10, 2017 4:12:00 PM")}${body(30)}`, memo("Roe, Jane (ERO)", "Weekly numbers", "Friday, February 10, 2017 3:00:00 PM")]);
    expect(ownPrint.messages.map((m) => m.from?.name)).toEqual(["Doe, John (HQ)", "Roe, Jane (ERO)"]);
  });

  it("skips a cover letter, and returns nothing when there is no header at all", () => {
    const { text, messages } = segment(["Dear Requester,\nEnclosed are the records, withheld in part under (b)(6).", `${memo("Doe, John (HQ)", "Numbers", "2/10/2017 4:12 PM")}Body.`]);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.start).toBe(text.indexOf("From:"));
    expect(messages[0]!.pageStart).toBe(1);
    expect(segment(["Dear Requester,\nNo records were found.", "Sincerely"]).messages).toEqual([]);
  });

  it("starts every message of a Gmail conversation print, several on a page", () => {
    const { text, messages } = segment([
      "2/10/2017                        Gmail - Weekly numbers\n\n                          Jane Roe <jane@gmail.com>\n\nWeekly numbers\n2 messages\n\n" +
        "John Doe <jd@example.com>             Fri, Feb 10, 2017 at 4:12 PM\nTo: Jane Roe <jane@gmail.com>\n\nNumbers attached.\n\n" +
        "Jane Roe <jane@gmail.com>             Fri, Feb 10, 2017 at 5:01 PM\nTo: John Doe <jd@example.com>\n\nThanks!\n\nOn Fri, Feb 10, 2017 at 4:12 PM, John Doe <jd@example.com> wrote:\n> Numbers attached.",
    ]);
    expectWellFormed(text, messages);
    expect(messages.map((m) => [m.from?.address, m.date, m.quoted.length])).toEqual([["jd@example.com", "2017-02-10T16:12:00", 0], ["jane@gmail.com", "2017-02-10T17:01:00", 1]]);
    expect(messages[0]!.start).toBe(0);
    expect(messages[0]!.subject).toBe("Weekly numbers");
  });

  it("finds an Outlook Web header that the extractor put after the body, and takes the page's first line as subject", () => {
    const { text, messages } = segment([
      "Re: Parking passes\nHere they are.\nJack\nFrom: Mitchell, Kate (Council) <km@x.us>\nSent: Friday, February 16, 2018 5:58 PM\nTo: Grimaldi, John J. (BEGA)\nSubject: Parking passes\n" +
        "Do you have them?\nKate\nGrimaldi, John J. (BEGA)\nFri 2/16/2018 9:59 PM\nTo:Mitchell, Kate (Council) <km@x.us>;",
      "Follow up\nAs a follow up to my email last week.\nSW\nWalker, Steven (EOM)\nTue 2/6/2018 10:45 AM\nTo:Collier, Tameka (BEGA) <tc@x.gov>;",
    ]);
    expectWellFormed(text, messages);
    expect(messages.map((m) => [m.subject, m.from?.name, m.date, m.pageStart, m.quoted.map((q) => q.from?.name)])).toEqual([
      ["Re: Parking passes", "Grimaldi, John J. (BEGA)", "2018-02-16T21:59:00", 0, ["Mitchell, Kate (Council)"]],
      ["Follow up", "Walker, Steven (EOM)", "2018-02-06T10:45:00", 1, []],
    ]);
    expect(text.slice(messages[0]!.bodyStart)).toMatch(/^Here they are/);
  });

  it("treats a text without pages as one page", () => {
    const text = `Note: see below.\n\n${memo("Doe, John (HQ)", "Numbers", "2/10/2017 4:12 PM")}Body.\n\n________________________________\nFrom: Roe, Jane\nSent: 2/10/2017 3:00 PM\nSubject: Numbers`;
    const messages = segmentPrintedEmails(text, []);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ start: text.indexOf("From: "), end: text.length, pageStart: null, pageEnd: null, quoted: [{ from: { name: "Roe, Jane" } }] });
  });
});

/** The corpus' printed emails, as pdftotext lays them out and in reading order. */
const MODES = ["layout", "reading"] as const;
const textOf = (file: string, mode: (typeof MODES)[number]) => segment(pdftotextPages(corpusPath("foia-pdf", file), mode));

describe.skipIf(!CORPUS || !PDFTOTEXT).each(MODES)(`segmentPrintedEmails on the DC BEGA releases (pdftotext, %s) ${CORPUS ? "" : SKIP_REASON}`, (mode) => {
  it("My Resignation: one Outlook memo print", () => {
    const { text, messages } = textOf("dcbega_My_Resignation_from_the_Board_of_Ethics_and_Government_Accountability__Redacted.pdf", mode);
    expectWellFormed(text, messages);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      from: { name: "Schwartz, Carol (BEGA)" }, subject: "My Resignation from the Board of Ethics and Government Accountability",
      date: "2017-11-06T11:04:30", dateRaw: "Monday, November 06, 2017 11:04:30 AM", to: [], bcc: [{ name: "Schwartz, Carol (BEGA)" }],
      pageStart: 0, pageEnd: 0, quoted: [],
    });
    expect(text.slice(messages[0]!.bodyStart)).toMatch(/^Madam Mayor,/);
  });

  it("Re: Call this morning: one message quoting two earlier ones", () => {
    const { messages } = textOf("dcbega_Re__Call_this_morning_Redacted.pdf", mode);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ from: { name: "Collier, Tameka (BEGA)" }, to: [{ name: "Weil, Sonia (Council)" }], subject: "Re: Call this morning", date: "2018-02-05T10:37:42" });
    expect(messages[0]!.quoted).toEqual([
      { from: { name: "Collier, Tameka (BEGA)", address: "" }, date: "2018-02-05T10:27:27", dateRaw: "Monday, February 5, 2018 10:27:27 AM", subject: "Re: Call this morning" },
      { from: { name: "Weil, Sonia (Council)", address: "sweil@DCCOUNCIL.US" }, date: "2018-02-05T09:54:20", dateRaw: "Monday, February 5, 2018 9:54:20 AM", subject: "Call this morning" },
    ]);
  });

  it("Chair's Phone No.: an Outlook Web print from Grimaldi quoting Mitchell", () => {
    const { messages } = textOf("dcbega_Chairs_Phone_no._Email_Redacted.pdf", mode);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      subject: "Re: Chair\u2019s Phone No.", from: { name: "Grimaldi, John J. (BEGA)" }, date: "2018-02-16T21:59:00",
      to: [{ name: "Mitchell, Katherine (Council)", address: "kmitchell@DCCOUNCIL.US" }], cc: [{ name: "Collier, Tameka (BEGA)", address: "tameka.collier@dc.gov" }],
    });
    expect(messages[0]!.quoted).toEqual([{ from: { name: "Mitchell, Katherine (Council)", address: "kmitchell@DCCOUNCIL.US" }, date: "2018-02-16T17:58:00", dateRaw: "Friday, February 16, 2018 5:58 PM", subject: "Chair\u2019s Phone No." }]);
  });

  it("Re: BEGA: a memo print with two attachments quoting a Mac Outlook header (From/Date/To/Subject)", () => {
    const { messages } = textOf("dcbega_Re__BEGA_Redacted.pdf", mode);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ from: { name: "Walker, Steven (EOM)" }, to: [{ name: "Collier, Tameka (BEGA)" }], subject: "Re: BEGA", date: "2017-12-07T08:38:23" });
    expect(messages[0]!.quoted).toEqual([{ from: { name: "Tameka Collier", address: "tameka.collier@dc.gov" }, date: "2017-12-07T08:31:00", dateRaw: "Thursday, December 7, 2017 at 8:31 AM", subject: "BEGA" }]);
  });

  it("Follow-up Recruitment: an Outlook Web print with nothing quoted", () => {
    const { text, messages } = textOf("dcbega_Follow-up_Recruitment_for_BEGA_Email_Redacted.pdf", mode);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      subject: "Follow up - Recruitment for BEGA", from: { name: "Walker, Steven (EOM)" }, date: "2018-02-06T10:45:00",
      to: [{ name: "Collier, Tameka (BEGA)", address: "tameka.collier@dc.gov" }], cc: [], quoted: [],
    });
    expect(text.slice(messages[0]!.bodyStart)).toMatch(/^As a follow up to my email last week/);
  });
});
