// Review marks on messages and documents, and the progress they add up to.
import { describe, expect, it } from "vitest";
import { getReview, reviewProgress, setReview } from "../../../main/store/reviews";
import { listDocuments } from "../../../main/store/documents";
import { insertMessage, listMessages } from "../../../main/store/messages";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";
import { addTextDocument } from "./documents-fixture";

function withMessages() {
  const c = newCase();
  const thread = addTextDocument(c, "one two three four", "thread");
  const loose = addTextDocument(c, "attachment text", "loose");
  const other = addTextDocument(c, "another loose text", "other");
  write(c, () => {
    for (const [ordinal, start, end] of [[0, 0, 7], [1, 8, 13], [2, 14, 18]] as const) {
      insertMessage(c, { documentId: thread, ordinal, start, end, bodyStart: start, date: null, dateRaw: null, from: null, to: [], cc: [], bcc: [], subject: "s", messageId: null, inReplyTo: null, references: [] });
    }
  });
  return { c, thread, loose, other, messages: listMessages(c).map((m) => m.id) };
}

describe("review marks", () => {
  it("add up to progress over messages and the documents listed on their own", () => {
    const { c, loose, other, messages } = withMessages();
    expect(reviewProgress(c)).toEqual({ messagesReviewed: 0, messages: 3, documentsReviewed: 0, documents: 2, flagged: 0, flaggedMessages: 0, flaggedDocuments: 0 });
    write(c, () => {
      setReview(c, { messageId: messages[0]! }, { reviewed: true });
      setReview(c, { messageId: messages[1]! }, { reviewed: true, flagged: true });
      setReview(c, { documentId: loose }, { reviewed: true });
      setReview(c, { documentId: other }, { flagged: true });
    });
    expect(reviewProgress(c)).toEqual({ messagesReviewed: 2, messages: 3, documentsReviewed: 1, documents: 2, flagged: 2, flaggedMessages: 1, flaggedDocuments: 1 });
    write(c, () => setReview(c, { messageId: messages[1]! }, { reviewed: false }));
    expect(reviewProgress(c)).toMatchObject({ messagesReviewed: 1, flaggedMessages: 1 });
  });

  it("keep when and by whom, change only what is named, and show in the lists with filters", () => {
    const { c, loose, messages } = withMessages();
    const first = write(c, () => setReview(c, { messageId: messages[0]! }, { reviewed: true }));
    expect(first).toMatchObject({ reviewed: true, flagged: false, author: "tester", reviewedAt: expect.any(String), flaggedAt: null });
    const flagged = write(c, () => setReview(c, { messageId: messages[0]! }, { flagged: true }));
    expect(flagged).toMatchObject({ reviewed: true, flagged: true, reviewedAt: first.reviewedAt });
    expect(getReview(c, { messageId: messages[2]! })).toEqual({ reviewed: false, flagged: false, reviewedAt: null, flaggedAt: null, author: null });
    expect(listMessages(c).map((m) => [m.id, m.reviewed, m.flagged])).toEqual([[messages[0], true, true], [messages[1], false, false], [messages[2], false, false]]);
    expect(listMessages(c, { reviewed: false }).map((m) => m.id)).toEqual([messages[1], messages[2]]);
    expect(listMessages(c, { flagged: true }).map((m) => m.id)).toEqual([messages[0]]);
    write(c, () => setReview(c, { documentId: loose }, { reviewed: true }));
    expect(listDocuments(c, { reviewed: true }).map((d) => d.id)).toEqual([loose]);
    expect(listDocuments(c).find((d) => d.id === loose)).toMatchObject({ reviewed: true, flagged: false });
    expect(() => write(c, () => setReview(c, { messageId: 999 }, { reviewed: true }))).toThrow(/no message 999/);
    expect(() => write(c, () => setReview(c, { documentId: 999 }, { reviewed: true }))).toThrow(/no document 999/);
  });
});
