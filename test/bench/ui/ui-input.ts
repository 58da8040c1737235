// What run.ts hands the UI benchmark (the cases it built, through CASEMARK_BENCH_UI) and what each of
// its specs writes back (one JSON file per measurement in the `out` folder).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface UiInput {
  quick: boolean;
  /** Folder for the figures. */
  out: string;
  release: { path: string; pages: number };
  mail: { path: string; messages: number };
  annotated: { path: string; releaseId: number; highlights: number };
}

export interface CallCount {
  name: string;
  calls: number;
  /** Milliseconds main spent in them, all together. */
  ms: number;
}

export interface ReleaseFigures {
  pages: number;
  /** Navigation start to the first page painted (the reader's own User Timing mark). */
  firstPaintMs: number | null;
  domNodesAtOpen: number;
  /** Places in the release jumped to while scrolling through it, top to bottom. */
  stops: number;
  /** Median time from a jump to the page there being painted. */
  medianJumpPaintMs: number;
  maxDomNodes: number;
  maxPageElements: number;
  longestTaskMs: number;
}

export interface LibraryFigures {
  messages: number;
  /** Rows the library lists (aria-rowcount less its header row). */
  rowsListed: number;
  /** Navigation start to the first row of the list drawn. */
  listVisibleMs: number | null;
  /** Item rows in the DOM right after opening, and the most while scrolling to the middle and the end. */
  rowsAtOpen: number;
  maxRows: number;
  maxDomNodes: number;
  longestTaskMs: number;
  /** The service calls the window made until the list was drawn. */
  calls: CallCount[];
}

export interface SidebarFigures {
  highlights: number;
  /** Navigation start to the sidebar listing every highlight of the open release (null: not within the wait). */
  readyMs: number | null;
  waitedS: number;
  libraryMs: number | null;
  firstPageMs: number | null;
  cardsInDom: number;
  maxDomNodes: number;
  longestTaskMs: number;
  calls: CallCount[];
}

export function readInput(): UiInput {
  const path = process.env.CASEMARK_BENCH_UI;
  if (!path) throw new Error('CASEMARK_BENCH_UI is not set: the UI benchmark runs from `npm run bench`, which builds its cases first');
  return JSON.parse(readFileSync(path, 'utf8')) as UiInput;
}

export const figuresPath = (out: string, name: 'release' | 'library' | 'sidebar') => join(out, `${name}.json`);

export function writeFigures(out: string, name: 'release' | 'library' | 'sidebar', figures: ReleaseFigures | LibraryFigures | SidebarFigures): void {
  writeFileSync(figuresPath(out, name), `${JSON.stringify(figures, null, 2)}\n`);
}
