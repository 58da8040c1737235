// parseMsg on the msgreader sample messages of the shared corpus (Apache-2.0: read in place, never copied here).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decompressBodyRtf, readRtfBody } from "../../../main/jobs/msg-body";
import { parseMsg } from "../../../main/jobs/parse-msg";
import type { ParsedAttachment, ParsedEmail } from "../../../main/jobs/parsed";
import { CORPUS, corpusPath, SKIP_REASON } from "../../support/corpus";

const msgBytes = (name: string) => readFileSync(corpusPath("email-msg", `msgreader_${name}.msg`));
const parse = (name: string) => parseMsg({ bytes: msgBytes(name) });
const bodyOf = (e: ParsedEmail) => e.text.slice(e.bodyStart);
const utf16 = (s: string) => Buffer.from(s, "utf16le");
const magic = (a: ParsedAttachment | undefined, n: number) => Buffer.from(a!.bytes.subarray(0, n)).toString("hex");

/** A copy with every UTF-16 `from` (a stream name, an attachment name) replaced by `to` of the same length. */
function patched(bytes: Buffer, from: string, to: string): Buffer {
  const copy = Buffer.from(bytes);
  const needle = utf16(from);
  let hits = 0;
  for (let at = copy.indexOf(needle); at >= 0; at = copy.indexOf(needle, at + needle.length), hits++) utf16(to).copy(copy, at);
  expect(hits, `${from} occurs in the file`).toBeGreaterThan(0);
  return copy;
}

interface Cfb {
  dirStart: number;
  /** Offset of a sector's entry in the (first) FAT sector. */
  fatEntry: (sector: number) => number;
  /** Offset of a directory entry. */
  entry: (index: number) => number;
}

/** Simple.msg (512-byte sectors, one FAT sector) with one 32-bit field of its compound-file structure overwritten. */
function damagedSimple(field: (cfb: Cfb) => [offset: number, value: number]): Buffer {
  const file = Buffer.from(msgBytes("Simple"));
  const sector = (id: number) => (id + 1) * 512;
  const fatEntry = (id: number) => sector(file.readUInt32LE(0x4c)) + 4 * id;
  const dirStart = file.readUInt32LE(0x30);
  const entry = (index: number) => {
    let id = dirStart;
    for (let k = 0; k < Math.floor(index / 4); k++) id = file.readUInt32LE(fatEntry(id));
    return sector(id) + 128 * (index % 4);
  };
  const [offset, value] = field({ dirStart, fatEntry, entry });
  file.writeUInt32LE(value, offset);
  return file;
}

/** Attachments with errors, at any depth: the corpus has none, so any is a regression. */
function errorsIn(e: ParsedEmail): string[] {
  return e.attachments.flatMap((a) => [...(a.error ? [a.error] : []), ...(a.document?.kind === "email" ? errorsIn(a.document) : [])]);
}

