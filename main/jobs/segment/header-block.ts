// Recognises one printed email header block (Outlook memo, Outlook Web, Gmail, Lotus Notes, "On … wrote:") at a line.
import type { Address, MessageHeaders } from "../../../shared/model";
import { parsePrintedDate } from "./printed-date";

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; ; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

export type HeaderStyle = "memo" | "owa" | "gmail" | "lotus" | "wrote";

export interface HeaderBlock extends Pick<MessageHeaders, "from" | "to" | "cc" | "bcc" | "subject" | "date" | "dateRaw"> {
  style: HeaderStyle;
  /** Index of the block's first line. */
  first: number;
  /** Index of the first line after the block. */
  next: number;
  /** Whether a quote marker opens the block's own first line, which makes it a quoted copy. */
  marked: boolean;
  /**
   * The order of From, Date, To and Subject as printed ("from date to subject"): a print's own header
   * and the copies quoted in it often differ in it, and headers of one kind never do.
   */
  layout: string;
}

// ---- names and addresses ----

const ANGLE = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/;
const MAILTO = /^(.*?)\s*\[mailto:([^\]\s]+)\]$/i;
const BARE = /^<?([^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+)>?$/;
/** Lotus Notes hierarchical names ("Jane Doe/HQ/ICE/DHS@DHS"): the part before the first "/" is the person. */
const NOTES_NAME = /^(\p{L}[\p{L}\p{M}.' -]*?)\/[\p{L}\d-]+(?:\/[\p{L}\d-]+)*(?:@[\p{L}\d.-]+)?$/u;

const unquote = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, "$2").trim();

export function parseAddress(raw: string): Address | null {
  const s = raw.replace(/\s+/g, " ").trim().replace(/[;,]+$/, "").trim();
  if (!s) return null;
  const named = ANGLE.exec(s) ?? MAILTO.exec(s);
  if (named) return { name: unquote(named[1]!), address: named[2]! };
  const bare = BARE.exec(s);
  if (bare) return { name: "", address: bare[1]! };
  const notes = NOTES_NAME.exec(s);
  return { name: notes ? notes[1]!.trim() : unquote(s), address: "" };
}

const hasAddress = (s: string) => {
  const t = s.trim();
  return ANGLE.test(t) || MAILTO.test(t) || BARE.test(t) || NOTES_NAME.test(t);
};

/**
 * "Last, First" names contain commas, so a ","-separated part only ends an entry once it holds an
 * address; ";" always separates. "Collier, Tameka (BEGA)" stays one name, "a@x.gov, b@x.gov" is two.
 */
export function parseAddressList(raw: string): Address[] {
  const entries = raw.split(";").flatMap((part) => {
    const found: string[] = [];
    let current = "";
    for (const token of part.split(",")) {
      current = current ? `${current},${token}` : token;
      if (!hasAddress(current)) continue;
      found.push(current);
      current = "";
    }
    // Left-overs without an address: a name alone, or the whole part when nothing had an address.
    return !current.trim() ? found : found.length ? [...found, current] : [part];
  });
  return entries.map(parseAddress).filter((a): a is Address => a !== null);
}

// ---- line helpers ----

const MEMO_LABEL = /^\s*(from|sent|date|to|cc|bcc|subject|attachments|importance)\s*:\s*(.*)$/i;
const LOTUS_LABEL = /^(to|cc|bcc|subject)\b\s*:?\s*(.*)$/i;
const QUOTE_MARKER = /^\s*(?:-{2,}\s*(?:original message|forwarded message|forwarded by\b.*|reply message)\s*-{2,}|_{8,}|begin forwarded message:)\s*$/i;
const ATTACHMENT = /\.(?:pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|tiff?|txt|msg|eml|zip|csv|rtf|html?|ics|vcf|wav|mp[34])\]?;?$/i;

export const isQuoteMarker = (text: string) => QUOTE_MARKER.test(text);
const isBlank = (line: Line | undefined) => !line || !line.text.trim();
const indentOf = (text: string) => text.length - text.trimStart().length;
const fieldKey = (label: string) => (label.toLowerCase() === "sent" ? "date" : label.toLowerCase());

/** Index of the next non-blank line after `j`, skipping at most `maxBlank` blank lines. */
function nextFilled(lines: Line[], j: number, maxBlank: number): number | null {
  for (let k = j + 1, blanks = 0; k < lines.length; k++) {
    if (!isBlank(lines[k])) return k;
    if (++blanks > maxBlank) return null;
  }
  return null;
}

function previousFilled(lines: Line[], j: number, floor: number): number | null {
  for (let k = j - 1; k >= floor; k--) if (!isBlank(lines[k])) return k;
  return null;
}

/** A sender line of Outlook Web or Lotus: a short name, not a label, date or sentence. */
function plausibleName(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= 120 && !/[:.!?]$/.test(t) && !/^(?:\S+\s+){10}/.test(t) && /\p{L}/u.test(t) &&
    !MEMO_LABEL.test(t) && !QUOTE_MARKER.test(t) && parsePrintedDate(t) === null;
}

const CORE_FIELDS = ["from", "date", "to", "subject"];

function headers(style: HeaderStyle, first: number, next: number, fields: Map<string, string>, labels = [...fields.keys()]): HeaderBlock {
  const dateRaw = fields.get("date")?.trim() || null;
  return {
    style, first, next, dateRaw, marked: false,
    layout: `${style} ${labels.filter((l) => CORE_FIELDS.includes(l)).join(" ")}`,
    date: parsePrintedDate(dateRaw),
    from: parseAddress(fields.get("from") ?? ""),
    to: parseAddressList(fields.get("to") ?? ""),
    cc: parseAddressList(fields.get("cc") ?? ""),
    bcc: parseAddressList(fields.get("bcc") ?? ""),
    subject: fields.get("subject")?.replace(/\s+/g, " ").trim() || null,
  };
}

// ---- Outlook memo style ----

/** Whether a non-label line carries on the value of `field`. */
function continues(field: string, value: string, text: string, valueColumn: number): boolean {
  // With -layout style text a wrapped value sits under its own column, well right of the labels.
  if (valueColumn >= 8 && indentOf(text) >= valueColumn - 2) return true;
  if ((field === "to" || field === "cc" || field === "bcc" || field === "attachments") && /[;,]\s*$/.test(value)) return true;
  return field === "attachments" && text.trim().length <= 150 && ATTACHMENT.test(text.trim());
}

/** A quote marker run into the header's first line ("-----Original Message----From: …"), as pdftotext may join them. */
const MARKER_PREFIX = /^\s*(?:-{2,}\s*(?:original message|forwarded message|reply message)\s*-{2,}|_{8,})\s*(?=from\s*:)/i;

function readMemo(lines: Line[], i: number): HeaderBlock | null {
  const marker = MARKER_PREFIX.exec(lines[i]!.text);
  const first = MEMO_LABEL.exec(marker ? lines[i]!.text.slice(marker[0].length) : lines[i]!.text);
  if (!first || fieldKey(first[1]!) !== "from") return null;
  if (!first[2]!.trim()) {
    const columns = readColumnMemo(lines, i);
    if (columns) return columns;
  }
  const fields = new Map([["from", first[2]!]]);
  let current = "from";
  let valueColumn = lines[i]!.text.length - first[2]!.length;
  let j = i + 1;
  let last = i;
  while (j < lines.length) {
    const text = lines[j]!.text;
    if (!text.trim()) {
      // Tall layouts leave gaps between fields: a blank ends the block unless a field not yet seen follows.
      const k = nextFilled(lines, j - 1, 2);
      const label = k === null ? null : MEMO_LABEL.exec(lines[k]!.text);
      if (k === null || !label || fields.has(fieldKey(label[1]!))) break;
      j = k;
      continue;
    }
    const label = MEMO_LABEL.exec(text);
    if (label) {
      const key = fieldKey(label[1]!);
      if (fields.has(key)) break;
      fields.set(key, label[2]!);
      current = key;
      valueColumn = text.length - label[2]!.length;
    } else if (continues(current, fields.get(current)!, text, valueColumn)) {
      fields.set(current, `${fields.get(current)} ${text.trim()}`);
    } else break;
    last = j++;
  }
  // A memorandum's "DATE: February 10, 2017" has no time of day: email headers always do.
  if (parsePrintedDate(fields.get("date")) === null || !(fields.has("to") || fields.has("subject"))) return null;
  return { ...headers("memo", i, last + 1, fields), marked: marker !== null };
}

/** Which fields of a memo header are most likely the empty ones, most likely first: a blank "To:" is common. */
const MEMO_EMPTY_FIRST = ["to", "cc", "bcc", "attachments", "importance"];

/**
 * Some extractors (pdftotext without -layout) give a wide-spaced header as a column of labels, then
 * a column of values, dropping empty values: the values are re-aligned around the date value.
 */
function readColumnMemo(lines: Line[], i: number): HeaderBlock | null {
  const labels: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const label = MEMO_LABEL.exec(lines[j]!.text);
    if (!label || label[2]!.trim()) break;
    labels.push(fieldKey(label[1]!));
  }
  const valueStart = nextFilled(lines, j - 1, 2);
  if (labels.length < 3 || valueStart === null || valueStart === j) return null;
  const values: string[] = [];
  for (j = valueStart; j < lines.length && !isBlank(lines[j]) && values.length < labels.length + 4; j++) values.push(lines[j]!.text.trim());
  if (values.some((v) => MEMO_LABEL.test(v))) return null;
  const fields = new Map<string, string>();
  const dateLabel = labels.indexOf("date");
  const dateValue = values.findIndex((v) => parsePrintedDate(v) !== null);
  if (dateLabel >= 0 && dateValue >= 0) {
    align(labels.slice(0, dateLabel), values.slice(0, dateValue), fields, MEMO_EMPTY_FIRST);
    fields.set("date", values[dateValue]!);
    align(labels.slice(dateLabel + 1), values.slice(dateValue + 1), fields, MEMO_EMPTY_FIRST);
  } else align(labels, values, fields, MEMO_EMPTY_FIRST);
  if (!fields.has("from") || parsePrintedDate(fields.get("date")) === null) return null;
  return headers("memo", i, j, fields, labels);
}

