// The service behind the IPC contract: one function per method, over the open case's store.
// Electron's IPC handlers and the end-to-end harness call this very object.
import type { MethodArgs, MethodName, MethodOutput } from "../../shared/ipc";
import type { APP_METHODS } from "./app-service";
import { createAnnotation, deleteAnnotation, getAnnotation, listAnnotations, restoreAnnotation, updateAnnotation } from "../store/annotations";
import { defined } from "./defined";
import { History } from "./history";
import type { Case } from "../store/case-file";
import { documentText, getDocument, listDocuments } from "../store/documents";
import { listMessages } from "../store/messages";
import { listPages, pageLayouts } from "../store/pages";
import { searchCase } from "../store/search";
import { listTags } from "../store/tags";
import { codebookService } from "./codebook-service";
import { evidenceService } from "./evidence-service";
import { memoService } from "./memo-service";
import { write } from "../store/write";

export type Service = { [K in MethodName]: (args: MethodArgs<K>) => MethodOutput<K> | Promise<MethodOutput<K>> };
/** The methods that work on one open case (the rest choose which case is open: see app-service.ts). */
export type CaseService = Omit<Service, (typeof APP_METHODS)[number]>;

export function createCaseService(c: Case): CaseService {
  const history = new History();
  const change = <T>(run: () => T) => write(c, run);
  return {
    listDocuments: (filter) => listDocuments(c, defined(filter)),
    documentText: ({ documentId }) => ({ text: documentText(c, documentId) }),
    listMessages: (filter) => {
      if (filter.documentId !== undefined) getDocument(c, filter.documentId);
      return listMessages(c, defined(filter));
    },
    listPages: ({ documentId }) => {
      getDocument(c, documentId);
      return listPages(c, documentId);
    },
    pageLayouts: ({ documentId, from, to }) => pageLayouts(c, documentId, from, to),
    search: ({ query, ...options }) => searchCase(c, query, defined(options)),
    listTags: () => listTags(c),
    listAnnotations: (filter) => listAnnotations(c, defined(filter)),
    createAnnotation: (a) => {
      const created = change(() => createAnnotation(c, defined(a)));
      let current = created;
      history.record({
        label: "highlight created",
        undo: () => change(() => void (current = deleteAnnotation(c, created.id))),
        redo: () => change(() => void restoreAnnotation(c, current)),
      });
      return created;
    },
    updateAnnotation: (a) => {
      const before = getAnnotation(c, a.id);
      const after = change(() => updateAnnotation(c, defined(a)));
      history.record({
        label: a.tags !== undefined ? "highlight re-tagged" : "note changed",
        undo: () => change(() => void updateAnnotation(c, { id: a.id, tags: before.tags, noteJson: before.noteJson })),
        redo: () => change(() => void updateAnnotation(c, defined(a))),
      });
      return after;
    },
    deleteAnnotation: ({ id }) => {
      const gone = change(() => deleteAnnotation(c, id));
      history.record({
        label: "highlight deleted",
        undo: () => change(() => void restoreAnnotation(c, gone)),
        redo: () => change(() => void deleteAnnotation(c, id)),
      });
      return null;
    },
    ...codebookService(c, history, change),
    ...evidenceService(c, history, change),
    ...memoService(c, history, change),
    undo: () => ({ undone: history.undo() }),
    redo: () => ({ redone: history.redo() }),
  };
}
