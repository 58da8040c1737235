// Deterministic FOIA-like release PDF: printed emails in several header styles, Bates stamps, redactions.
import { spawnSync } from "node:child_process";
import { DateTime } from "luxon";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { canonicalText } from "../../shared/anchoring/normalize";
import { random } from "./generate-mbox";

export interface ReleaseTruth {
  /**
   * Top-level printed messages; `from` is the name a reader sees, `date` ISO local time, `firstPage`
   * 0-based, `quoted` how many earlier messages are quoted in the print.
   */
  messages: { from: string; subject: string; date: string; firstPage: number; quoted: number }[];
  /** The Bates stamp of every page, by page index. */
  stamps: string[];
}

type Style = "memo" | "owa" | "gmail" | "lotus";
type QuoteStyle = "outlook" | "original" | "wrote" | "forward" | "lotus";

const FIRST = ["Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jordan", "Kendall", "Logan", "Morgan", "Parker", "Quinn", "Riley"];
const LAST = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Hazel", "Juniper", "Larch", "Maple", "Oakes", "Pine", "Rowan", "Spruce"];
const OFFICES = ["ERO", "HSI", "OPLA", "OPR", "SEVP"];
const SUBJECTS = ["Due Tonight for S1", "Weekly numbers", "Case summary request", "Tasking follow-up", "Detention report", "Operation plan", "Press inquiry"];
const WORDS = (
  "tasking deadline white paper field office arrests operation report case summary criminal history custody removal " +
  "supervisor director response request follow up package tonight morning afternoon urgent records review narrative " +
  "priority enforcement detention officer referral numbers release statement agency department submission corrected"
).split(" ");
const CODES = ["(b)(6)", "(b)(6), (b)(7)(C)", "(b)(5)", "(b)(7)(E)"];

const PAGE = { width: 612, height: 792, margin: 72, bottom: 90 };
const LINE = 13; // points between lines of 10-point text

interface Person {
  first: string;
  last: string;
  office: string;
}

const address = (p: Person) => `${p.first.toLowerCase()}.${p.last.toLowerCase()}@example.gov`;
const outlookName = (p: Person) => `${p.last}, ${p.first} (${p.office})`;
const notesName = (p: Person) => `${p.first} ${p.last}/${p.office}/ICE/DHS@DHS`;

/** Lays text out top to bottom, starting pages (each with its Bates stamp) as needed. */
class Printer {
  page!: PDFPage;
  y = 0;
  readonly stamps: string[] = [];
  constructor(readonly doc: PDFDocument, readonly fonts: { regular: PDFFont; bold: PDFFont; mono: PDFFont }, private bates: number) {}

  newPage(): number {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
    const stamp = `2017-ICLI-00026 ${String(this.bates++).padStart(6, "0")}`;
    const width = this.fonts.bold.widthOfTextAtSize(stamp, 9);
    this.page.drawText(stamp, { x: PAGE.width - 40 - width, y: 30, size: 9, font: this.fonts.bold });
    this.stamps.push(stamp);
    return this.stamps.length - 1;
  }

  /** Starts a new page unless `lines` more lines fit on this one (headers are kept together). */
  room(lines: number): void {
    if (this.y - lines * LINE < PAGE.bottom) this.newPage();
  }

  text(x: number, text: string, font = this.fonts.regular, size = 10): void {
    this.page.drawText(text, { x, y: this.y, size, font });
  }

  next(lines = 1): void {
    this.y -= lines * LINE;
  }

  /** One line of body text, with a black box and an exemption code after it when `code` is given. */
  bodyLine(text: string, x: number, code?: string): void {
    this.room(1);
    this.text(x, text);
    if (code) {
      const left = x + this.fonts.regular.widthOfTextAtSize(text, 10) + 4;
      this.page.drawRectangle({ x: left, y: this.y - 2, width: 60, height: 11, color: rgb(0, 0, 0) });
      this.text(left + 64, code);
    }
    this.next();
  }

  paragraph(words: string, x: number, rnd: () => number): void {
    const width = PAGE.width - PAGE.margin - x;
    let line = "";
    for (const word of words.split(" ")) {
      const candidate = line ? `${line} ${word}` : word;
      if (this.fonts.regular.widthOfTextAtSize(candidate, 10) > width - 140) {
        this.bodyLine(line, x, rnd() < 0.12 ? CODES[Math.floor(rnd() * CODES.length)] : undefined);
        line = word;
      } else line = candidate;
    }
    if (line) this.bodyLine(line, x);
    this.next();
  }
}

function sentence(rnd: () => number): string {
  const words = Array.from({ length: 8 + Math.floor(rnd() * 12) }, () => WORDS[Math.floor(rnd() * WORDS.length)]!);
  return `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.`;
}

const paragraphText = (rnd: () => number) => Array.from({ length: 2 + Math.floor(rnd() * 4) }, () => sentence(rnd)).join(" ");

