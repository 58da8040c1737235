// The names of the contract's methods and events and their IPC channels, without the schemas: what the
// preload needs, kept small (shared/ipc.ts proves at compile time that both list the same methods).

export const METHOD_NAMES = [
  "caseInfo",
  "openSample",
  "openCase",
  "newCase",
  "closeCase",
  "listDocuments",
  "documentText",
  "listMessages",
  "listPages",
  "pageLayouts",
  "search",
  "highlightAllHits",
  "listTags",
  "createTag",
  "updateTag",
  "mergeTags",
  "deleteTag",
  "tagUsage",
  "listAnnotations",
  "createAnnotation",
  "updateAnnotation",
  "deleteAnnotation",
  "linkAnnotations",
  "unlinkAnnotations",
  "listLinks",
  "chronology",
  "setReview",
  "reviewProgress",
  "quotedCopies",
  "carryHighlight",
  "undo",
  "redo",
  "importFiles",
  "importStatus",
  "recentCases",
  "saveDocumentCopy",
  "saveCaseCopy",
  "exportHighlights",
  "exportCase",
  "cancelExport",
  "listMemos",
  "getMemo",
  "createMemo",
  "saveMemo",
  "renameMemo",
  "duplicateMemo",
  "deleteMemo",
  "memoEvidence",
  "citationStyle",
  "setCitationStyle",
  "exportMemo",
] as const;

/** Events main pushes to the window (see `Events` in shared/ipc.ts). */
export const EVENT_NAMES = ["caseChanged", "importProgress", "exportProgress", "command", "passphraseNeeded"] as const;

/** The IPC channel of an event. */
export const eventChannel = (name: (typeof EVENT_NAMES)[number]): string => `casemark-event:${name}`;

/** The IPC channel of a method. */
export const channel = (name: (typeof METHOD_NAMES)[number]): string => `casemark:${name}`;
