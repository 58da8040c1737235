// doc://casemark/<id>: a document's original, whole or by byte range, never as a type a browser runs.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byteRange, documentIdOf, documentResponse } from "../../../main/ipc/document-bytes";
import { allowRequest, CSP } from "../../../main/app/policy";
import { closeCase, createCase, type Case } from "../../../main/store/case-file";
import { insertDocument } from "../../../main/store/documents";
import { putBlob, sha256 } from "../../../main/store/blobs";
import { write } from "../../../main/store/write";
import { tempDir } from "../../support/temp";

let c: Case;
const pdf = new Uint8Array(9 * 1024 * 1024).map((_, i) => (i * 7) % 251);
const html = new TextEncoder().encode("<script>alert(1)</script>");
let pdfId: number;
let htmlId: number;

beforeAll(() => {
  c = createCase(`${tempDir()}/bytes.casemark`);
  write(c, () => {
    const add = (bytes: Uint8Array, mediaType: string) => {
      const sha = sha256(bytes);
      putBlob(c, sha, bytes);
      return insertDocument(c, { sha256: sha, kind: "attachment", title: "x", mediaType, size: bytes.byteLength, blobSha256: sha, text: "" });
    };
    pdfId = add(pdf, "application/pdf");
    htmlId = add(html, "text/html");
  });
});
afterAll(() => closeCase(c));

const body = async (r: Response) => new Uint8Array(await r.arrayBuffer());

describe("document bytes over doc://casemark/<id>", () => {
  it("parses only its own URLs and byte ranges", () => {
    expect(documentIdOf("doc://casemark/12")).toBe(12);
    for (const url of ["doc://casemark/0", "doc://casemark/12?x=1", "doc://casemark/12/..", "doc://other/12", "app://casemark/12", "doc://casemark/-1"]) expect(documentIdOf(url), url).toBeNull();
    expect(byteRange(null, 100)).toBeNull();
    expect(byteRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange("bytes=95-200", 100)).toEqual({ start: 95, end: 99 });
    for (const bad of ["bytes=100-", "bytes=9-1", "bytes=-", "items=0-1", "bytes=0-1,5-6"]) expect(byteRange(bad, 100), bad).toBe("invalid");
    expect(allowRequest("doc://casemark/3")).toBe(true);
    expect(allowRequest("doc://casemark/3?download")).toBe(false);
    expect(CSP).toContain("connect-src 'self' doc://casemark");
  });

  it("streams a whole original, byte-exact, across the store's 4 MiB chunks", async () => {
    const r = documentResponse(c, `doc://casemark/${pdfId}`, null);
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Type")).toBe("application/pdf");
    expect(r.headers.get("Content-Length")).toBe(String(pdf.byteLength));
    expect(createHash("sha256").update(await body(r)).digest("hex")).toBe(sha256(pdf));
  });

  it("answers byte ranges, and refuses ranges past the end", async () => {
    const start = 4 * 1024 * 1024 - 10;
    const r = documentResponse(c, `doc://casemark/${pdfId}`, `bytes=${start}-${start + 19}`);
    expect(r.status).toBe(206);
    expect(r.headers.get("Content-Range")).toBe(`bytes ${start}-${start + 19}/${pdf.byteLength}`);
    expect(await body(r)).toEqual(pdf.slice(start, start + 20));
    const past = documentResponse(c, `doc://casemark/${pdfId}`, `bytes=${pdf.byteLength}-`);
    expect(past.status).toBe(416);
    expect(past.headers.get("Content-Range")).toBe(`bytes */${pdf.byteLength}`);
  });

  it("never serves a released file as a type the browser would run, and sandboxes every answer", async () => {
    const r = documentResponse(c, `doc://casemark/${htmlId}`, null);
    expect(r.headers.get("Content-Type")).toBe("application/octet-stream");
    expect(r.headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    expect(r.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(new TextDecoder().decode(await body(r))).toBe("<script>alert(1)</script>");
  });

  it("says not found for unknown documents, other URLs, and when no case is open", () => {
    expect(documentResponse(c, "doc://casemark/999", null).status).toBe(404);
    expect(documentResponse(c, "doc://casemark/abc", null).status).toBe(404);
    expect(documentResponse(null, `doc://casemark/${pdfId}`, null).status).toBe(404);
  });
});
