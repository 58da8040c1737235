// What every memo export writes from: the memo's blocks and, for each evidence quote in order, the
// words as the memo shows them (shortened where the writer left parts out), what is wrong with it if
// anything (a deleted or orphaned highlight, said visibly), and its citation with the "Id." rules
// applied, numbered as a note when it has one.
import { memoBlocks, type Block } from "../../shared/memo-blocks";
import { memoCitations, type MemoCitation } from "../../shared/memo-citations";
import { flowingQuote, shortenedQuote } from "../../shared/memo-state";
import type { EvidenceQuote } from "../../shared/model";
import type { Case } from "../store/case-file";
import { memoEvidence } from "../store/memo-evidence";
import { getMemo } from "../store/memos";

export interface ExportQuote {
  evidence: EvidenceQuote;
  /** The quoted words as the memo shows them (shortened, as running text); null when the highlight is gone. */
  text: string | null;
  /** A visible warning, e.g. "[Quoted highlight deleted]"; null when the quote is sound. */
  flag: string | null;
  citation: MemoCitation | null;
  /** The quote's note number (1, 2, …) when it has a citation. */
  note: number | null;
}

export interface MemoExportData {
  title: string;
  blocks: Block[];
  /** By the `index` of each quote in the blocks. */
  quotes: ExportQuote[];
}

export const DELETED_FLAG = "[Quoted highlight deleted]";
export const ORPHANED_FLAG = "[Quoted passage no longer found in its document; check it against the source]";

export function memoExportData(c: Case, id: number): MemoExportData {
  const memo = getMemo(c, id);
  const { blocks, quotes } = memoBlocks(memo.content);
  const evidence = memoEvidence(c, quotes.map((q) => q.annotationId));
  const citations = memoCitations(evidence);
  let notes = 0;
  return {
    title: memo.title,
    blocks,
    quotes: quotes.map((q, i) => {
      const e = evidence[i]!;
      const citation = citations[i] ?? null;
      return {
        evidence: e,
        text: e.quote === null ? null : flowingQuote(shortenedQuote(e.quote, q.omissions)),
        flag: e.status === "deleted" ? DELETED_FLAG : e.status === "orphaned" ? ORPHANED_FLAG : null,
        citation,
        note: citation ? ++notes : null,
      };
    }),
  };
}
