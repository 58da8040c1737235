// `casemark tags` (list) and `tags add|rename|delete`: the case's codebook.
import type { Command } from "commander";
import { addTag, deleteTag, listTags, renameTag } from "../../store/tags";
import { write } from "../../store/write";
import { emit, table } from "../output";
import { positiveInt } from "../parse-args";
import { withCase } from "../with-case";

export function registerTagCommands(program: Command): void {
  const tags = program.command("tags").description("the codebook: list tags, or add, rename and delete them");

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
    .description("delete a tag and the tags below it; highlights keep their other tags")
    .argument("<case>", "case file")
    .argument("<name>", "tag path")
    .option("--json", "print JSON")
    .action(async (path: string, name: string, opts: { json?: boolean }) => {
      const result = await withCase(path, (c) => write(c, () => deleteTag(c, name)));
      emit(opts, result, () => `Deleted ${result.removed.map((r) => `"${r}"`).join(", ")}; ${result.untagged} highlight tag(s) removed.`);
    });
}