/** Top-level header block; returns the sender's name as a reader sees it. */
function printHeader(p: Printer, style: Style, from: Person, to: Person, cc: Person | null, subject: string, date: DateTime): string {
  const { regular, bold, mono } = p.fonts;
  const m = PAGE.margin;
  switch (style) {
    case "memo": {
      const rows: [string, string][] = [["From:", outlookName(from)], ["To:", `${outlookName(to)}; ${address(to)}`]];
      if (cc) rows.push(["Cc:", outlookName(cc)]);
      rows.push(["Subject:", subject], ["Date:", date.toFormat("EEEE, MMMM dd, yyyy h:mm:ss a")]);
      for (const [label, value] of rows) {
        p.text(m, label, bold);
        p.text(m + 90, value);
        p.next();
      }
      p.next(2);
      return outlookName(from);
    }
    case "owa":
      p.text(m, subject, bold, 14);
      p.next(2);
      p.text(m + 4, outlookName(from), regular, 11);
      p.next();
      p.text(m + 4, date.toFormat("EEE M/d/yyyy h:mm a"));
      p.next(2);
      p.text(m + 4, `To:${outlookName(to)} <${address(to)}>;`);
      p.next();
      if (cc) p.text(m + 4, `Cc:${outlookName(cc)} <${address(cc)}>;`);
      p.next(cc ? 3 : 2);
      return outlookName(from);
    case "gmail": {
      p.text(m - 40, `${date.toFormat("M/d/yyyy")}`, regular, 8);
      p.text(250, `Gmail - ${subject}`, regular, 8);
      p.next(2);
      const account = `${to.first} ${to.last} <${address(to)}>`;
      p.text(PAGE.width - m - regular.widthOfTextAtSize(account, 9), account, regular, 9);
      p.next(2);
      p.text(m, subject, bold, 14);
      p.next();
      p.text(m, "1 message", regular, 9);
      p.next(2);
      const when = date.toFormat("EEE, MMM d, yyyy 'at' h:mm a");
      p.text(m, `${from.first} ${from.last} <${address(from)}>`, bold);
      p.text(PAGE.width - m - regular.widthOfTextAtSize(when, 9), when, regular, 9);
      p.next();
      p.text(m, `To: ${to.first} ${to.last} <${address(to)}>`, regular, 9);
      p.next();
      if (cc) p.text(m, `Cc: ${address(cc)}`, regular, 9);
      p.next(cc ? 3 : 2);
      return `${from.first} ${from.last}`;
    }
    case "lotus":
      printLotus(p, from, to, cc, subject, date, mono);
      return `${from.first} ${from.last}`;
  }
}

function printLotus(p: Printer, from: Person, to: Person, cc: Person | null, subject: string, date: DateTime, mono: PDFFont): void {
  const rows: [string, string, string][] = [
    [notesName(from), "To", notesName(to)],
    [date.toFormat("MM/dd/yyyy hh:mm a"), "cc", cc ? notesName(cc) : ""],
    ["", "bcc", ""],
    ["", "Subject", subject],
  ];
  for (const [left, label, value] of rows) {
    if (left) p.text(PAGE.margin, left, mono, 9);
    p.text(330 - mono.widthOfTextAtSize(label, 9), label, mono, 9);
    if (value) p.text(340, value, mono, 9);
    p.next();
  }
  p.next();
}

/** A quoted copy of an earlier message, inside a body. */
function printQuote(p: Printer, style: QuoteStyle, from: Person, to: Person, subject: string, date: DateTime, rnd: () => number): void {
  const m = PAGE.margin;
  p.room(7);
  if (style === "lotus") printLotus(p, from, to, null, subject, date, p.fonts.mono);
  else if (style === "wrote") {
    p.text(m, `On ${date.toFormat("EEE, MMM d, yyyy 'at' h:mm a")}, ${from.first} ${from.last} <${address(from)}> wrote:`);
    p.next(2);
  } else {
    const marker = { outlook: "________________________________", original: "-----Original Message-----", forward: "---------- Forwarded message ---------" }[style];
    p.text(m, marker);
    p.next();
    const rows: [string, string][] = style === "forward"
      ? [["From:", `${from.first} ${from.last} <${address(from)}>`], ["Date:", date.toFormat("EEE, MMM d, yyyy 'at' h:mm a")], ["Subject:", subject], ["To:", address(to)]]
      : [["From:", `${outlookName(from)} <${address(from)}>`], ["Sent:", date.toFormat("EEEE, MMMM d, yyyy h:mm a")], ["To:", outlookName(to)], ["Subject:", subject]];
    for (const [label, value] of rows) {
      p.text(m, label, p.fonts.bold);
      p.text(m + p.fonts.bold.widthOfTextAtSize(`${label} `, 10), value);
      p.next();
    }
    p.next();
  }
  const paragraphs = 1 + Math.floor(rnd() * 2);
  for (let k = 0; k < paragraphs; k++) p.paragraph(paragraphText(rnd), style === "wrote" ? m + 10 : m, rnd);
}

const STYLES: Style[] = ["memo", "owa", "gmail", "lotus"];
const QUOTES: Record<Style, QuoteStyle[]> = { memo: ["outlook", "original", "forward"], owa: ["outlook", "original"], gmail: ["wrote", "forward"], lotus: ["lotus"] };

