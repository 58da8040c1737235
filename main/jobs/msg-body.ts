// Outlook message bodies to text — the plain body, else the HTML body, else the compressed RTF one —
// and the Windows code pages that legacy (non-Unicode) .msg files and RTF bodies are written in.
import { decompressRTF } from "@kenjiuno/decompressrtf";
import type { FieldsData } from "@kenjiuno/msgreader";
import { deEncapsulateSync, Tokenize } from "rtf-stream-parser";
import { ToPlainText } from "rtf-stream-parser/dist/src/ToPlainText.js";
import { decodeText } from "./decode-text";
import { htmlToText } from "./parse-text";

/**
 * Windows code page numbers to labels TextDecoder knows (Node ships full ICU); iconv-lite, which msgreader
 * decodes 8-bit properties with, knows them too, but for ISO-2022-JP, which is never an ANSI code page.
 */
const LABELS: Record<number, string> = {
  866: "ibm866", 874: "windows-874", 932: "shift_jis", 936: "gbk", 949: "euc-kr", 950: "big5",
  1200: "utf-16le", 1201: "utf-16be", 10000: "macintosh", 20866: "koi8-r", 21866: "koi8-u", 20932: "euc-jp",
  50220: "iso-2022-jp", 50221: "iso-2022-jp", 50222: "iso-2022-jp", 51932: "euc-jp", 51949: "euc-kr",
  54936: "gb18030", 65001: "utf-8",
};

/**
 * The Windows ANSI code page a client used for 8-bit (PT_STRING8) properties, from the message's
 * internet code page, for files that lack PidTagMessageCodepage (Japanese Outlook writes ISO-2022-JP
 * mail but stores Shift_JIS strings, for instance).
 */
const ANSI_OF_INTERNET: Record<number, number> = {
  20127: 1252, 28591: 1252, 28605: 1252, 28592: 1250, 28595: 1251, 20866: 1251, 21866: 1251, 28597: 1253,
  28599: 1254, 28598: 1255, 38598: 1255, 28596: 1256, 28594: 1257, 28603: 1257, 50220: 932, 50221: 932,
  50222: 932, 51932: 932, 20932: 932, 50225: 949, 51949: 949, 52936: 936, 54936: 936,
};

export function codepageLabel(codepage: number): string {
  const known = LABELS[codepage];
  if (known) return known;
  if (codepage >= 1250 && codepage <= 1258) return `windows-${codepage}`;
  if (codepage >= 28592 && codepage <= 28606) return `iso-8859-${codepage - 28590}`;
  // US-ASCII, Latin-1, OEM and unknown pages: Windows-1252 is the practical superset US agencies wrote.
  return "windows-1252";
}

type Decoder = InstanceType<typeof TextDecoder>;
const decoders = new Map<number, Decoder>();

export function decoderFor(codepage: number): Decoder {
  let decoder = decoders.get(codepage);
  if (!decoder) {
    try {
      decoder = new TextDecoder(codepageLabel(codepage));
    } catch {
      // A label ICU lacks (iso-8859-16…) still reads its ASCII half right this way.
      decoder = new TextDecoder("windows-1252");
    }
    decoders.set(codepage, decoder);
  }
  return decoder;
}

/**
 * Decompresses PidTagRtfCompressed, or only its first `limit` bytes (enough to read the RTF header).
 * The size in the stream's header is clamped to the bytes present: the decompressor trusts it and would
 * run on for a hostile size of gigabytes.
 */
export function decompressBodyRtf(compressed: Uint8Array, limit = compressed.length): Buffer {
  const input = Array.from(compressed.subarray(0, limit));
  const claimed = compressed.length >= 4 ? new DataView(compressed.buffer, compressed.byteOffset, 4).getUint32(0, true) : 0;
  const size = Math.max(0, Math.min(claimed, input.length - 4));
  for (let i = 0; i < 4; i++) input[i] = (size >>> (8 * i)) & 0xff;
  return Buffer.from(decompressRTF(input));
}

/** The start of the RTF body, where `\ansicpgN` and `\fromhtml1` are; 128 compressed bytes give ≥ 128 characters. */
function rtfHeader(fields: FieldsData): string {
  if (!fields.compressedRtf?.length) return "";
  try {
    return decompressBodyRtf(fields.compressedRtf, 128).toString("latin1");
  } catch {
    return "";
  }
}

