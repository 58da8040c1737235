// A one-line progress bar on a terminal's stderr for long imports: files, then pages or messages.
import type { ImportProgress } from "../../shared/model";

const WIDTH = 24;

export function progressLine(p: ImportProgress): string {
  const fraction = p.total === 0 ? 1 : (p.filesDone + (p.pageTotal ? (p.pagesDone ?? 0) / p.pageTotal : 0)) / p.total;
  const filled = Math.round(Math.min(1, fraction) * WIDTH);
  const parts = [`${p.filesDone}/${p.total} files`];
  if (p.pageTotal) parts.push(`${p.pagesDone ?? 0}/${p.pageTotal} pages`);
  if (p.messagesDone) parts.push(`${p.messagesDone} messages`);
  const name = p.path.split(/[\\/]/).pop() ?? "";
  return `[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${parts.join(" · ")}${name ? ` · ${name}` : ""}`;
}

/** Draws the bar in place, at most every 100 ms; clear() removes it before the results print. */
export function terminalProgress(stream: NodeJS.WriteStream) {
  let last = 0;
  return {
    update(p: ImportProgress) {
      const now = Date.now();
      if (now - last < 100 && p.filesDone < p.total) return;
      last = now;
      const line = progressLine(p).slice(0, Math.max(20, (stream.columns ?? 80) - 1));
      stream.write(`\r${line}\u001b[K`);
    },
    clear() {
      stream.write("\r\u001b[K");
    },
  };
}
