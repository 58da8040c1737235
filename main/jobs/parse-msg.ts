// Outlook .msg files (MS-OXMSG, read with msgreader) to the same parsed email as an .eml: MAPI properties
// first, transport headers for what only they keep; embedded messages and readable attachments become documents.
import MsgReaderModule, { type FieldsData } from "@kenjiuno/msgreader";
import { emailDateToIso } from "../../shared/dates";
import type { Address } from "../../shared/model";
import { parsedEmail } from "./email-text";
import { ansiCodepage, codepageLabel, decoderFor, msgHtml, readMsgBody } from "./msg-body";
import { parseEmail } from "./parse-email";
import type { ParsedAttachment, ParsedDocument, ParsedEmail, ParsedHeaders } from "./parsed";
import { parseHtml, parseText } from "./parse-text";

/** Embedded messages deeper than this are kept as attachments without being read, as in parse-email. */
const MAX_DEPTH = 5;

// Node's ESM loader hands over a CommonJS module's whole exports object as its default; bundlers unwrap it.
const MsgReader = (MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule;
type Reader = InstanceType<typeof MsgReader>;

/** Every OLE2 compound file (and so every .msg) starts with these 8 bytes. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PT_STRING8 = 0x001e;
const PT_UNICODE = 0x001f;
/** Properties msgreader does not name: PidTagInReplyToId, PidTagInternetReferences, PidTagNativeBody. */
const PID_IN_REPLY_TO = 0x1042;
const PID_REFERENCES = 0x1039;
const PID_NATIVE_BODY = 0x1016;
const NATIVE_BODY_HTML = 3;

interface OpenedMsg {
  reader: Reader;
  fields: FieldsData;
  /** Raw values of the root properties msgreader leaves out, by property id. */
  extra: Map<number, { type: number; bytes: Uint8Array }>;
}

/** Sector ids from here up mark free sectors, chain ends and FAT/DIFAT sectors ([MS-CFB] 2.1). */
const SPECIAL_SECTOR = 0xfffffffa;

/** Whether following `next` from some id below `count` comes back to an id already on the way. */
function loops(count: number, next: (id: number) => number): boolean {
  const state = new Uint8Array(count); // 0 unseen, 1 on the current walk, 2 known to end
  for (let start = 0; start < count; start++) {
    let id = start;
    for (; id < count && state[id] === 0; id = next(id)) state[id] = 1;
    if (id < count && state[id] === 1) return true;
    for (id = start; id < count && state[id] === 1; id = next(id)) state[id] = 2;
  }
  return false;
}

/**
 * What makes a compound file unsafe to hand to msgreader, which follows sector chains and directory
 * links without bound: a loop would spin (and allocate) until the job host stops the worker, and a
 * stream claiming more bytes than the file has would be allocated whole. Null when there is none.
 */
function compoundFileFault(bytes: Uint8Array): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : 0xffffffff);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return "its sector size is invalid";
  const perSector = (1 << shift) / 4;
  const sectorAt = (id: number | undefined) => (id === undefined || id >= SPECIAL_SECTOR ? -1 : (id + 1) * (1 << shift));
  const fatSectors = Array.from({ length: Math.min(u32(0x2c), 109) }, (_, i) => u32(0x4c + 4 * i));
  // The DIFAT chain is followed by count, and a file cannot hold more DIFAT sectors than it has sectors.
  const difatSectors = Math.min(u32(0x48), bytes.length >>> shift);
  for (let difat = u32(0x44), n = 0; difat < SPECIAL_SECTOR && n < difatSectors; n++) {
    for (let i = 0; i < perSector - 1; i++) fatSectors.push(u32(sectorAt(difat) + 4 * i));
    difat = u32(sectorAt(difat) + 4 * (perSector - 1));
  }
  const tableNext = (table: number[]) => (id: number) => u32(sectorAt(table[Math.floor(id / perSector)]) + 4 * (id % perSector));
  const next = tableNext(fatSectors);
  if (loops(fatSectors.length * perSector, next)) return "a sector chain loops";
  const chain = (start: number) => {
    const ids: number[] = [];
    for (let id = start; id < fatSectors.length * perSector; id = next(id)) ids.push(id);
    return ids;
  };
  const miniFat = chain(u32(0x3c));
  if (loops(miniFat.length * perSector, tableNext(miniFat))) return "a mini-sector chain loops";
  const directory = chain(u32(0x30));
  const entriesPerSector = perSector / 32;
  const entryAt = (i: number) => sectorAt(directory[Math.floor(i / entriesPerSector)]) + 128 * (i % entriesPerSector);
  const seen = new Set<number>();
  for (const pending = [u32(entryAt(0) + 0x4c)]; pending.length > 0; ) {
    const i = pending.pop()!;
    if (i >= SPECIAL_SECTOR || entryAt(i) < 0) continue;
    if (seen.has(i)) return "its directory entries loop";
    seen.add(i);
    const isStream = ((u32(entryAt(i) + 0x40) >>> 16) & 0xff) === 2; // the object type byte at 0x42
    if (isStream && u32(entryAt(i) + 0x78) > bytes.length) return "a stream claims more bytes than the file has";
    pending.push(u32(entryAt(i) + 0x44), u32(entryAt(i) + 0x48), u32(entryAt(i) + 0x4c));
  }
  return null;
}

