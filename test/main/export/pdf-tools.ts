// Independent readings of an exported PDF for the export tests: qpdf's check and its JSON view of the
// annotations, poppler's words with their boxes (as displayed, rotation applied) and its rendering.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { CORPUS } from "../../support/corpus";
import { tempDir } from "../../support/temp";

/** The shared corpus: CASEMARK_CORPUS, or ../shared/corpus beside the checkout (where npm test looks too). */
const SIBLING = resolve(fileURLToPath(new URL("../../../", import.meta.url)), "../shared/corpus");
export const CORPUS_ROOT = CORPUS ?? (existsSync(SIBLING) ? SIBLING : undefined);

export const QPDF = spawnSync("qpdf", ["--version"]).status === 0;
export const POPPLER = spawnSync("pdftoppm", ["-v"]).status === 0;

/** qpdf --check: its exit status (0 clean, 3 warnings, 2 errors) and its findings, the file's path taken out. */
export function qpdfCheck(path: string, password?: string): { status: number | null; findings: string[]; out: string } {
  const run = spawnSync("qpdf", [...(password ? [`--password=${password}`] : []), "--check", path], { encoding: "utf8" });
  const out = `${run.stdout}${run.stderr}`;
  const findings = out
    .split("\n")
    .filter((l) => /^(WARNING|ERROR)\b/.test(l) || /^qpdf: (?!operation succeeded with warnings)/.test(l))
    .map((l) => l.split(path).join("FILE"));
  return { status: run.status, findings, out };
}

export interface FoundHighlight {
  color: number[];
  nm: string;
  contents: string;
  quads: number[];
}

/** Every /Highlight annotation qpdf finds, direct or indirect (qpdf JSON v2, strings decrypted). */
export function highlightsIn(path: string, password?: string): FoundHighlight[] {
  // A damaged release makes qpdf warn (exit status 3) while it still writes the JSON.
  const run = spawnSync("qpdf", [...(password ? [`--password=${password}`] : []), "--json", "--json-key=qpdf", path], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf --json failed: ${run.stderr}`);
  const json = JSON.parse(run.stdout) as { qpdf: [unknown, Record<string, unknown>] };
  const found: FoundHighlight[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== "object" || value === null) return;
    const dict = value as Record<string, unknown>;
    if (dict["/Subtype"] === "/Highlight") {
      found.push({
        color: dict["/C"] as number[],
        nm: String(dict["/NM"] ?? "").replace(/^u:/, ""),
        contents: String(dict["/Contents"] ?? "").replace(/^u:/, ""),
        quads: dict["/QuadPoints"] as number[],
      });
    }
    Object.values(dict).forEach(walk);
  };
  walk(json.qpdf[1]);
  return found;
}

/** A page as poppler draws it (72 dpi: one pixel per point, rotation applied). */
export function render(pdf: string, page: number, password?: string): PNG {
  const prefix = join(tempDir(), "page");
  execFileSync("pdftoppm", [...(password ? ["-upw", password] : []), "-r", "72", "-f", String(page + 1), "-l", String(page + 1), "-png", "-singlefile", pdf, prefix]);
  return PNG.sync.read(readFileSync(`${prefix}.png`));
}

/** A word's box on a displayed page, as poppler reads it: left, top, right, bottom in points from the top left. */
export type DeviceBox = [number, number, number, number];

/** The boxes of a word on a page of the file, in poppler's reading (pdftotext -bbox). */
export function wordBoxes(pdf: string, page: number, word: string, password?: string): DeviceBox[] {
  const xml = execFileSync("pdftotext", [...(password ? ["-upw", password] : []), "-bbox", "-f", String(page + 1), "-l", String(page + 1), pdf, "-"], { encoding: "utf8" });
  const boxes: DeviceBox[] = [];
  for (const m of xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    if (m[5] === word) boxes.push([Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]);
  }
  return boxes;
}

/** Mean RGB of the pixels inside a box. */
export function meanColor(png: PNG, [left, top, right, bottom]: DeviceBox): [number, number, number] {
  const sum: [number, number, number] = [0, 0, 0];
  let n = 0;
  for (let y = Math.ceil(top); y < Math.floor(bottom); y++) {
    for (let x = Math.ceil(left); x < Math.floor(right); x++) {
      const i = (y * png.width + x) * 4;
      sum[0] += png.data[i]!;
      sum[1] += png.data[i + 1]!;
      sum[2] += png.data[i + 2]!;
      n++;
    }
  }
  return sum.map((v) => v / Math.max(1, n)) as [number, number, number];
}

/** The box around every pixel whose blue fell by more than `by` from one rendering to the other; null if none did. */
export function tintedBounds(before: PNG, after: PNG, by = 40): DeviceBox | null {
  let box: DeviceBox | null = null;
  for (let y = 0; y < Math.min(before.height, after.height); y++) {
    for (let x = 0; x < Math.min(before.width, after.width); x++) {
      const i = (y * after.width + x) * 4;
      const j = (y * before.width + x) * 4;
      if (before.data[j + 2]! - after.data[i + 2]! <= by) continue;
      box = box ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x + 1), Math.max(box[3], y + 1)] : [x, y, x + 1, y + 1];
    }
  }
  return box;
}
