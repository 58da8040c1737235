// What copying from a memo puts on the clipboard: its blocks as HTML and text, each quote with the words the memo
// shows and its citation — "Id." worked out over the copied quotes alone, deleted and orphaned quotes marked.
import { describe, expect, it } from 'vitest';
import { memoBlocks } from '../../shared/memo-blocks';
import type { EvidenceQuote } from '../../shared/model';
import { clipboardContent, type QuoteFacts } from '../../renderer/src/memo/memo-clipboard';

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, version: 1, direction: null, format: '', indent: 0, children, ...extra });
const quote = (annotationId: string, omissions: [number, number][] = []) => ({ type: 'evidence-quote', version: 1, annotationId, omissions });
const memo = (...children: unknown[]) => JSON.stringify({ root: block('root', children) });

const HQ = 'Email from Harlan Placeholder to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM)';
const evidence: Record<string, EvidenceQuote> = {
  due: { annotationId: 'due', status: 'ok', documentId: 1, quote: 'It is due tonight.', note: '', tags: ['order'], citation: HQ, source: 'm1', pinpoint: null },
  cases: { annotationId: 'cases', status: 'ok', documentId: 1, quote: 'three most egregious cases', note: '', tags: ['order'], citation: HQ, source: 'm1', pinpoint: null },
  page: { annotationId: 'page', status: 'ok', documentId: 2, quote: 'a <b> & "c"', note: '', tags: [], citation: 'Release, at ICE 000124', source: 'd2', pinpoint: 'ICE 000124' },
  page2: { annotationId: 'page2', status: 'ok', documentId: 2, quote: 'next page words', note: '', tags: [], citation: 'Release, at ICE 000125', source: 'd2', pinpoint: 'ICE 000125' },
  lost: { annotationId: 'lost', status: 'orphaned', documentId: 1, quote: 'moved words', note: '', tags: [], citation: HQ, source: 'm9', pinpoint: null },
  gone: { annotationId: 'gone', status: 'deleted', documentId: null, quote: null, note: '', tags: [], citation: null, source: null, pinpoint: null },
};
const facts = (last: Record<string, string> = {}) => (id: string): QuoteFacts => ({ evidence: evidence[id], lastQuote: last[id] ?? evidence[id]?.quote ?? null });

function copy(json: string, last?: Record<string, string>) {
  const { blocks, quotes } = memoBlocks(json);
  return clipboardContent(blocks, quotes, facts(last));
}

describe('copying from a memo', () => {
  it('writes text blocks and each quote with its citation, "Id." for a repeat of the source before', () => {
    const out = copy(memo(block('heading', [text('Facts')], { tag: 'h2' }), block('paragraph', [text('HQ set a '), text('same-night', 1), text(' deadline.')]), quote('due'), quote('cases')));
    expect(out.html).toBe(
      '<h2>Facts</h2><p>HQ set a <b>same-night</b> deadline.</p>' +
        `<blockquote><p>It is due tonight.</p></blockquote><p>${HQ}.</p>` +
        '<blockquote><p>three most egregious cases</p></blockquote><p><i>Id.</i></p>',
    );
    expect(out.text).toBe(`Facts\n\nHQ set a same-night deadline.\n\n“It is due tonight.”\n${HQ}.\n\n“three most egregious cases”\nId.`);
  });

  it('cites the first copied quote in full even when the memo had its source just before (Id. is over what is copied)', () => {
    expect(copy(memo(quote('cases'))).html).toBe(`<blockquote><p>three most egregious cases</p></blockquote><p>${HQ}.</p>`);
  });

  it('gives "Id. at" for another place in the same source, and escapes what HTML would read', () => {
    const out = copy(memo(quote('page'), quote('page2')));
    expect(out.html).toBe('<blockquote><p>a &lt;b&gt; &amp; &quot;c&quot;</p></blockquote><p>Release, at ICE 000124.</p><blockquote><p>next page words</p></blockquote><p><i>Id.</i> at ICE 000125.</p>');
    expect(out.text).toContain('“a <b> & "c"”');
  });

  it('writes a shortened quote as the memo shows it', () => {
    expect(copy(memo(quote('cases', [[0, 6]]))).text).toBe(`“… most egregious cases”\n${HQ}.`);
  });

  it('marks a deleted quote (with its last words when known), and cites the quote after it in full', () => {
    const out = copy(memo(quote('due'), quote('gone'), quote('cases')), { gone: 'last words seen' });
    expect(out.html).toBe(
      `<blockquote><p>It is due tonight.</p></blockquote><p>${HQ}.</p>` +
        '<blockquote><p>last words seen</p></blockquote><p>[Quoted highlight deleted]</p>' +
        `<blockquote><p>three most egregious cases</p></blockquote><p>${HQ}.</p>`,
    );
    expect(copy(memo(quote('gone'))).text).toBe('[Quoted highlight deleted]');
  });

  it('warns of an orphaned quote after its citation', () => {
    expect(copy(memo(quote('lost'))).text).toBe(`“moved words”\n${HQ}. [passage not found in the document]`);
  });

  it('writes lists as lists, numbered from their start, and quotes inside a paragraph inline', () => {
    const list = block('list', [block('listitem', [text('one')], { value: 1 }), block('listitem', [text('two')], { value: 2 })], { listType: 'number', start: 3, tag: 'ol' });
    const out = copy(memo(list, block('paragraph', [text('He wrote '), quote('due'), text(' at once.')])));
    expect(out.html).toBe(`<ol start="3"><li>one</li><li>two</li></ol><p>He wrote “It is due tonight.” (${HQ}) at once.</p>`);
    expect(out.text).toBe(`3. one\n\n4. two\n\nHe wrote “It is due tonight.” (${HQ}) at once.`);
  });
});