/** The code page of a message's 8-bit string properties, by the best evidence the file holds. */
export function ansiCodepage(fields: FieldsData): number {
  if (fields.messageCodepage) return fields.messageCodepage;
  const internet = fields.internetCodepage;
  if (internet && ANSI_OF_INTERNET[internet]) return ANSI_OF_INTERNET[internet];
  if (internet && internet !== 65001 && internet !== 1200 && internet !== 1201) return internet;
  const declared = /\\ansicpg(\d+)/.exec(rtfHeader(fields))?.[1];
  return declared ? Number(declared) : 1252;
}

const rtfOptions = {
  // rtf-stream-parser names code pages "cpN"; cp0 is "the system's", which for mail means Windows-1252.
  decode: (data: Buffer, encoding: string) => decoderFor(Number(encoding.replace(/^cp/, "")) || 1252).decode(data),
  replaceSymbolFontChars: true,
  allowCp0: true,
  warn: () => {},
};

/** RTF that does not encapsulate HTML or text (Word-authored bodies) read as plain text. */
function rtfToPlainText(rtf: Buffer): string {
  const tokens = new Tokenize();
  const plain = new ToPlainText(rtfOptions);
  const chunks: string[] = [];
  const rethrow = (error?: Error | null) => {
    if (error) throw error;
  };
  tokens.push = (token: Parameters<ToPlainText["_transform"]>[0]) => {
    plain._transform(token, undefined, rethrow);
    return true;
  };
  plain.push = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  tokens._transform(rtf, undefined, rethrow);
  tokens._flush(rethrow);
  plain._flush(rethrow);
  return chunks.join("");
}

export interface RtfBody {
  /** html and text were encapsulated by Outlook ([MS-OXRTFEX]); rtf is a native RTF body. */
  mode: "html" | "text" | "rtf";
  content: string;
}

export function readRtfBody(compressed: Uint8Array): RtfBody {
  return readRtf(decompressBodyRtf(compressed));
}

/** RTF (a body or a whole .rtf file): the HTML or text Outlook wrapped in it, else the RTF read as text. */
export function readRtf(rtf: Buffer): RtfBody {
  let encapsulated: { mode: "html" | "text"; text: string | Buffer };
  try {
    encapsulated = deEncapsulateSync(rtf, { ...rtfOptions, mode: "either" });
  } catch {
    return { mode: "rtf", content: rtfToPlainText(rtf) };
  }
  return { mode: encapsulated.mode, content: String(encapsulated.text) };
}

/** The HTML body property: PidTagBodyHtml as a string, or PidTagHtml bytes in the message's internet code page. */
export function htmlProperty(fields: FieldsData): string | null {
  if (fields.bodyHtml) return fields.bodyHtml;
  if (!fields.html?.length) return null;
  if (fields.internetCodepage) return decoderFor(fields.internetCodepage).decode(fields.html);
  return decodeText(fields.html).text;
}

export interface MsgBody {
  text: string;
  /** The HTML the body came from or that the message carries, to tell inline images from attachments. */
  html: string | null;
  hasHtml: boolean;
}

/**
 * The readable body. Outlook keeps the plain, HTML and RTF bodies in sync, so the first that is not
 * blank is the body; a whitespace-only plain body of an HTML or RTF mail is how images-only mail looks.
 */
export function readMsgBody(fields: FieldsData, nativeHtml: boolean): MsgBody {
  const html = htmlProperty(fields);
  // Outlook stores HTML mail as RTF that encapsulates the HTML (\fromhtml1), often with no HTML property.
  const hasHtml = html !== null || nativeHtml || rtfHeader(fields).includes("\\fromhtml1");
  if (fields.body?.trim()) return { text: fields.body, html, hasHtml };
  if (html !== null) {
    const text = htmlToText(html);
    if (text.trim() || !fields.compressedRtf) return { text, html, hasHtml };
  }
  const rtf = rtfBodyOf(fields);
  if (!rtf) return { text: fields.body ?? "", html, hasHtml };
  if (rtf.mode === "html") return { text: htmlToText(rtf.content), html: html ?? rtf.content, hasHtml: true };
  return { text: rtf.content, html, hasHtml };
}

/**
 * The RTF body, or null when there is none or it cannot be read: a damaged RTF stream costs the message
 * its body text, not its headers and attachments.
 */
function rtfBodyOf(fields: FieldsData): RtfBody | null {
  if (!fields.compressedRtf?.length) return null;
  try {
    return readRtfBody(fields.compressedRtf);
  } catch {
    return null;
  }
}

/** The message's HTML, from its RTF body if need be, or null when it has none. */
export function msgHtml(fields: FieldsData, body: MsgBody): string | null {
  if (body.html !== null) return body.html;
  const rtf = rtfBodyOf(fields);
  return rtf?.mode === "html" ? rtf.content : null;
}