/** Pairs labels with values in order; with fewer values, labels are left empty in `emptyFirst` order. */
function align(labels: string[], values: string[], into: Map<string, string>, emptyFirst: string[]): void {
  const kept = [...labels];
  for (let missing = labels.length - values.length; missing > 0; missing--) {
    const drop = emptyFirst.map((l) => kept.indexOf(l)).find((k) => k >= 0);
    kept.splice(drop ?? kept.length - 1, 1);
  }
  kept.forEach((label, k) => {
    const value = k === kept.length - 1 ? values.slice(k).join(label === "subject" ? " " : "; ") : values[k];
    if (value) into.set(label, value);
  });
}

// ---- Outlook Web: [subject] / sender / date / To:…; / Cc:…; ----

function readRecipients(lines: Line[], j: number, fields: Map<string, string>, label: RegExp): number {
  let last = j - 1;
  let current: string | null = null;
  for (let k: number | null = j; k !== null; k = nextFilled(lines, k, 1)) {
    const text = lines[k]!.text;
    const m = label.exec(text.trim());
    if (m) {
      current = fieldKey(m[1]!);
      fields.set(current, m[2]!);
    } else if (current && k === last + 1 && /[;,]\s*$/.test(fields.get(current)!) && /@|[;,]\s*$/.test(text) && !MEMO_LABEL.test(text)) {
      // A wrapped list: the line right below, itself an address or a ";"-ended entry.
      fields.set(current, `${fields.get(current)} ${text.trim()}`);
    } else break;
    last = k;
  }
  return last;
}

