// The codebook's methods for the window: create, update (rename, move, recolour, re-key, describe),
// merge and delete tags, each one undo step that puts back tags and highlights' tags exactly.
import type { Case } from "../store/case-file";
import { CaseError } from "../store/case-error";
import { restoreCodebook, snapshotCodebook, tagIds, type CodebookSnapshot } from "../store/codebook-snapshot";
import { mergeTags } from "../store/tag-merge";
import type { TagView } from "../../shared/model";
import { addTag, assignKey, deleteTag, listTags, requireTag, tagAndDescendantIds, tagUsage, updateTag } from "../store/tags";
import type { History } from "./history";
import type { CaseService } from "./service";

type CodebookMethods = Pick<CaseService, "createTag" | "updateTag" | "mergeTags" | "deleteTag" | "tagUsage">;

/** The tag as the window lists it. */
const view = (c: Case, path: string): TagView => {
  const id = requireTag(c, path).id;
  return listTags(c).find((t) => t.id === id)!;
};

export function codebookService(c: Case, history: History, change: <T>(run: () => T) => T): CodebookMethods {
  /** Runs a codebook change as one write and one undo step; `scope` names the tags whose highlights it may re-tag. */
  const step = <T>(label: string, scope: () => number[], run: () => T): T => {
    let before!: CodebookSnapshot;
    let after!: CodebookSnapshot;
    const value = change(() => {
      const ids = scope();
      const existing = new Set(tagIds(c));
      before = snapshotCodebook(c, ids);
      const result = run();
      after = snapshotCodebook(c, [...ids, ...tagIds(c).filter((id) => !existing.has(id))]);
      return result;
    });
    history.record({
      label,
      undo: () => change(() => restoreCodebook(c, before, `undo ${label}`)),
      redo: () => change(() => restoreCodebook(c, after, `redo ${label}`)),
    });
    return value;
  };

  return {
    createTag: ({ path, color, key, description }) =>
      step("tag created", () => [], () => {
        const tag = addTag(c, { path, ...(color !== undefined ? { color } : {}), ...(description !== undefined ? { description } : {}) });
        if (key !== undefined && key !== null) assignKey(c, tag.path, key);
        return view(c, tag.path);
      }),
    updateTag: (args) => {
      const label = args.name !== undefined || args.parent !== undefined ? "tag renamed" : args.color !== undefined ? "tag recoloured" : args.key !== undefined ? "tag key changed" : "tag changed";
      return step(label, () => [], () => view(c, updateTag(c, args).path));
    },
    mergeTags: ({ from, into }) =>
      step(`"${from}" merged into "${into}"`, () => [...tagAndDescendantIds(c, from), ...tagAndDescendantIds(c, into)], () => mergeTags(c, from, into)),
    deleteTag: ({ path, confirm }) => {
      const usage = tagUsage(c, path);
      if (usage.annotations > 0 && !confirm) {
        const below = usage.subTags.length ? ` (with ${usage.subTags.length} tag(s) below it)` : "";
        throw new CaseError("needs-confirmation", `"${usage.path}"${below} is on ${usage.annotations} highlight(s); deleting it takes it off them. Confirm to delete.`);
      }
      return step("tag deleted", () => tagAndDescendantIds(c, path), () => ({ ...deleteTag(c, path), annotations: usage.annotations }));
    },
    tagUsage: ({ path }) => tagUsage(c, path),
  };
}
