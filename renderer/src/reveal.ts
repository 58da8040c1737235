// Asking the reader to show a range of a document's text and select it (a search hit, a quoted copy),
// so the next key (1–9) can tag it like any selection.
export interface RevealRequest {
  documentId: number;
  start: number;
  end: number;
  /** A new number for each request, so asking twice for the same range shows it again. */
  serial: number;
}
