// What copying from a memo puts on the clipboard: the copied blocks as HTML (for a word processor) and as
// plain text, each evidence quote with its words as the memo shows them and its citation after it. "Id."
// is worked out over the copied quotes alone, so a pasted excerpt never points at a quote left behind.
import type { Block, Inline, QuoteRef, TextRun } from '../../../shared/memo-blocks';
import { memoCitations, type MemoCitation } from '../../../shared/memo-citations';
import { shortenedQuote } from '../../../shared/memo-state';
import type { EvidenceQuote } from '../../../shared/model';

/** What the memo knows of a quoted highlight: the case's answer, and its words as last read. */
export interface QuoteFacts {
  evidence: EvidenceQuote | undefined;
  lastQuote: string | null;
}

export interface ClipboardContent {
  html: string;
  text: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sentence ends with a full stop unless it already ends with punctuation. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

interface QuoteText {
  words: string;
  /** The citation (or why there is none), as text. */
  cite: string;
  citeHtml: string;
}

function citeHtml(c: MemoCitation): string {
  const text = sentence(c.text);
  return c.short && text.startsWith('Id.') ? `<i>Id.</i>${escapeHtml(text.slice(3))}` : escapeHtml(text);
}

function quoteTexts(quotes: readonly QuoteRef[], facts: (annotationId: string) => QuoteFacts): QuoteText[] {
  const known = quotes.map((q) => facts(q.annotationId));
  const citations = memoCitations(known.map((k) => k.evidence ?? { citation: null, source: null, pinpoint: null }));
  return quotes.map((q, i) => {
    const { evidence, lastQuote } = known[i]!;
    const quote = evidence?.quote ?? lastQuote;
    const words = quote === null ? '' : shortenedQuote(quote, q.omissions);
    if (evidence?.status === 'deleted') {
      const cite = '[Quoted highlight deleted]';
      return { words, cite, citeHtml: escapeHtml(cite) };
    }
    const citation = citations[i];
    if (!citation) return { words, cite: '', citeHtml: '' };
    const cite = evidence?.status === 'orphaned' ? `${sentence(citation.text)} [passage not found in the document]` : sentence(citation.text);
    return { words, cite, citeHtml: evidence?.status === 'orphaned' ? `${citeHtml(citation)} [passage not found in the document]` : citeHtml(citation) };
  });
}

function runHtml(run: TextRun): string {
  let html = escapeHtml(run.text);
  if (run.code) html = `<code>${html}</code>`;
  if (run.superscript) html = `<sup>${html}</sup>`;
  if (run.subscript) html = `<sub>${html}</sub>`;
  if (run.strike) html = `<s>${html}</s>`;
  if (run.underline) html = `<u>${html}</u>`;
  if (run.italic) html = `<i>${html}</i>`;
  if (run.bold) html = `<b>${html}</b>`;
  return html;
}

function inlinesHtml(inlines: readonly Inline[], quotes: readonly QuoteText[]): string {
  return inlines
    .map((i) => {
      if (i.kind === 'text') return runHtml(i);
      if (i.kind === 'break') return '<br>';
      const q = quotes[i.index]!;
      return `“${escapeHtml(q.words)}”${q.citeHtml ? ` (${q.citeHtml.replace(/\.$/, '')})` : ''}`;
    })
    .join('');
}

function inlinesText(inlines: readonly Inline[], quotes: readonly QuoteText[]): string {
  return inlines
    .map((i) => {
      if (i.kind === 'text') return i.text;
      if (i.kind === 'break') return '\n';
      const q = quotes[i.index]!;
      return `“${q.words}”${q.cite ? ` (${q.cite.replace(/\.$/, '')})` : ''}`;
    })
    .join('');
}

/** The copied blocks (memoBlocks of the copied part) as HTML and plain text, citations included. */
export function clipboardContent(blocks: readonly Block[], quotes: readonly QuoteRef[], facts: (annotationId: string) => QuoteFacts): ClipboardContent {
  const texts = quoteTexts(quotes, facts);
  const html: string[] = [];
  const text: string[] = [];
  let openList: { id: number; ordered: boolean } | null = null;
  const closeList = () => {
    if (openList) html.push(openList.ordered ? '</ol>' : '</ul>');
    openList = null;
  };
  for (const block of blocks) {
    if (block.kind !== 'item') closeList();
    switch (block.kind) {
      case 'heading':
        html.push(`<h${block.level}>${inlinesHtml(block.inlines, texts)}</h${block.level}>`);
        text.push(inlinesText(block.inlines, texts));
        break;
      case 'paragraph':
        html.push(`<p>${inlinesHtml(block.inlines, texts)}</p>`);
        text.push(inlinesText(block.inlines, texts));
        break;
      case 'blockquote':
        html.push(`<blockquote>${inlinesHtml(block.inlines, texts)}</blockquote>`);
        text.push(inlinesText(block.inlines, texts));
        break;
      case 'item': {
        if (!openList || openList.id !== block.list) {
          closeList();
          openList = { id: block.list, ordered: block.ordered };
          html.push(block.ordered ? `<ol start="${block.number}">` : '<ul>');
        }
        html.push(`<li>${inlinesHtml(block.inlines, texts)}</li>`);
        text.push(`${'  '.repeat(block.level)}${block.ordered ? `${block.number}.` : '•'} ${inlinesText(block.inlines, texts)}`);
        break;
      }
      case 'evidence': {
        const q = texts[block.quote.index]!;
        if (q.words) html.push(`<blockquote><p>${escapeHtml(q.words)}</p></blockquote>`);
        if (q.citeHtml) html.push(`<p>${q.citeHtml}</p>`);
        text.push([q.words ? `“${q.words}”` : '', q.cite].filter(Boolean).join('\n'));
        break;
      }
      case 'rule':
        html.push('<hr>');
        text.push('—');
        break;
    }
  }
  closeList();
  return { html: html.join(''), text: text.join('\n\n') };
}
