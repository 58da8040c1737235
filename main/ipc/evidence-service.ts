// The story-telling methods for the window: highlight all hits of a search, linked passages, the
// chronology, review marks and quoted copies. Every change is one write and one undo step.
import type { AnnotationView } from "../../shared/model";
import { deleteAnnotation, restoreAnnotation } from "../store/annotations";
import type { Case } from "../store/case-file";
import { chronology } from "../store/chronology";
import { linkAnnotations, listLinks, unlinkAnnotations } from "../store/links";
import { carryHighlight, quotedCopies } from "../store/quoted-copies";
import { restoreReview, reviewProgress, reviewRow, setReview, type ReviewTarget } from "../store/reviews";
import { highlightSearchHits } from "../store/search-highlights";
import { defined } from "./defined";
import type { History } from "./history";
import type { CaseService } from "./service";

type EvidenceMethods = Pick<
  CaseService,
  "highlightAllHits" | "linkAnnotations" | "unlinkAnnotations" | "listLinks" | "chronology" | "setReview" | "reviewProgress" | "quotedCopies" | "carryHighlight"
>;

export function evidenceService(c: Case, history: History, change: <T>(run: () => T) => T): EvidenceMethods {
  /** Records highlights just made as one undo step: undo deletes them all, redo puts them back as they were. */
  const recordCreated = (label: string, created: AnnotationView[]) => {
    if (created.length === 0) return;
    let current = created;
    history.record({
      label,
      undo: () => change(() => void (current = current.map((a) => deleteAnnotation(c, a.id)))),
      redo: () => change(() => void current.forEach((a) => restoreAnnotation(c, a))),
    });
  };

  return {
    highlightAllHits: ({ query, tags, dryRun, ...filters }) => {
      const run = () => highlightSearchHits(c, query, defined(filters), tags, dryRun ?? false);
      const result = dryRun ? run() : change(run);
      recordCreated(`${result.created.length} highlight${result.created.length === 1 ? "" : "s"} created from search`, result.created);
      return result;
    },
    linkAnnotations: ({ from, to, relation }) => {
      const link = change(() => linkAnnotations(c, { from, to, relation }));
      history.record({
        label: "highlights linked",
        undo: () => change(() => void unlinkAnnotations(c, { id: link.id })),
        redo: () => change(() => void linkAnnotations(c, { from, to, relation, id: link.id, author: link.author, createdAt: link.createdAt })),
      });
      return link;
    },
    unlinkAnnotations: (which) => {
      const gone = change(() => unlinkAnnotations(c, which));
      const back = { from: gone.from.annotationId, to: gone.to.annotationId, relation: gone.relation, id: gone.id, author: gone.author, createdAt: gone.createdAt };
      history.record({
        label: "link removed",
        undo: () => change(() => void linkAnnotations(c, back)),
        redo: () => change(() => void unlinkAnnotations(c, { id: gone.id })),
      });
      return gone;
    },
    listLinks: (filter) => listLinks(c, defined(filter)),
    chronology: (filter) => chronology(c, defined(filter)),
    setReview: ({ reviewed, flagged, ...which }) => {
      const target: ReviewTarget = which.messageId !== undefined ? { messageId: which.messageId } : { documentId: which.documentId! };
      const before = reviewRow(c, target);
      const state = change(() => setReview(c, target, defined({ reviewed, flagged })));
      const after = reviewRow(c, target);
      history.record({
        label: reviewed === undefined ? (flagged ? "flagged" : "flag removed") : reviewed ? "marked reviewed" : "marked not reviewed",
        undo: () => change(() => restoreReview(c, target, before)),
        redo: () => change(() => restoreReview(c, target, after)),
      });
      return state;
    },
    reviewProgress: () => reviewProgress(c),
    quotedCopies: ({ annotationId }) => quotedCopies(c, annotationId),
    carryHighlight: ({ annotationId, copies }) => {
      const result = change(() => carryHighlight(c, annotationId, copies));
      recordCreated(`highlight carried to ${result.created.length} quoted cop${result.created.length === 1 ? "y" : "ies"}`, result.created);
      return result;
    },
  };
}
