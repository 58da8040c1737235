// `casemark tags` (list) and `tags add|rename|delete|merge|recolor|key|describe`: the case's codebook.
import type { Command } from "commander";
import { addTag, assignKey, deleteTag, listTags, renameTag, tagUsage, updateTag } from "../../store/tags";
import { mergeTags } from "../../store/tag-merge";
import { write } from "../../store/write";
import { emit, table } from "../output";
import { positiveInt } from "../parse-args";
import { withCase } from "../with-case";
import { UsageError } from "../exit";

export function registerTagCommands(program: Command): void {
  const tags = program.command("tags").description("the codebook: list tags, or add, rename, merge, recolour, re-key, describe and delete them");

  tags
    .command("list", { isDefault: true })
    .description("list tags with their colour, key and number of highlights")
    .argument("<case>", "case file")
    .option("--json", "print JSON")
    .action(async (path: string, opts: { json?: boolean }) => {
      const list = await withCase(path, listTags, { readonly: true });
      emit(
        opts,
        list.map((t) => ({ name: t.path, color: t.color, key: t.key, count: t.count, description: t.description })),
        () => table([["TAG", "COLOUR", "KEY", "COUNT"], ...list.map((t) => [t.path, t.color, t.key ?? "", t.count])]),
      );
    });

  tags
    .command("add")
    .description('add a tag; nest with "/", e.g. "failure report/missed deadline"')
    .argument("<case>", "case file")
    .argument("<name>", "tag path")
    .option("--color <hex>", "colour as #rrggbb")
    .option("--key <n>", "keyboard shortcut, 1–9")
    .option("--description <text>", "what the tag means, shown on hover")
    .option("--json", "print JSON")
    .action(async (path: string, name: string, opts: { color?: string; key?: string; description?: string; json?: boolean }) => {
      const key = positiveInt("--key", opts.key);
      const tag = await withCase(path, (c) =>
        write(c, () => addTag(c, { path: name, ...(opts.color ? { color: opts.color } : {}), ...(key !== undefined ? { key } : {}), ...(opts.description ? { description: opts.description } : {}) })),
      );
      emit(opts, { name: tag.path, color: tag.color, key: tag.key, count: 0 }, () => `Added the tag "${tag.path}" (${tag.color}).`);
    });

  tags
    .command("rename")
    .description("rename or move a tag; the tags below it follow")
    .argument("<case>", "case file")
    .argument("<from>", "current tag path")
    .argument("<to>", "new tag path")
    .option("--json", "print JSON")
    .action(async (path: string, from: string, to: string, opts: { json?: boolean }) => {
      const tag = await withCase(path, (c) => write(c, () => renameTag(c, from, to)));
      emit(opts, { name: tag.path, color: tag.color, key: tag.key }, () => `Renamed "${from}" to "${tag.path}".`);
    });

  tags
    .command("delete")
    .description("delete a tag and the tags below it; highlights keep their other tags (--yes when highlights carry it)")
    .argument("<case>", "case file")
    .argument("<name>", "tag path")
    .option("--yes", "delete it even though highlights carry it")
    .option("--json", "print JSON")
    .action(async (path: string, name: string, opts: { yes?: boolean; json?: boolean }) => {
      const result = await withCase(path, (c) => {
        const usage = tagUsage(c, name);
        if (usage.annotations > 0 && !opts.yes) {
          throw new UsageError(`"${usage.path}"${usage.subTags.length ? ` (with ${usage.subTags.length} tag(s) below it)` : ""} is on ${usage.annotations} highlight(s); run again with --yes to take it off them and delete it`);
        }
        return write(c, () => deleteTag(c, name));
      });
      emit(opts, result, () => `Deleted ${result.removed.map((r) => `"${r}"`).join(", ")}; ${result.untagged} highlight tag(s) removed.`);
    });

  tags
    .command("merge")
    .description("merge a tag into another: its highlights get the other tag, its sub-tags move below it, and it goes")
    .argument("<case>", "case file")
    .argument("<from>", "the tag that goes")
    .argument("<into>", "the tag that stays")
    .option("--json", "print JSON")
    .action(async (path: string, from: string, into: string, opts: { json?: boolean }) => {
      const result = await withCase(path, (c) => write(c, () => mergeTags(c, from, into)));
      emit(opts, result, () => `Merged ${result.merged.map((m) => `"${m}"`).join(", ")} into "${result.into}": ${result.annotations} highlight(s), ${result.added} newly tagged "${result.into}".`);
    });

  tags
    .command("recolor")
    .alias("recolour")
    .description("give a tag a new colour")
    .argument("<case>", "case file")
    .argument("<name>", "tag path")
    .argument("<color>", "colour as #rrggbb")
    .option("--json", "print JSON")
    .action(async (path: string, name: string, color: string, opts: { json?: boolean }) => {
      const tag = await withCase(path, (c) => write(c, () => updateTag(c, { path: name, color })));
      emit(opts, { name: tag.path, color: tag.color, key: tag.key }, () => `"${tag.path}" is now ${tag.color}.`);
    });

  tags
    .command("key")
    .description("give a tag a keyboard key 1–9 (taking it from the tag that had it), or none")
    .argument("<case>", "case file")
    .argument("<name>", "tag path")
    .argument("<key>", "1 to 9, or none")
    .option("--json", "print JSON")
    .action(async (path: string, name: string, keyText: string, opts: { json?: boolean }) => {
      const key = keyText.toLowerCase() === "none" ? null : Number(keyText);
      if (key !== null && !(Number.isInteger(key) && key >= 1 && key <= 9)) throw new UsageError(`the key is 1 to 9, or none, not "${keyText}"`);
      const tag = await withCase(path, (c) => write(c, () => assignKey(c, name, key)));
      emit(opts, { name: tag.path, color: tag.color, key: tag.key }, () => (tag.key === null ? `"${tag.path}" has no key now.` : `Key ${tag.key} is now "${tag.path}".`));
    });

  tags
    .command("describe")
    .description("set what a tag means (shown on hover)")
    .argument("<case>", "case file")
    .argument("<name>", "tag path")
    .argument("<description>", "the description (\"\" for none)")
    .option("--json", "print JSON")
    .action(async (path: string, name: string, description: string, opts: { json?: boolean }) => {
      const tag = await withCase(path, (c) => write(c, () => updateTag(c, { path: name, description })));
      emit(opts, { name: tag.path, description: tag.description }, () => `Described "${tag.path}".`);
    });
}