function readFields(bytes: Uint8Array, ansiEncoding?: string): OpenedMsg & { properties: number; ansiNonAscii: boolean } {
  const reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const seen = new Map<FieldsData, { count: number; extra: OpenedMsg["extra"] }>();
  let ansiNonAscii = false;
  reader.parserConfig = {
    ...(ansiEncoding ? { ansiEncoding } : {}),
    propertyObserver: (fields, tag, raw) => {
      let props = seen.get(fields);
      if (!props) seen.set(fields, (props = { count: 0, extra: new Map() }));
      props.count++;
      const id = tag >>> 16;
      const type = tag & 0xffff;
      if (raw && (id === PID_IN_REPLY_TO || id === PID_REFERENCES || id === PID_NATIVE_BODY)) props.extra.set(id, { type, bytes: raw });
      if (type === PT_STRING8 && raw?.some((b) => b >= 0x80)) ansiNonAscii = true;
    },
  };
  const fields = reader.getFileData();
  const root = seen.get(fields);
  return { reader, fields, extra: root?.extra ?? new Map(), properties: root?.count ?? 0, ansiNonAscii };
}

function openMsg(bytes: Uint8Array): OpenedMsg {
  if (bytes.length < 512 || OLE_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new Error("this file is not an Outlook .msg message (it is not an OLE compound file)");
  }
  const damaged = (why: string) => new Error(`this file is not a readable Outlook .msg message (its compound-file structure is damaged: ${why})`);
  const fault = compoundFileFault(bytes);
  if (fault) throw damaged(fault);
  let read: ReturnType<typeof readFields>;
  try {
    read = readFields(bytes);
  } catch (error) {
    throw damaged((error as Error).message);
  }
  if (read.fields.error) throw new Error(`this file is not an Outlook .msg message (${read.fields.error})`);
  if (read.properties === 0) throw new Error("this file is not an Outlook .msg message (it is an OLE compound file without message properties)");
  if (!read.ansiNonAscii) return read;
  // 8-bit strings are in the code page of the computer that wrote them, which only the whole file tells.
  try {
    return readFields(bytes, codepageLabel(ansiCodepage(read.fields)));
  } catch {
    return read;
  }
}

function extraString(msg: OpenedMsg, id: number): string | undefined {
  const value = msg.extra.get(id);
  if (!value || (value.type !== PT_UNICODE && value.type !== PT_STRING8)) return undefined;
  const decoder = value.type === PT_UNICODE ? new TextDecoder("utf-16le") : decoderFor(ansiCodepage(msg.fields));
  return decoder.decode(value.bytes).replace(/\0+$/, "");
}

function messageIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = value.match(/<[^<>\s]+>/g);
  return (bracketed ?? value.split(/\s+/)).map((id) => id.replace(/^<|>$/g, "").trim()).filter(Boolean);
}

/** The transport headers (PidTagTransportMessageHeaders) read by the .eml parser, so both agree on dates and ids. */
async function transportHeaders(raw: string | undefined): Promise<ParsedHeaders | null> {
  const block = raw?.trim().split(/\r?\n\r?\n/)[0];
  if (!block) return null;
  try {
    return (await parseEmail({ bytes: new TextEncoder().encode(`${block}\r\n\r\n`) })).headers;
  } catch {
    return null;
  }
}

// Outlook quotes display names it could not resolve: 'someone@example.org'.
const unquote = (name: string | undefined) => (name ?? "").trim().replace(/^'(.*)'$/, "$1").trim();
/** Only SMTP addresses are addresses; Exchange X.500 names (/O=…/CN=…) and "Unknown" are not. */
const smtp = (value: string | undefined) => (value && /^[^\s@/<>]+@[^\s@<>]+$/.test(value.trim()) ? value.trim() : "");

function senderOf(f: FieldsData): Address | null {
  const name = unquote(f.senderName);
  const candidates = [f.senderSmtpAddress, f.senderEmail, f.sentRepresentingSmtpAddress, f.senderAddressType === "EX" ? f.creatorSMTPAddress : undefined];
  const address = candidates.map(smtp).find(Boolean) ?? "";
  if (name || address) return { name, address };
  return f.senderEmail ? { name: f.senderEmail, address: "" } : null;
}

/** PidTagRecipientType: 1 To, 2 Cc, 3 Bcc; the P1 flag marks resend-only recipients, not the message's own. */
function recipientKind(value: unknown): "to" | "cc" | "bcc" | null {
  if (value === undefined || value === "to" || value === "cc" || value === "bcc") return value ?? "to";
  if (typeof value !== "number" || value & 0x10000000) return null;
  return ([null, "to", "cc", "bcc"] as const)[value & 0x3] ?? null;
}

function recipientsOf(f: FieldsData): Pick<ParsedHeaders, "to" | "cc" | "bcc"> {
  const lists: Pick<ParsedHeaders, "to" | "cc" | "bcc"> = { to: [], cc: [], bcc: [] };
  for (const r of f.recipients ?? []) {
    const kind = recipientKind(r.recipType);
    const name = unquote(r.name);
    const address = smtp(r.smtpAddress) || smtp(r.email);
    if (kind && (name || address)) lists[kind].push({ name, address });
  }
  return lists;
}

function headersOf(msg: OpenedMsg, transport: ParsedHeaders | null): ParsedHeaders {
  const f = msg.fields;
  const mapiDate = f.clientSubmitTime ?? f.messageDeliveryTime ?? null;
  const mapi = recipientsOf(f);
  // The recipient table is the message's own list (with Bcc); headers speak only for mail that lacks one.
  const people = mapi.to.length + mapi.cc.length + mapi.bcc.length > 0 || !transport ? mapi : transport;
  const references = transport?.references.length ? transport.references : messageIds(extraString(msg, PID_REFERENCES));
  return {
    date: transport?.date ?? emailDateToIso(mapiDate),
    dateRaw: transport?.dateRaw ?? mapiDate,
    from: senderOf(f) ?? transport?.from ?? null,
    to: people.to,
    cc: people.cc,
    bcc: people.bcc,
    subject: f.subject || transport?.subject || null,
    messageId: transport?.messageId ?? messageIds(f.messageId)[0] ?? null,
    inReplyTo: transport?.inReplyTo ?? messageIds(extraString(msg, PID_IN_REPLY_TO))[0] ?? null,
    references,
  };
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: "application/pdf", txt: "text/plain", htm: "text/html", html: "text/html", eml: "message/rfc822",
  msg: "application/vnd.ms-outlook", rtf: "application/rtf", csv: "text/csv", xml: "application/xml",
  doc: "application/msword", docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint", pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  zip: "application/zip", png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", gif: "image/gif",
  tif: "image/tiff", tiff: "image/tiff", bmp: "image/bmp", ics: "text/calendar", vcf: "text/vcard",
};