function readOwa(lines: Line[], i: number, withSubject: boolean): HeaderBlock | null {
  const subject = withSubject ? lines[i]!.text.trim() : null;
  if (subject !== null && (subject.length > 200 || MEMO_LABEL.test(subject) || QUOTE_MARKER.test(subject) || /^\d+ messages?$/i.test(subject))) return null;
  const sender = withSubject ? nextFilled(lines, i, 3) : i;
  if (sender === null || !plausibleName(lines[sender]!.text)) return null;
  const dateLine = nextFilled(lines, sender, 1);
  const dateRaw = dateLine === null ? null : lines[dateLine]!.text.trim();
  if (dateLine === null || parsePrintedDate(dateRaw) === null) return null;
  const to = nextFilled(lines, dateLine, 3);
  if (to === null || !/^\s*to\s*:/i.test(lines[to]!.text)) return null;
  const fields = new Map([["from", lines[sender]!.text], ["date", dateRaw!]]);
  if (subject) fields.set("subject", subject);
  const last = readRecipients(lines, to, fields, /^(to|cc|bcc)\s*:\s*(.*)$/i);
  return headers("owa", i, last + 1, fields);
}

// ---- Gmail: "Name <address>   Fri, Feb 10, 2017 at 4:12 PM" / To: … ----

