// When a release's cross-reference data is too damaged to follow (a /Prev chain that loops, say),
// PDFium rebuilds it by scanning and writes its update with a complete xref table and no /Prev — but
// it numbers every object generation 0, in the table and in the objects it rewrites ("107 0 R"), even
// where the release holds "107 1 obj". Readers then find no object 107 0 and drop what it held (page
// labels, outlines). For each such entry the object is copied into the update under the generation
// PDFium refers to, and the table points there. Encrypted files are left alone: an object's key
// depends on its generation. The release's bytes are never touched.

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");

/** The object header at an offset: its number and generation, and where its body starts. */
function headerAt(file: string, offset: number): { n: number; g: number; body: number } | null {
  const m = /^\s*(\d+)\s+(\d+)\s+obj\b/.exec(file.slice(offset, offset + 40));
  return m ? { n: Number(m[1]), g: Number(m[2]), body: offset + m[0].length } : null;
}

/** Where an object's body that starts at `start` ends: its "endobj", past the data of a stream. */
function bodyEnd(file: string, start: number): number {
  const end = file.indexOf("endobj", start);
  const stream = file.indexOf("stream", start);
  return stream >= 0 && stream < end ? file.indexOf("endobj", file.indexOf("endstream", stream)) : end;
}

/** The body (between "obj" and "endobj") of the last object numbered n before `before`, in any generation. */
function lastBodyOf(file: string, n: number, before: number): string | null {
  const re = new RegExp(`(?:^|[^\\d])${n}\\s+\\d+\\s+obj\\b`, "g");
  let start = -1;
  for (let m = re.exec(file); m && m.index < before; m = re.exec(file)) start = m.index + m[0].length;
  if (start < 0) return null;
  const end = bodyEnd(file, start);
  return end < 0 || end > before ? null : file.slice(start, end);
}

export function repairRebuiltXref(saved: Uint8Array, originalLength: number): Uint8Array {
  const file = latin1(saved);
  const update = file.slice(originalLength);
  const xrefAt = update.lastIndexOf("\nxref");
  const trailerAt = update.lastIndexOf("trailer");
  if (xrefAt < 0 || trailerAt < xrefAt) return saved;
  const trailer = update.slice(trailerAt);
  // Only PDFium's own rebuilt table: complete (no /Prev), and not encrypted.
  if (/\/Prev(?![\w#])/.test(trailer) || /\/Encrypt(?![\w#])/.test(trailer)) return saved;
  const tableStart = originalLength + xrefAt + 1;
  const table = file.slice(tableStart, originalLength + trailerAt);

  // Entries "oooooooooo ggggg n": each a fixed 20 bytes, so an offset can be rewritten in place.
  const copies: string[] = [];
  const moved = new Map<number, number>();
  let extra = 0;
  const lines = /(\d+)\s+(\d+)\s*[\r\n]+/g;
  let m = lines.exec(table);
  while (m) {
    let n = Number(m[1]);
    const count = Number(m[2]);
    const entries = /(\d{10}) (\d{5}) ([nf])/g;
    entries.lastIndex = m.index + m[0].length;
    for (let k = 0; k < count; k++, n++) {
      const e = entries.exec(table);
      if (!e) return saved;
      if (e[3] !== "n") continue;
      const offset = Number(e[1]);
      const g = Number(e[2]);
      const found = headerAt(file, offset);
      if (found && found.n === n && found.g === g) continue;
      const body = found && found.n === n && bodyEnd(file, found.body) > 0 ? file.slice(found.body, bodyEnd(file, found.body)) : lastBodyOf(file, n, tableStart);
      if (body === null) continue;
      const copy = `${n} ${g} obj${body}endobj\r\n`;
      moved.set(e.index, tableStart + extra);
      copies.push(copy);
      extra += copy.length;
    }
    lines.lastIndex = entries.lastIndex;
    m = lines.exec(table);
  }
  if (copies.length === 0) return saved;
  let newTable = table;
  for (const [at, offset] of moved) newTable = `${newTable.slice(0, at)}${String(offset).padStart(10, "0")}${newTable.slice(at + 10)}`;
  const rest = file.slice(originalLength + trailerAt).replace(/startxref\s+\d+/, `startxref\r\n${tableStart + extra}`);
  return Buffer.concat([Buffer.from(saved.subarray(0, tableStart)), Buffer.from(copies.join("") + newTable + rest, "latin1")]);
}