function mediaTypeOf(a: FieldsData, fileName: string | null): string {
  if (a.innerMsgContent) return MEDIA_TYPES.msg!;
  const tagged = a.attachMimeTag?.trim().toLowerCase();
  const byExtension = MEDIA_TYPES[/\.([a-z0-9]+)$/i.exec(fileName ?? a.extension ?? "")?.[1]?.toLowerCase() ?? ""];
  // Outlook tags many files application/octet-stream; the extension says more then.
  if (tagged?.includes("/") && tagged !== "application/octet-stream") return tagged;
  return byExtension ?? tagged ?? "application/octet-stream";
}

async function readAttachment(reader: Reader, a: FieldsData, depth: number): Promise<ParsedAttachment> {
  const fileName = (a.innerMsgContent ? `${a.name || "embedded message"}.msg` : a.fileName || a.fileNameShort || a.name) || null;
  const mediaType = mediaTypeOf(a, fileName);
  const attachment: ParsedAttachment = { fileName, mediaType, bytes: new Uint8Array(0) };
  const name = fileName ?? "attachment";
  try {
    const bytes = reader.getAttachment(a).content;
    attachment.bytes = bytes;
    let document: ParsedDocument | undefined;
    if (mediaType === MEDIA_TYPES.msg) {
      if (depth < MAX_DEPTH) document = await parseMsgAt(bytes, depth + 1);
    } else if (mediaType === MEDIA_TYPES.eml) {
      if (depth < MAX_DEPTH) document = await parseEmail({ bytes });
    } else if (mediaType === "text/plain") document = parseText({ bytes, fileName: name });
    else if (mediaType === "text/html") document = parseHtml({ bytes, fileName: name });
    if (document) attachment.document = document;
  } catch (error) {
    attachment.error = `could not read ${name}: ${(error as Error).message}`;
  }
  return attachment;
}

/** Outlook flags the images an HTML body shows inline as hidden attachments with a content id. */
const inlineCandidate = (a: FieldsData) => !!(a.attachmentHidden && a.pidContentId);

async function parseMsgAt(bytes: Uint8Array, depth: number): Promise<ParsedEmail> {
  const msg = openMsg(bytes);
  const headers = headersOf(msg, await transportHeaders(msg.fields.headers));
  // PidTagNativeBody is a PT_LONG, so the property stream holds it in an 8-byte little-endian slot.
  const nativeBody = msg.extra.get(PID_NATIVE_BODY)?.bytes;
  const body = readMsgBody(msg.fields, nativeBody?.length === 8 && nativeBody[0] === NATIVE_BODY_HTML);
  const all = msg.fields.attachments ?? [];
  // Inline images are part of the body's look, not documents (parse-email drops `related` parts alike);
  // a hidden part the HTML does not show is kept, since nothing else would show it to the reader.
  const html = all.some(inlineCandidate) ? msgHtml(msg.fields, body)?.toLowerCase() : undefined;
  const kept = all.filter((a) => !inlineCandidate(a) || (html && !html.includes(`cid:${a.pidContentId!.toLowerCase()}`)));
  const attachments: ParsedAttachment[] = [];
  for (const a of kept) attachments.push(await readAttachment(msg.reader, a, depth));
  return parsedEmail(headers, attachments, body.text, body.hasHtml);
}

export function parseMsg(input: { bytes: Uint8Array }): Promise<ParsedEmail> {
  return parseMsgAt(input.bytes, 0);
}