const GMAIL_PREAMBLE = [/^\s*\d+ messages?\s*$/i, /\S/, /^\s*[^:]*<[^<>\s]+@[^<>\s]+>\s*$/, /\bGmail - /, /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?\s*$/i];

function readGmail(lines: Line[], i: number, floor: number): HeaderBlock | null {
  const m = /^\s*([^:]*?<[^<>\s]+@[^<>\s]+>)\s*(.*)$/.exec(lines[i]!.text);
  if (!m || MEMO_LABEL.test(m[1]!)) return null;
  let dateLine = i;
  let dateRaw = m[2]!.trim();
  if (!dateRaw) {
    const k = nextFilled(lines, i, 1);
    if (k === null) return null;
    dateLine = k;
    dateRaw = lines[k]!.text.trim();
  }
  if (parsePrintedDate(dateRaw) === null) return null;
  const to = nextFilled(lines, dateLine, 1);
  if (to === null || !/^\s*(?:to|cc|bcc)\s*:/i.test(lines[to]!.text)) return null;
  const fields = new Map([["from", m[1]!], ["date", dateRaw]]);
  const last = readRecipients(lines, to, fields, /^(to|cc|bcc)\s*:\s*(.*)$/i);
  // A print's first message has above it, bottom up: "N messages", the subject, and maybe the
  // account's address, the browser's "Gmail - subject" title and its print date.
  let first = i;
  for (let k = previousFilled(lines, i, floor), n = 0; k !== null && n < GMAIL_PREAMBLE.length; n++) {
    if (!GMAIL_PREAMBLE[n]!.test(lines[k]!.text)) {
      if (n < 2) break;
      continue;
    }
    if (n === 1) fields.set("subject", lines[k]!.text.trim());
    first = k;
    k = previousFilled(lines, k, floor);
  }
  return headers("gmail", first, last + 1, fields);
}

// ---- "On <date>, <name> wrote:" ----

function readWrote(lines: Line[], i: number): HeaderBlock | null {
  if (!/^\s*On\s/.test(lines[i]!.text)) return null;
  let joined = "";
  let last: number | null = i;
  for (let n = 0; last !== null && n < 3; n++, last = nextFilled(lines, last, 0)) {
    joined = `${joined} ${lines[last]!.text.trim()}`;
    if (/wrote\s*:$/i.test(joined)) break;
  }
  if (last === null || !/wrote\s*:$/i.test(joined)) return null;
  const inner = joined.trim().replace(/^On\s+/, "").replace(/\s*wrote\s*:$/i, "");
  // The longest prefix that parses as a date; the rest, after a comma or a space, is the writer.
  for (let p = inner.length - 1; p > 0; p--) {
    if (inner[p] !== "," && inner[p] !== " ") continue;
    const dateRaw = inner.slice(0, p).trim().replace(/,$/, "");
    const name = inner.slice(p + 1).trim();
    if (!name || parsePrintedDate(dateRaw) === null) continue;
    return headers("wrote", i, last + 1, new Map([["from", name], ["date", dateRaw]]));
  }
  return null;
}

