// What the reader's highlight nodes draw from, kept outside the editor state (a MarkNode carries only ids):
// each editor's annotations, tag colours and which run of each highlight takes focus, and the DOM
// attributes a highlight run or marker gets from them.
import type { LexicalEditor } from 'lexical';
import type { AnnotationView } from '../../../shared/model';
import { missingCase } from '../../../shared/result';
import type { Piece } from '../highlight-layout';
import { highlightColor, highlightLabel, type TagIndex } from '../tag-colors';

export interface HighlightDecor {
  byId: ReadonlyMap<string, AnnotationView>;
  tags: TagIndex;
  /** For each drawn highlight, the canonical start of its first run: the one that takes keyboard focus. */
  firstRun: ReadonlyMap<string, number>;
}

/** The keys that act on a focused highlight (use-reader-keys.ts). */
const HIGHLIGHT_KEYS = '1 2 3 4 5 6 7 8 9 Delete';

const EMPTY: HighlightDecor = { byId: new Map(), tags: new Map(), firstRun: new Map() };
const decors = new WeakMap<LexicalEditor, HighlightDecor>();

export function setHighlightDecor(editor: LexicalEditor, decor: HighlightDecor): void {
  decors.set(editor, decor);
}

export function highlightDecor(editor: LexicalEditor): HighlightDecor {
  return decors.get(editor) ?? EMPTY;
}

function makeFocusable(element: HTMLElement, id: string, label: string | undefined): void {
  element.dataset.focusFor = id;
  element.tabIndex = 0;
  element.setAttribute('role', 'button');
  if (label) element.setAttribute('aria-label', label);
  element.setAttribute('aria-keyshortcuts', HIGHLIGHT_KEYS);
}

/** A highlighted run: ids[0] is the highlight drawn here, the rest lie under it. */
export function decorateRun(element: HTMLElement, ids: readonly string[], start: number | null, decor: HighlightDecor): void {
  const id = ids[0] ?? '';
  const highlight = decor.byId.get(id);
  element.className = ids.length > 1 ? 'hl hl-overlap' : 'hl';
  element.dataset.annotationId = id;
  element.dataset.annotationIds = ids.join(' ');
  element.style.setProperty('--hl', highlightColor(highlight, decor.tags));
  const under = ids[1];
  if (under !== undefined) element.style.setProperty('--hl-under', highlightColor(decor.byId.get(under), decor.tags));
  if (start !== null && decor.firstRun.get(id) === start) makeFocusable(element, id, highlight ? highlightLabel(highlight, decor.tags) : undefined);
}

/** The small focusable tab of a highlight hidden everywhere under others. */
export function decorateMarker(element: HTMLElement, id: string, decor: HighlightDecor): void {
  const highlight = decor.byId.get(id);
  element.className = 'hl-marker';
  element.dataset.annotationId = id;
  element.style.setProperty('--hl', highlightColor(highlight, decor.tags));
  makeFocusable(element, id, highlight ? `${highlightLabel(highlight, decor.tags)} (under another highlight)` : undefined);
}

/** Everything a piece's drawing depends on: two pieces with the same look draw the same DOM. */
export function pieceLook(piece: Piece, decor: HighlightDecor): string {
  switch (piece.kind) {
    case 'text':
      return `t${piece.start}-${piece.end}`;
    case 'mark': {
      const [id = '', under] = piece.ids;
      const highlight = decor.byId.get(id);
      const focus = decor.firstRun.get(id) === piece.start && highlight ? highlightLabel(highlight, decor.tags) : '';
      const colours = `${highlightColor(highlight, decor.tags)} ${under === undefined ? '' : highlightColor(decor.byId.get(under), decor.tags)}`;
      return `m${piece.start}-${piece.end} ${piece.ids.join(' ')} ${colours} ${focus}`;
    }
    case 'marker': {
      const highlight = decor.byId.get(piece.id);
      return `k${piece.at} ${piece.id} ${highlightColor(highlight, decor.tags)} ${highlight ? highlightLabel(highlight, decor.tags) : ''}`;
    }
    default:
      return missingCase(piece);
  }
}
