// Splits the canonical text of a printed-email PDF (or text file) into its top-level messages.
import type { Address, MessageHeaders } from "../../../shared/model";
import { normalizeSubject } from "../../../shared/email/subject";
import { isPageFurniture } from "../foia-marks";
import { isQuoteMarker, readHeaderBlock, splitLines, type HeaderBlock, type Line } from "./header-block";

export interface QuotedHeaders {
  from: Address | null;
  date: string | null;
  dateRaw: string | null;
  subject: string | null;
}

export interface SegmentedMessage extends MessageHeaders {
  /** [start, end) in the text: header block, body and the quoted copies that follow it. */
  start: number;
  end: number;
  bodyStart: number;
  /** 0-based indexes of the first and last page the range touches; null without pages. */
  pageStart: number | null;
  pageEnd: number | null;
  /** Earlier messages quoted inside this one, in order, for threading. */
  quoted: QuotedHeaders[];
}

export interface PageRange {
  start: number;
  end: number;
}

interface Top {
  block: HeaderBlock;
  /** Line where the message starts: the block's, or the page top for a header printed out of order. */
  first: number;
  subject: string | null;
  bodyLine: number;
}

/** Lines an Outlook print puts above a message's header: the owner's name, a rule (OCR'd as specks). */
const PRINT_HEADER_LINES = 3;
/** "Last, First M. (ORG)": how Outlook prints the mailbox owner's name at the top of each print. */
const OWNER_NAME = /^[\p{L}'’.-]+(?: [\p{L}'’.-]+)*, [\p{L}'’. -]+(?: \([^()]{1,40}\))?$/u;
/** A line this short (letters and marks, no spaces counted) is a speck of a scanned rule or logo, not text. */
const SPECK_CHARS = 4;

/** Share of a full page's content from which a page counts as full, i.e. as running on to the next. */
const FULL_PAGE = 0.7;

/** Index of the page holding `offset`: the last page starting at or before it (0 before the first). */
function pageIndex(pages: PageRange[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pages[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const sender = (block: HeaderBlock) => (block.from?.name || block.from?.address || "").toLowerCase();

/** Same sender and minute: prints give seconds in a message's own header but not in quoted ones. */
const sameMessage = (a: HeaderBlock, b: HeaderBlock) => a.date !== null && a.date.slice(0, 16) === b.date?.slice(0, 16) && sender(a) === sender(b);

/** Where lines sit on pages, which lines are page furniture, and how full each page is. */
class PageMap {
  readonly page: number[];
  readonly furniture: boolean[];
  private readonly first = new Map<number, number>();
  private readonly next = new Map<number, number>();
  private readonly filled = new Map<number, number>();
  private readonly full: number;

  constructor(private readonly lines: Line[], pages: PageRange[]) {
    // Without pages the text is one page.
    this.page = lines.map((l) => (pages.length ? pageIndex(pages, l.start) : 0));
    this.furniture = lines.map((l) => isPageFurniture(l.text));
    this.page.forEach((p, k) => {
      if (!this.first.has(p)) this.first.set(p, k);
      this.next.set(p, k + 1);
      // Characters rather than lines: extractors break lines differently, but not characters.
      if (!this.furniture[k]) this.filled.set(p, (this.filled.get(p) ?? 0) + lines[k]!.text.replace(/\s/g, "").length);
    });
    // A full page is as full as the fullest tenth of pages (the very fullest may be an odd one).
    const byFill = [...this.filled.values()].sort((a, b) => b - a);
    this.full = byFill[Math.floor(byFill.length / 10)] ?? 0;
  }

  /** The first line of line k's page. */
  pageStart(k: number): number {
    return this.first.get(this.page[k]!)!;
  }

  /** The first content line of line k's page, at or before k. */
  pageTop(k: number): number {
    let top = this.pageStart(k);
    while (top < k && this.furniture[top]) top++;
    return top;
  }

  /** Whether nothing but furniture follows line k-1 on its page. */
  endsPage(k: number, page: number): boolean {
    for (let j = k; j < this.next.get(page)!; j++) if (!this.furniture[j]) return false;
    return true;
  }

  /** Whether the last content before line k (across pages) is a quote marker. */
  afterMarker(k: number): boolean {
    for (let j = k - 1; j >= 0; j--) if (!this.furniture[j]) return isQuoteMarker(this.lines[j]!.text);
    return false;
  }

  /**
   * Whether line k opens its page but for an Outlook print header above it: the mailbox owner's
   * name ("Grimaldi, John J. (BEGA)") and specks of a scanned logo or rule ("RR,") — at most three lines.
   */
  opensPage(k: number): boolean {
    const top = this.pageTop(k);
    if (top === k) return true;
    if (k - top > PRINT_HEADER_LINES) return false;
    for (let j = top; j < k; j++) {
      const line = this.lines[j]!.text.trim();
      if (!this.furniture[j] && !OWNER_NAME.test(line) && line.replace(/\s/g, "").length > SPECK_CHARS) return false;
    }
    return true;
  }

  previousPageFull(k: number): boolean {
    return (this.filled.get(this.page[k]! - 1) ?? 0) >= FULL_PAGE * this.full;
  }
}

/**
 * Whether `block`, at the top of a page with no marker above it, is a copy quoted by `previous` (Outlook
 * often draws its separator as a rule, not text; Lotus has none): same thread, not later, not already
 * quoted above (a message is not quoted twice in one print: that is a print of its own), and either an
 * Outlook header laid out unlike the print's own, or a Lotus header after a full page, as a print's last
 * page seldom is — Lotus copies look just like the print's own header.
 */
function quotesPrevious(block: HeaderBlock, previous: Top | undefined, quotedSoFar: HeaderBlock[], pages: PageMap): boolean {
  if (!previous || previous.block.date === null || block.date === null) return false;
  const subject = normalizeSubject(block.subject);
  if (subject === "" || subject !== normalizeSubject(previous.subject) || block.date.slice(0, 19) > previous.block.date.slice(0, 19)) return false;
  if (quotedSoFar.some((q) => sameMessage(q, block))) return false;
  if (block.style === "memo") return block.layout !== previous.block.layout;
  return block.style === "lotus" && pages.previousPageFull(block.first);
}

/**
 * Top-level messages of a print, each with the headers of the copies quoted inside it.
 * A message starts at a header block that opens the text or a page (page stamps, numbers and
 * exemption codes aside), unless the last thing before it is a quote marker ("-----Original
 * Message-----", a rule of underscores) or it quotes the message before (see `quotesPrevious`):
 * a page that opens with body text continues the message before. Gmail's "Name <address>  date"
 * lines start a message wherever they are, since Gmail prints a conversation's messages one after
 * another. An Outlook Web header that ends its page was put after the body by the extractor
 * (content-stream order: the header is drawn last): its message starts at the page's top, whose
 * first line is the subject.
 */
export function segmentPrintedEmails(text: string, pages: PageRange[]): SegmentedMessage[] {
  const lines = splitLines(text);
  const blocks: HeaderBlock[] = [];
  for (let i = 0; i < lines.length; ) {
    const block = readHeaderBlock(lines, i, blocks.at(-1)?.next ?? 0);
    if (block) blocks.push(block);
    i = block ? Math.max(block.next, i + 1) : i + 1;
  }
  if (blocks.length === 0) return [];

  const map = new PageMap(lines, pages);
  const tops: Top[] = [];
  let quotedSoFar: HeaderBlock[] = [];
  for (const block of blocks) {
    const eligible = block.style !== "wrote" && !block.marked && !map.afterMarker(block.first);
    const pageTop = map.pageTop(block.first);
    const opensPage = map.opensPage(block.first);
    // A message at the top of its page takes the page's furniture (a stamp printed first) along.
    const first = opensPage ? map.pageStart(block.first) : block.first;
    if (eligible && (block.style === "gmail" || (opensPage && !quotesPrevious(block, tops.at(-1), quotedSoFar, map)))) {
      tops.push({ block, first, subject: block.subject, bodyLine: block.next });
      quotedSoFar = [];
    } else if (eligible && block.style === "owa" && map.endsPage(block.next, map.page[block.first]!) && !tops.some((t) => t.first >= map.pageStart(pageTop))) {
      tops.push({ block, first: map.pageStart(pageTop), subject: lines[pageTop]!.text.trim(), bodyLine: pageTop + 1 });
      quotedSoFar = [];
    } else quotedSoFar.push(block);
  }
  // A text whose headers all sit mid-page (a note typed above a pasted email) still has that email.
  const fallback = blocks.find((b) => b.style !== "wrote" && !b.marked && !map.afterMarker(b.first));
  if (tops.length === 0 && fallback) tops.push({ block: fallback, first: fallback.first, subject: fallback.subject, bodyLine: fallback.next });

  const pageOf = (offset: number) => (pages.length ? pageIndex(pages, offset) : null);
  let b = 0;
  return tops.map((top, k): SegmentedMessage => {
    const start = lines[top.first]!.start;
    const end = k + 1 < tops.length ? lines[tops[k + 1]!.first]!.start : text.length;
    let bodyLine = top.bodyLine;
    while (bodyLine < lines.length && !lines[bodyLine]!.text.trim()) bodyLine++;
    const quoted: QuotedHeaders[] = [];
    for (; b < blocks.length && lines[blocks[b]!.first]!.start < end; b++) {
      const q = blocks[b]!;
      if (q !== top.block && lines[q.first]!.start >= start) quoted.push({ from: q.from, date: q.date, dateRaw: q.dateRaw, subject: q.subject });
    }
    const { block } = top;
    return {
      date: block.date, dateRaw: block.dateRaw, from: block.from, to: block.to, cc: block.cc, bcc: block.bcc,
      subject: top.subject, messageId: null, inReplyTo: null, references: [],
      start, end,
      bodyStart: Math.min(lines[bodyLine]?.start ?? end, end),
      pageStart: pageOf(start),
      pageEnd: pageOf(Math.max(start, end - 1)),
      quoted,
    };
  });
}