// ---- Lotus Notes: "Name/OU/ORG@DOMAIN" / "02/10/2017 04:12 PM" / To / cc / bcc / Subject ----

const LOTUS_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M$/i;
/** Cells of a two-column Lotus header: wide gaps, or (single-spaced extractors) just before a label. */
const cellsOf = (text: string) => text.trim().split(/\s{3,}|\s+(?=(?:To|cc|bcc|Subject)(?:\s|$))/).filter(Boolean);

const isAddressList = (s: string) => s.split(/[;,]/).every(hasAddress);

/**
 * A column of labels, then a column of values (pdftotext without -layout), empty values dropped and
 * blank lines between: recipients are the values that are addresses, then comes the subject.
 * Returns the index of the last value line.
 */
function lotusColumn(lines: Line[], j: number, pending: string[], fields: Map<string, string>): number {
  const recipients = pending.filter((l) => l !== "subject");
  let last = j - 1;
  for (let k: number | null = j; k !== null; k = nextFilled(lines, k, 2)) {
    const value = lines[k]!.text.trim();
    if (recipients.length && isAddressList(value)) fields.set(recipients.shift()!, value);
    else {
      if (pending.includes("subject")) fields.set("subject", value);
      return pending.includes("subject") ? k : last;
    }
    last = k;
  }
  return last;
}

function readLotus(lines: Line[], i: number): HeaderBlock | null {
  const head = cellsOf(lines[i]!.text);
  if (!head[0] || !plausibleName(head[0]) || LOTUS_LABEL.test(head[0])) return null;
  const dateNear = [...head.slice(1), ...cellsOf(lines[nextFilled(lines, i, 0) ?? i]!.text)].some((c) => LOTUS_DATE.test(c));
  if (!dateNear) return null;
  const fields = new Map([["from", head[0]]]);
  let current: string | null = null;
  // Labels still without a value, and the line the last of them was on.
  let pending: string[] = [];
  let pendingLine = i;
  let last = i;
  for (let j = i; j < lines.length && j < i + 14; j++) {
    if (isBlank(lines[j])) {
      if (fields.get("subject")) break;
      continue;
    }
    const cells = j === i ? head.slice(1) : cellsOf(lines[j]!.text);
    const isNewLabel = (cell: string) => {
      const label = LOTUS_LABEL.exec(cell);
      return label !== null && !fields.has(label[1]!.toLowerCase());
    };
    if (j > i && fields.get("subject") && !cells.some(isNewLabel)) break;
    for (const cell of cells) {
      const label = LOTUS_LABEL.exec(cell);
      if (!fields.has("date") && LOTUS_DATE.test(cell)) fields.set("date", cell);
      else if (label && isNewLabel(cell)) {
        current = label[1]!.toLowerCase();
        fields.set(current, label[2]!);
        pending = label[2] ? [] : [...pending, current];
        pendingLine = j;
      } else if (pending.length > 1 && j > pendingLine) {
        return headers("lotus", i, lotusColumn(lines, j, pending, fields) + 1, fields);
      } else if (current) {
        const previous = fields.get(current)!;
        fields.set(current, previous ? `${previous}${current === "subject" ? " " : ", "}${cell}` : cell);
        pending = [];
      }
    }
    last = j;
  }
  if (!fields.has("date") || !(fields.has("to") || fields.has("subject"))) return null;
  return headers("lotus", i, last + 1, fields);
}

/**
 * The header block starting at line `i` (a Gmail block may start a little earlier, at its subject,
 * but never before `floor`), or null when none starts there.
 */
export function readHeaderBlock(lines: Line[], i: number, floor = 0): HeaderBlock | null {
  if (isBlank(lines[i])) return null;
  return readMemo(lines, i) ?? readWrote(lines, i) ?? readGmail(lines, i, floor) ?? readOwa(lines, i, true) ??
    readLotus(lines, i) ?? readOwa(lines, i, false);
}
