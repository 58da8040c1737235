// HTML (email bodies, .html files, HTML inside RTF) to readable text. Nothing in it is fetched or run:
// scripts, styles and stylesheets are dropped, and each image, frame or embedded object becomes a
// visible placeholder naming where it would have come from — "[image not loaded: tracker.example.com]".
import { convert, type DomNode, type FormatCallback } from "html-to-text";

/** Elements that load something when a browser shows them, and the word a reader sees for each. */
const LOADERS = {
  img: "image",
  "input[type=image]": "image",
  iframe: "frame",
  frame: "frame",
  video: "video",
  audio: "audio",
  object: "embedded object",
  embed: "embedded object",
  applet: "embedded object",
} as const;

/** Longest alt text kept in a placeholder; longer ones are cut with an ellipsis. */
const MAX_ALT = 80;

/** Where an element's content would come from: its own source, or (video, audio) its first <source>. */
function sourceOf(elem: DomNode): string {
  const a = elem.attribs ?? {};
  const own = a.src ?? a.data ?? a.code ?? a.srcset?.trim().split(/[\s,]+/)[0] ?? "";
  if (own.trim()) return own.trim();
  const child = (elem.children ?? []).find((c) => c.name === "source" && c.attribs?.src);
  return child?.attribs?.src?.trim() ?? a.poster?.trim() ?? "";
}

/** The host a source names (port included, user and password not), or null when it names none. */
export function hostOf(source: string): string | null {
  const absolute = source.startsWith("//") ? `https:${source}` : source;
  try {
    const url = new URL(absolute);
    return url.host || null;
  } catch {
    return null; // relative, or not a URL at all: it would load from nowhere
  }
}

const PIXEL = /^\s*[01](\.0*)?\s*(px)?\s*$/i;

/** A remote image of one pixel or hidden: it is there to learn when and where the mail was opened. */
function isTrackingPixel(elem: DomNode): boolean {
  const a = elem.attribs ?? {};
  const style = (a.style ?? "").toLowerCase().replace(/\s+/g, "");
  if (/display:none|visibility:hidden/.test(style)) return true;
  const width = a.width ?? /(?:^|;)width:([^;]+)/.exec(style)?.[1];
  const height = a.height ?? /(?:^|;)height:([^;]+)/.exec(style)?.[1];
  return (width !== undefined && PIXEL.test(width)) || (height !== undefined && PIXEL.test(height));
}

function altOf(elem: DomNode): string {
  const alt = (elem.attribs?.alt ?? elem.attribs?.title ?? "").replace(/\s+/g, " ").trim();
  return alt.length > MAX_ALT ? `${alt.slice(0, MAX_ALT - 1)}…` : alt;
}

/** The placeholder for one element: what it is, that it was not loaded and from where, and its alt text. */
export function placeholderFor(elem: DomNode, what: string): string {
  const source = sourceOf(elem);
  const alt = altOf(elem);
  const withAlt = (s: string) => (alt ? `${s}, alt text "${alt}"` : s);
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(source)?.[1]?.toLowerCase();
  if (!source) return alt ? `[${what}: "${alt}"]` : "";
  if (scheme === "data") return `[${withAlt(`embedded ${what}`)}]`;
  if (scheme === "cid") return `[${withAlt(`inline ${what}`)}]`;
  const host = hostOf(source);
  const kind = what === "image" && host && isTrackingPixel(elem) ? "tracking pixel" : what;
  return `[${withAlt(host ? `${kind} not loaded: ${host}` : `${kind} not loaded`)}]`;
}

/** Formatter: the placeholder inline, then whatever fallback text the element holds (video, object). */
function loader(what: string): FormatCallback {
  return (elem, walk, builder) => {
    const text = placeholderFor(elem, what);
    if (text) builder.addInline(` ${text} `);
    walk(elem.children ?? [], builder);
  };
}

const formatters = Object.fromEntries(Object.entries(LOADERS).map(([selector, what]) => [selector, loader(what)]));

export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    formatters,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      ...Object.keys(LOADERS).map((selector) => ({ selector, format: selector })),
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
      { selector: "template", format: "skip" },
    ],
  });
}
