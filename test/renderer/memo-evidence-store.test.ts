// The evidence a memo's quotes show: read in one batch per task, read again when the case changes, an older
// answer never overwriting a newer one, and a deleted highlight's last words kept.
import { describe, expect, it } from 'vitest';
import type { EvidenceQuote } from '../../shared/model';
import { EvidenceStore } from '../../renderer/src/memo/evidence-store';

function quote(id: string, words: string | null, status: EvidenceQuote['status'] = 'ok'): EvidenceQuote {
  return { annotationId: id, status, documentId: words === null ? null : 1, quote: words, note: '', tags: words === null ? [] : ['order'], citation: words === null ? null : 'Email from A to B', source: words === null ? null : 'm1', pinpoint: null };
}

/** A fake memoEvidence: answers from `now`, records each call, and can hold answers back. */
function fakeCase() {
  const now = new Map<string, EvidenceQuote>();
  const calls: string[][] = [];
  const held: Array<() => void> = [];
  let holding = false;
  const fetch = (ids: string[]) => {
    calls.push(ids);
    const answer = ids.map((id) => now.get(id) ?? quote(id, null, 'deleted'));
    if (!holding) return Promise.resolve(answer);
    return new Promise<EvidenceQuote[]>((resolve) => held.push(() => resolve(answer)));
  };
  return { now, calls, held, fetch, hold: (on: boolean) => (holding = on) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the evidence store', () => {
  it('reads the ids asked for in one task as one batch, and each only once', async () => {
    const c = fakeCase();
    c.now.set('a', quote('a', 'It is due tonight.'));
    c.now.set('b', quote('b', 'three most egregious cases'));
    const store = new EvidenceStore(c.fetch);
    let told = 0;
    store.subscribe(() => told++);
    store.want(['a', 'b']);
    store.want(['a']);
    await settle();
    expect(c.calls).toEqual([['a', 'b']]);
    expect(store.get('a')?.quote).toBe('It is due tonight.');
    expect(told).toBe(1);
    store.want(['a', 'b']);
    await settle();
    expect(c.calls).toHaveLength(1);
  });

  it('reads everything asked for again on refresh, and tells only when something changed', async () => {
    const c = fakeCase();
    c.now.set('a', quote('a', 'It is due tonight.'));
    const store = new EvidenceStore(c.fetch);
    store.want(['a']);
    await settle();
    const version = store.version;
    store.refresh();
    await settle();
    expect(c.calls).toEqual([['a'], ['a']]);
    expect(store.version).toBe(version);
    c.now.set('a', { ...quote('a', 'It is due tonight.'), note: 'A new note' });
    store.refresh();
    await settle();
    expect(store.get('a')?.note).toBe('A new note');
    expect(store.version).toBe(version + 1);
  });

  it('keeps the words last read of a highlight that is then deleted', async () => {
    const c = fakeCase();
    c.now.set('a', quote('a', 'It is due tonight.'));
    const store = new EvidenceStore(c.fetch);
    store.want(['a']);
    await settle();
    c.now.delete('a');
    store.refresh();
    await settle();
    expect(store.get('a')?.status).toBe('deleted');
    expect(store.get('a')?.quote).toBeNull();
    expect(store.lastQuote('a')).toBe('It is due tonight.');
  });

  it('drops an older answer that arrives after a newer one', async () => {
    const c = fakeCase();
    c.now.set('a', quote('a', 'old words'));
    const store = new EvidenceStore(c.fetch);
    c.hold(true);
    store.want(['a']);
    await settle();
    // While the first read is out, the case changes and is read again: the second answer comes first.
    c.now.set('a', { ...quote('a', 'old words'), note: 'newer' });
    store.refresh();
    await settle();
    expect(c.calls).toEqual([['a'], ['a']]);
    c.held[1]!();
    await settle();
    c.held[0]!();
    await settle();
    expect(store.get('a')?.note).toBe('newer');
  });

  it('asks again on refresh for ids whose read failed', async () => {
    let fail = true;
    const calls: string[][] = [];
    const store = new EvidenceStore(async (ids) => {
      calls.push(ids);
      return fail ? undefined : ids.map((id) => quote(id, 'words'));
    });
    store.want(['a']);
    await settle();
    expect(store.get('a')).toBeUndefined();
    fail = false;
    store.refresh();
    await settle();
    expect(calls).toEqual([['a'], ['a']]);
    expect(store.get('a')?.quote).toBe('words');
  });
});
