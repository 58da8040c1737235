// REFI-QDA project export (.qdpx): a zip holding project.qde (the codebook, each document's text as a
// TextSource in sources/, and every highlight as a PlainTextSelection coded with its tags and its
// note as the description), so MAXQDA, ATLAS.ti, NVivo and QualCoder users can take the work further.
// Positions are counted in Unicode code points, as the standard says (Casemark's own offsets are
// UTF-16 units, converted here).
import { randomUUID } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import type { AnnotationView, TagView } from "../../shared/model";
import { listAnnotations } from "../store/annotations";
import { caseMeta, type Case } from "../store/case-file";
import { documentText, listDocuments } from "../store/documents";
import { listTags } from "../store/tags";
import { CASEMARK_VERSION } from "./bundle";
import { xml } from "./xml";

const NS = "urn:QDA-XML:project:1.0";

const guid = () => randomUUID().toUpperCase();

/** The code-point index of a UTF-16 offset of text. */
export function codePointOffset(text: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16 && i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // The low half of a surrogate pair does not start a code point.
    if (!(unit >= 0xdc00 && unit <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  return n;
}

function codebook(tags: readonly TagView[], ids: Map<string, string>): string {
  // Nested by path: "failure report/missed deadline" sits inside "failure report".
  const children = (parent: string | null): TagView[] =>
    tags.filter((t) => (t.path.includes("/") ? t.path.slice(0, t.path.lastIndexOf("/")) : null) === parent);
  const code = (t: TagView): string => {
    const inner = children(t.path).map(code).join("");
    const description = t.description ? `<Description>${xml(t.description)}</Description>` : "";
    return `<Code guid="${ids.get(t.path)}" name="${xml(t.name)}" isCodable="true" color="${xml(t.color.toUpperCase())}">${description}${inner}</Code>`;
  };
  return `<CodeBook><Codes>${children(null).map(code).join("")}</Codes></CodeBook>`;
}

function selection(a: AnnotationView, text: string, codes: Map<string, string>, users: Map<string, string>): string {
  const user = users.get(a.author)!;
  const start = codePointOffset(text, a.start);
  const end = codePointOffset(text, a.end);
  const codings = a.tags
    .filter((t) => codes.has(t))
    .map((t) => `<Coding guid="${guid()}" creatingUser="${user}" creationDateTime="${xml(a.createdAt)}"><CodeRef targetGUID="${codes.get(t)}"/></Coding>`)
    .join("");
  const description = a.note ? `<Description>${xml(a.note)}</Description>` : "";
  const name = a.quote.length > 60 ? `${a.quote.slice(0, 57)}…` : a.quote;
  return `<PlainTextSelection guid="${guid()}" name="${xml(name.replace(/\s+/g, " "))}" startPosition="${start}" endPosition="${end}" creatingUser="${user}" creationDateTime="${xml(a.createdAt)}" modifyingUser="${user}" modifiedDateTime="${xml(a.modifiedAt)}">${description}${codings}</PlainTextSelection>`;
}

/**
 * The .qdpx archive of the case: every document with text and every highlight; or, limited to one
 * document or to one tag's highlights, the documents those highlights are in (the codebook stays whole).
 */
export function exportQdpx(c: Case, filter: { documentId?: number; tag?: string } = {}): { bytes: Uint8Array; sources: number; selections: number } {
  const tags = listTags(c);
  const codes = new Map(tags.map((t) => [t.path, guid()]));
  const annotations = listAnnotations(c, filter).filter((a) => a.status !== "orphaned");
  const limited = filter.documentId !== undefined || filter.tag !== undefined;
  const holding = new Set([...annotations.map((a) => a.documentId), ...(filter.documentId !== undefined ? [filter.documentId] : [])]);
  const users = new Map<string, string>();
  for (const a of annotations) if (!users.has(a.author)) users.set(a.author, guid());
  if (users.size === 0) users.set("Casemark", guid());
  const files: Record<string, Uint8Array> = {};
  const sources: string[] = [];
  let selections = 0;
  for (const d of listDocuments(c)) {
    if (limited && !holding.has(d.id)) continue;
    const text = documentText(c, d.id);
    if (!text) continue;
    const id = guid();
    files[`sources/${id}.txt`] = strToU8(text);
    const mine = annotations.filter((a) => a.documentId === d.id);
    selections += mine.length;
    sources.push(
      `<TextSource guid="${id}" name="${xml(d.title || d.fileName || `Document ${d.id}`)}" plainTextPath="internal://${id}.txt">` +
        `<Description>${xml(`SHA-256 ${d.sha256}${d.fileName ? `; file ${d.fileName}` : ""}`)}</Description>` +
        mine.map((a) => selection(a, text, codes, users)).join("") +
        `</TextSource>`,
    );
  }
  const meta = caseMeta(c);
  const usersXml = [...users].map(([name, id]) => `<User guid="${id}" name="${xml(name)}"/>`).join("");
  const project =
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<Project xmlns="${NS}" name="${xml(meta.title || "Casemark case")}" origin="Casemark ${CASEMARK_VERSION}" creationDateTime="${new Date().toISOString()}">` +
    `<Users>${usersXml}</Users>${codebook(tags, codes)}<Sources>${sources.join("")}</Sources></Project>\n`;
  files["project.qde"] = strToU8(project);
  return { bytes: zipSync(files, { level: 6 }), sources: sources.length, selections };
}
