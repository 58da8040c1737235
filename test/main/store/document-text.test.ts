// A document's text is kept for the next read (a release's text is megabytes, read for every highlight
// made in it), and never served for another document that later takes the same id.
import { describe, expect, it } from "vitest";
import { putBlob, sha256 } from "../../../main/store/blobs";
import { documentText, insertDocument } from "../../../main/store/documents";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";

function addText(c: ReturnType<typeof newCase>, text: string): number {
  const bytes = new TextEncoder().encode(text);
  const sha = sha256(bytes);
  putBlob(c, sha, bytes);
  return insertDocument(c, { sha256: sha, kind: "text", title: text.slice(0, 20), mediaType: "text/plain", size: bytes.byteLength, blobSha256: sha, text });
}

describe("documentText", () => {
  it("reads each document's own text, again and again, whichever was read last", () => {
    const c = newCase();
    const [a, b, d] = write(c, () => [addText(c, "first release text"), addText(c, "second release text"), addText(c, "third release text")]);
    for (let round = 0; round < 3; round++) {
      expect(documentText(c, a!)).toBe("first release text");
      expect(documentText(c, b!)).toBe("second release text");
      expect(documentText(c, d!)).toBe("third release text");
    }
  });

  it("never gives a rolled-back document's text to the document that takes its id next", () => {
    const c = newCase();
    let first = 0;
    expect(() =>
      write(c, () => {
        first = addText(c, "imported, then rolled back");
        expect(documentText(c, first)).toBe("imported, then rolled back");
        throw new Error("the import failed");
      }),
    ).toThrow("the import failed");
    const second = write(c, () => addText(c, "imported again, other words"));
    expect(second).toBe(first);
    expect(documentText(c, second)).toBe("imported again, other words");
    expect(() => documentText(c, second + 1)).toThrow(/There is no document/);
  });
});
