// How commands speak: JSON for scripts (--json), short human lines otherwise; errors on stderr.

export interface OutputOptions {
  json?: boolean;
}

export function emit(options: OutputOptions, value: unknown, human: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

export function table(rows: (string | number | null | undefined)[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell ?? "").length)));
  return rows.map((row) => row.map((cell, i) => String(cell ?? "").padEnd(i === row.length - 1 ? 0 : widths[i]!)).join("  ")).join("\n");
}

export function warn(message: string): void {
  process.stderr.write(`casemark: ${message}\n`);
}
