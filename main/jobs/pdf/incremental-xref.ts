// PDFium's incremental save over a file with cross-reference streams writes the update's xref stream
// without /Type /XRef, without its own entry and without `endobj` (qpdf: "expected endobj", "reported
// number of objects … is not one plus the highest object number"). This rewrites that one object in
// place — same offset, so every other offset stays true — as a complete xref stream. Updates written
// with a classic xref table are left as they are.
import { inflateSync } from "node:zlib";

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

function numbers(dict: string, key: string): number[] | null {
  const m = new RegExp(`/${key}\\s*\\[([^\\]]*)\\]`).exec(dict);
  return m ? m[1]!.trim().split(/\s+/).filter(Boolean).map(Number) : null;
}

function entriesOf(dict: string, data: Buffer): Map<number, number> {
  const w = numbers(dict, "W");
  if (!w || w.length !== 3) throw new Error("the update's xref stream has no /W");
  const size = Number(/\/Size\s+(\d+)/.exec(dict)?.[1] ?? 0);
  const index = numbers(dict, "Index") ?? [0, size];
  const width = w[0]! + w[1]! + w[2]!;
  const field = (at: number, n: number) => {
    let v = 0;
    for (let k = 0; k < n; k++) v = v * 256 + data[at + k]!;
    return v;
  };
  const offsets = new Map<number, number>();
  let at = 0;
  for (let i = 0; i + 1 < index.length; i += 2) {
    for (let n = 0; n < index[i + 1]!; n++, at += width) {
      const type = w[0] === 0 ? 1 : field(at, w[0]!);
      if (type === 1) offsets.set(index[i]! + n, field(at + w[0]!, w[1]!));
    }
  }
  return offsets;
}

/** The saved file with the update's xref stream made whole; `originalLength` bytes are never touched. */
export function repairIncrementalXref(saved: Uint8Array, originalLength: number): Uint8Array {
  const update = latin1(saved.subarray(originalLength));
  const startxref = update.lastIndexOf("startxref");
  const xrefAt = Number(/startxref\s+(\d+)/.exec(update.slice(startxref))?.[1]) - originalLength;
  if (!(startxref > 0 && xrefAt >= 0 && xrefAt < startxref)) throw new Error("the update has no startxref");
  const object = update.slice(xrefAt, startxref);
  const head = /^(\d+)\s+0\s+obj\s*<<([\s\S]*?)>>\s*stream\r?\n/.exec(object);
  // A classic table ("xref" … "trailer"), or a stream PDFium already wrote whole: nothing to do.
  if (!head || /\/Type\s*\/XRef/.test(head[2]!)) return saved;
  const dict = head[2]!;
  const length = Number(/\/Length\s+(\d+)/.exec(dict)?.[1]);
  const raw = Buffer.from(object.slice(head[0].length, head[0].length + length), "latin1");
  const data = /\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
  const offsets = entriesOf(dict, data);
  const self = Number(head[1]);
  offsets.set(self, originalLength + xrefAt);

  const sorted = [...offsets.keys()].sort((a, b) => a - b);
  const index: number[] = [];
  const rows: Buffer[] = [];
  for (const n of sorted) {
    const last = index.length - 2;
    if (last >= 0 && index[last]! + index[last + 1]! === n) index[last + 1]! += 1;
    else index.push(n, 1);
    const row = Buffer.alloc(7);
    row[0] = 1;
    row.writeUInt32BE(offsets.get(n)!, 1);
    rows.push(row);
  }
  const body = Buffer.concat(rows);
  const keep = ["Root", "Info", "Prev", "Encrypt"].flatMap((key) => {
    const m = new RegExp(`/${key}\\s+(\\d+\\s+\\d+\\s+R|\\d+)`).exec(dict);
    return m ? [`/${key} ${m[1]}`] : [];
  });
  const id = /\/ID\s*\[[^\]]*\]/.exec(dict)?.[0] ?? "";
  const size = Math.max(self + 1, Number(/\/Size\s+(\d+)/.exec(dict)?.[1] ?? 0), sorted.at(-1)! + 1);
  const newDict = `<</Type/XRef/Size ${size}/W[1 4 2]/Index[${index.join(" ")}]${keep.join("")}${id}/Length ${body.length}>>`;
  const rebuilt = Buffer.concat([
    Buffer.from(`${self} 0 obj\r\n${newDict}stream\r\n`, "latin1"),
    body,
    Buffer.from(`\r\nendstream\r\nendobj\r\nstartxref\r\n${originalLength + xrefAt}\r\n%%EOF\r\n`, "latin1"),
  ]);
  return Buffer.concat([Buffer.from(saved.subarray(0, originalLength + xrefAt)), rebuilt]);
}