describe("parseMsg without the corpus", () => {
  it.each([
    ["an empty file", new Uint8Array(0)],
    ["a text file", new TextEncoder().encode("From: a@example.org\r\nSubject: not outlook\r\n\r\nhello\r\n".repeat(20))],
  ])("refuses %s with a clear sentence", async (_label, bytes) => {
    await expect(parseMsg({ bytes })).rejects.toThrow("this file is not an Outlook .msg message (it is not an OLE compound file)");
  });

  it("does not trust the size in a compressed RTF header (a hostile 1 MB claim decompresses what is there)", () => {
    const rtf = Buffer.alloc(24);
    rtf.writeUInt32LE(0x00100000, 0);
    rtf.writeUInt32LE(100, 4);
    rtf.writeUInt32LE(0x75465a4c, 8); // "LZFu": compressed
    rtf.fill(0x41, 17);
    const started = performance.now();
    expect(decompressBodyRtf(rtf).toString("latin1")).toMatch(/^A+$/);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe.skipIf(!CORPUS)(`parseMsg on the corpus${CORPUS ? "" : ` (${SKIP_REASON})`}`, () => {
  it("reads a sent message: sender, unquoted recipient, subject, body and the submit time", async () => {
    const e = await parse("sent");
    expect(e.headers).toMatchObject({
      from: { name: "xmailuser", address: "xmailuser@xmailserver.test" },
      to: [{ name: "xmailuser@xmailserver.test", address: "xmailuser@xmailserver.test" }],
      subject: "Sent time",
      // PidTagClientSubmitTime (08:19:04), not the delivery time (08:19:00); no transport headers, so UTC.
      date: "2021-02-15T08:19:04Z",
      dateRaw: "Mon, 15 Feb 2021 08:19:04 GMT",
      messageId: null,
    });
    expect(e.text).toBe("From: xmailuser <xmailuser@xmailserver.test>\nTo: xmailuser@xmailserver.test\nDate: Mon, 15 Feb 2021 08:19:04 GMT\nSubject: Sent time\n\nTest mail");
    expect(bodyOf(e)).toBe("Test mail");
    expect(e.title).toBe("Sent time");
  });

  it("splits recipients into To, Cc and Bcc by their recipient type", async () => {
    const test1 = await parse("test1");
    expect(test1.headers).toMatchObject({ from: null, subject: "title", to: [{ address: "to@example.com" }], cc: [{ address: "cc@example.com" }], bcc: [] });
    expect(bodyOf(test1)).toBe("body");
    const subject = await parse("Subject");
    expect(subject.headers.to).toEqual([{ name: "ToUser", address: "to@example.com" }]);
    expect(subject.headers.cc).toEqual([{ name: "ToCc", address: "cc@example.com" }]);
    expect(subject.headers.bcc).toEqual([{ name: "ToBcc", address: "bcc@example.com" }]);
    expect(subject.text).toContain("To: ToUser <to@example.com>\nCc: ToCc <cc@example.com>\n");
  });

  it("takes the date with its own offset, the raw Date line and the message id from the transport headers", async () => {
    const e = await parse("attachmentFiles");
    expect(e.headers).toMatchObject({
      date: "2023-11-01T09:48:31+09:00",
      dateRaw: "Wed, 1 Nov 2023 09:48:31 +0900",
      messageId: "000001da0c5d$22ab1460$68013d20$@hmailserver.test",
      from: { name: "hmailuser", address: "hmailuser@hmailserver.test" },
    });
    const vote = await parse("voteItems");
    expect(vote.headers.date).toBe("2021-07-29T19:57:30+09:00");
    expect(vote.headers.subject).toBe("3 vote items: はい;いいえ;たぶん");
  });

  it("gives an Exchange sender an SMTP address, never the X.500 name", async () => {
    const e = await parse("sent2");
    expect(e.headers.from).toEqual({ name: "UnoKenji", address: "ku@digitaldolphins.onmicrosoft.com" });
    expect(e.text).not.toMatch(/EXCHANGELABS/i);
  });

  it("reads In-Reply-To and References from their MAPI properties when there are no transport headers", async () => {
    const id = "OS3P286MB0565639EF64566509A9EE31281CC9@OS3P286MB0565.JPNP286.PROD.OUTLOOK.COM";
    expect((await parse("sent2")).headers).toMatchObject({ messageId: id, inReplyTo: null, references: [] });
    // The same value moved from PidTagInternetMessageId (0x1035) to PidTagInReplyToId, then PidTagInternetReferences.
    const reply = await parseMsg({ bytes: patched(msgBytes("sent2"), "__substg1.0_1035", "__substg1.0_1042") });
    expect(reply.headers).toMatchObject({ messageId: null, inReplyTo: id, references: [] });
    const referring = await parseMsg({ bytes: patched(msgBytes("sent2"), "__substg1.0_1035", "__substg1.0_1039") });
    expect(referring.headers).toMatchObject({ messageId: null, inReplyTo: null, references: [id] });
  });

  it("reads an HTML-only body (new Outlook) as text", async () => {
    const e = await parse("newOutlook_Microsoft_Outlook_test");
    expect(e.hasHtml).toBe(true);
    expect(bodyOf(e)).toBe("この電子メール メッセージは、アカウントの設定のテスト中に、Microsoft Outlook から自動送信されたものです。");
    expect(e.headers.from).toEqual({ name: "Microsoft Outlook", address: "ku@digitaldolphins.jp" });
    expect(e.headers.date).toBe("2025-09-26T10:43:11+09:00");
  });

  // Hiding the plain body streams (PidTagBody, 0x1000) leaves the compressed RTF as the only body.
  it.each([
    ["Simple", "Simple", true], // RTF encapsulating HTML
    ["test1", "body", false], // RTF encapsulating text
    ["sent2", "Hello.", false], // native RTF, nothing encapsulated
    ["nonUnicodeCP932", "日本語 Non Unicode 本文", true], // encapsulated HTML in code page 932
  ])("reads the RTF-only body of %s", async (name, expected, hasHtml) => {
    const e = await parseMsg({ bytes: patched(msgBytes(name), "__substg1.0_1000", "__substg1.0_7FF0") });
    expect(bodyOf(e).trim()).toBe(expected);
    expect(e.hasHtml).toBe(hasHtml);
  });

  it("de-encapsulates an uncompressed RTF body and leaves its styles out", () => {
    const rtf = readFileSync(corpusPath("email-hostile", "sicos_Issue332.rtf"));
    const header = Buffer.alloc(16);
    header.writeUInt32LE(rtf.length + 12, 0);
    header.writeUInt32LE(rtf.length, 4);
    header.writeUInt32LE(0x414c454d, 8); // "MELA": stored uncompressed
    const body = readRtfBody(Buffer.concat([header, rtf]));
    expect(body.mode).toBe("html");
    expect(body.content).toMatch(/<body[^>]*>/);
    expect(body.content).toContain("Dummy");
  });

  it("reads Unicode and CJK subjects and bodies", async () => {
    const cjk = await parse("Hello_+CJK");
    expect(cjk.title).toBe("Hello +CJK");
    expect(bodyOf(cjk)).toBe("Hello\nC 你好\nJ こんにちは\nK 안녕하세요");
    const unicode = await parse("unicode1");
    expect(unicode.headers.subject).toBe("畑㵲応ｲ瑤㵨㠱");
    expect(bodyOf(unicode)).toBe("The subject having “畑㵲応イ瑤㵨㠱” text.");
  });

  it("decodes an ANSI message in its code page (Shift_JIS), and plain ASCII ones unchanged", async () => {
    const e = await parse("nonUnicodeCP932");
    expect(e.title).toBe("日本語 Non Unicode タイトル");
    expect(bodyOf(e)).toBe("日本語 Non Unicode 本文");
    expect(e.headers.to).toEqual([{ name: "xmailuser2@xmailserver.test", address: "xmailuser2@xmailserver.test" }]);
    const ascii = await parse("nonUnicodeMail");
    expect(ascii.title).toBe("Non Unicode mail subject");
    expect(bodyOf(ascii)).toBe("Non Unicode mail body!");
  });

  it("parses an embedded message into a document of its own", async () => {
    const e = await parse("msgInMsg");
    expect(e.text).toContain("Attachments: Microsoft Outlook テスト メッセージ.msg; green.png\n");
    const [inner, png] = e.attachments;
    expect(inner).toMatchObject({ fileName: "Microsoft Outlook テスト メッセージ.msg", mediaType: "application/vnd.ms-outlook" });
    expect(inner?.document).toMatchObject({
      kind: "email",
      title: "Microsoft Outlook テスト メッセージ",
      headers: { from: { name: "Microsoft Outlook", address: "xmailuser@xmailserver.test" }, to: [{ name: "xmailuser" }] },
    });
    expect(inner?.document?.text).toContain("Microsoft Outlook から自動送信されたものです。");
    // The embedded message is kept as a .msg file of its own, which reads back the same.
    expect((await parseMsg({ bytes: inner!.bytes })).title).toBe("Microsoft Outlook テスト メッセージ");
    expect(png).toMatchObject({ fileName: "green.png", mediaType: "image/png" });
    expect(magic(png, 4)).toBe("89504e47");
  });

  it("parses messages embedded in embedded messages", async () => {
    const e = await parse("msgInMsgInMsg");
    expect(e.attachments.map((a) => a.fileName)).toEqual(["I have attachments!.msg", "blue.png"]);
    const middle = e.attachments[0]?.document as ParsedEmail;
    expect(middle.title).toBe("I have attachments!");
    expect(middle.attachments.map((a) => a.fileName)).toEqual(["Microsoft Outlook テスト メッセージ.msg", "green.png"]);
    expect(middle.attachments[0]?.document?.title).toBe("Microsoft Outlook テスト メッセージ");
  });

  it("reads 22 embedded ISO-2022-JP messages with their own dates", async () => {
    const e = await parse("Many_entities");
    expect(e.attachments).toHaveLength(22);
    expect(e.attachments.every((a) => a.document?.kind === "email")).toBe(true);
    expect(e.attachments[0]?.document).toMatchObject({ title: "ワークフロー通知 (最終承認済み)", headers: { date: "2025-03-19T14:41:22+09:00" } });
    expect(e.attachments[9]?.document?.text).toContain("これはテストメールです。");
  });

  it("keeps file attachments with names, types and bytes", async () => {
    const e = await parse("attachmentFiles");
    expect(e.attachments.map((a) => [a.fileName, a.mediaType, a.bytes.length])).toEqual([
      ["jpg.jpg", "image/jpeg", 726],
      ["png.png", "image/png", 134],
      ["tif.tif", "image/tiff", 664],
    ]);
    expect(magic(e.attachments[0], 2)).toBe("ffd8");
    expect(magic(e.attachments[1], 4)).toBe("89504e47");
    expect(["49492a00", "4d4d002a"]).toContain(magic(e.attachments[2], 4));
    expect(e.text).toContain("Attachments: jpg.jpg; png.png; tif.tif\n");
  });

  it("leaves out the inline image the HTML body shows, and keeps the attached one", async () => {
    const bytes = msgBytes("attachAndInline");
    expect(bytes.toString("latin1").split(utf16("__attach_version1.0_").toString("latin1"))).toHaveLength(3);
    const e = await parseMsg({ bytes });
    expect(e.attachments.map((a) => a.fileName)).toEqual(["attach.png"]);
    expect(e.attachments[0]?.bytes.length).toBe(1558);
    expect(e.text).not.toContain("image001");
    expect(e.hasHtml).toBe(true);
  });

  it("reads attached .eml files, embedded copies of them and text files as documents", async () => {
    const sent = await parse("Attach_sample_eml_sent");
    expect(sent.attachments[0]).toMatchObject({ fileName: "sample.eml", mediaType: "message/rfc822" });
    expect(sent.attachments[0]?.document).toMatchObject({ kind: "email", title: "sample", headers: { date: "2025-12-04T13:36:28+09:00" } });
    const received = await parse("Attach_sample_eml_received");
    expect(received.attachments[0]?.document).toMatchObject({ kind: "email", title: "sample", headers: { date: "2025-12-04T13:36:28+09:00" } });
    const test2 = await parse("test2");
    expect(test2.title).toBe("(no subject)");
    expect(test2.attachments[0]).toMatchObject({ fileName: "A.txt", mediaType: "text/plain", document: { kind: "text", text: "attach test" } });
  });

  it("puts an unreadable attachment's error on it and still reads the message", async () => {
    const e = await parseMsg({ bytes: patched(msgBytes("test2"), "txt", "msg") });
    expect(e.attachments).toHaveLength(1);
    expect(e.attachments[0]?.fileName).toBe("A.msg");
    expect(e.attachments[0]?.error).toBe("could not read A.msg: this file is not an Outlook .msg message (it is not an OLE compound file)");
    expect(e.attachments[0]?.bytes.length).toBe(11);
    expect(e.text).toContain("Attachments: A.msg");
  });

  it("reads a table of 200 recipients", async () => {
    const e = await parse("200_recipients");
    expect(e.headers.to).toHaveLength(200);
    expect(e.headers.cc).toHaveLength(0);
    expect(new Set(e.headers.to.map((a) => a.address)).size).toBe(200);
    expect(e.headers.to[199]?.address).toBe("xmailuser200@xmailserver.test");
  });

  it("refuses files that are not Outlook messages with a clear sentence", async () => {
    const eml = readFileSync(corpusPath("email-eml", readdirSync(corpusPath("email-eml")).find((f) => f.endsWith(".eml"))!));
    await expect(parseMsg({ bytes: eml })).rejects.toThrow("this file is not an Outlook .msg message (it is not an OLE compound file)");
    const simple = msgBytes("Simple");
    const plainOle = patched(patched(simple, "__substg1.0_", "__other1.0_"), "__properties_version1.0", "__other_data__version1");
    await expect(parseMsg({ bytes: plainOle })).rejects.toThrow("this file is not an Outlook .msg message (it is an OLE compound file without message properties)");
    await expect(parseMsg({ bytes: simple.subarray(0, 4096) })).rejects.toThrow(/^this file is not a readable Outlook \.msg message \(its compound-file structure is damaged: .+\)$/);
  });

  // Without the check msgreader follows these links forever (or allocates the claimed size).
  it.each<[string, (cfb: Cfb) => [number, number]]>([
    ["a sector chain loops", ({ dirStart, fatEntry }) => [fatEntry(dirStart), dirStart]],
    ["its directory entries loop", ({ entry }) => [entry(2) + 0x44, 5]], // entry 5 is 2's grandparent
    ["a stream claims more bytes than the file has", ({ entry }) => [entry(6) + 0x78, 0x7fffffff]],
  ])("refuses a compound file where %s, at once", async (why, field) => {
    await expect(parseMsg({ bytes: damagedSimple(field) })).rejects.toThrow(
      `this file is not a readable Outlook .msg message (its compound-file structure is damaged: ${why})`,
    );
  }, 2_000);

  const files = CORPUS ? readdirSync(corpusPath("email-msg")).filter((f) => f.endsWith(".msg")) : [];
  it.each(files)("%s parses in a few seconds, with a title, a header block and readable attachments", async (file) => {
    const e = await parseMsg({ bytes: readFileSync(corpusPath("email-msg", file)) });
    expect(e.kind).toBe("email");
    expect(e.title).toMatch(/\S/);
    expect(e.text.slice(0, e.bodyStart)).toMatch(/^(From|To|Date): /);
    expect(e.headers.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    expect(errorsIn(e)).toEqual([]);
  }, 5_000);
});