interface Email {
  from: Person;
  subject: string;
  date: DateTime;
}

interface Print extends Email {
  style: Style;
  to: Person;
  cc: Person | null;
  /** Earlier messages of the thread, newest first, quoted below the body. */
  quotes: Email[];
}

const iso = (date: DateTime) => date.toISO({ includeOffset: false, suppressMilliseconds: true })!;

/** A release of `count` printed emails after a cover letter, every page stamped "2017-ICLI-00026 000101"…. */
export async function generateRelease(count: number, seed = 26): Promise<{ bytes: Uint8Array; truth: ReleaseTruth }> {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const person = (): Person => ({ first: pick(FIRST), last: pick(LAST), office: pick(OFFICES) });
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold), mono: await doc.embedFont(StandardFonts.Courier) };
  const p = new Printer(doc, fonts, 101);

  p.newPage();
  p.text(PAGE.margin, "U.S. Department of Homeland Security", fonts.bold, 12);
  p.next(3);
  const noRedactions = () => 1;
  p.paragraph("RE: ICE FOIA Case Number 2017-ICLI-00026. This letter is the final response to your Freedom of Information Act request. " +
    "Portions of the enclosed records are withheld under FOIA Exemptions (b)(6) and (b)(7)(C), which protect personal privacy.", PAGE.margin, noRedactions);
  p.paragraph("Sincerely, FOIA Officer", PAGE.margin, noRedactions);

  const messages: ReleaseTruth["messages"] = [];
  // Releases often hold a reply and, printed on its own right after it, the message it quotes.
  const queue: Print[] = [];
  let time = DateTime.fromObject({ year: 2017, month: 2, day: 10, hour: 8 }, { zone: "utc", locale: "en-US" });
  for (let i = 0; messages.length < count; i++) {
    let print = queue.shift();
    if (!print) {
      const style = STYLES[i % STYLES.length]!;
      time = time.plus({ minutes: 5 + Math.floor(rnd() * 600) }).set({ second: style === "memo" ? Math.floor(rnd() * 60) : 0 });
      const topic = `${pick(SUBJECTS)} ${i + 1}`;
      const quotes: Email[] = [];
      for (let q = 0, n = Math.floor(rnd() * 3), earlier = time; q < n; q++) {
        earlier = earlier.minus({ minutes: 10 + Math.floor(rnd() * 300) }).set({ second: 0 });
        quotes.push({ from: person(), subject: q === n - 1 ? topic : `RE: ${topic}`, date: earlier });
      }
      print = { style, from: person(), to: quotes[0]?.from ?? person(), cc: rnd() < 0.4 ? person() : null, subject: quotes.length ? `RE: ${topic}` : topic, date: time, quotes };
    }
    const firstPage = p.newPage();
    messages.push({ from: printHeader(p, print.style, print.from, print.to, print.cc, print.subject, print.date), subject: print.subject, date: iso(print.date), firstPage, quoted: print.quotes.length });
    // A quarter of the prints run long enough to spill onto a second page.
    const paragraphs = rnd() < 0.25 ? 9 + Math.floor(rnd() * 4) : 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < paragraphs; k++) p.paragraph(paragraphText(rnd), PAGE.margin, rnd);
    p.bodyLine(`${print.from.first} ${print.from.last}, ${print.from.office}`, PAGE.margin);
    p.bodyLine("Desk: 202-732-", PAGE.margin, "(b)(6)");
    p.next();
    print.quotes.forEach((quote, q) => printQuote(p, pick(QUOTES[print.style]), quote.from, q === 0 ? print.from : print.quotes[q - 1]!.from, quote.subject, quote.date, rnd));
    const [original, ...history] = print.quotes;
    if (original && rnd() < 0.3) queue.push({ ...original, style: print.style, to: print.from, cc: null, quotes: history });
  }
  return { bytes: await doc.save({ useObjectStreams: false }), truth: { messages, stamps: p.stamps } };
}

/** Whether poppler's pdftotext, the reference extractor of the tests, is installed. */
export const PDFTOTEXT = spawnSync("pdftotext", ["-v"]).status === 0;

/** Each page's text as pdftotext gives it (`-layout` keeps columns; without it, reading order). */
export function pdftotextPages(pdf: string | Uint8Array, mode: "layout" | "reading" | "raw"): string[] {
  const flags = { layout: ["-layout"], reading: [], raw: ["-raw"] }[mode];
  const run = spawnSync("pdftotext", [...flags, "-enc", "UTF-8", typeof pdf === "string" ? pdf : "-", "-"], {
    input: typeof pdf === "string" ? undefined : pdf,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  // Every page ends in a form feed.
  return run.stdout.split("\f").slice(0, -1);
}

/** A document's canonical text from its pages' texts, pages one blank line apart, with their ranges. */
export function joinPages(pageTexts: string[]): { text: string; pages: { start: number; end: number }[] } {
  let text = "";
  const pages = pageTexts.map((raw, k) => {
    if (k > 0) text += "\n\n";
    const start = text.length;
    text += canonicalText(raw);
    return { start, end: text.length };
  });
  return { text, pages };
}
