// Notes are Lexical editor state (JSON) plus their plain text; this builds the state for plain-text notes.

interface SerializedText {
  type: "text";
  text: string;
  detail: 0;
  format: 0;
  mode: "normal";
  style: "";
  version: 1;
}

interface SerializedParagraph {
  type: "paragraph";
  children: SerializedText[];
  direction: null;
  format: "";
  indent: 0;
  textFormat: 0;
  textStyle: "";
  version: 1;
}

/** The Lexical serialized editor state of a plain-text note: one paragraph per line. */
export function plainTextNote(text: string): string {
  const paragraphs: SerializedParagraph[] = text.split("\n").map((line) => ({
    type: "paragraph",
    children: line ? [{ type: "text", text: line, detail: 0, format: 0, mode: "normal", style: "", version: 1 }] : [],
    direction: null,
    format: "",
    indent: 0,
    textFormat: 0,
    textStyle: "",
    version: 1,
  }));
  return JSON.stringify({ root: { type: "root", children: paragraphs, direction: null, format: "", indent: 0, version: 1 } });
}
