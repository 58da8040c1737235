// What a drag onto a memo carries: a highlight's id under our own type, or a passage's range, read back only
// when well-formed.
import { describe, expect, it } from 'vitest';
import { ANNOTATION_MIME, carriesEvidence, dragHighlight, dragRange, droppedEvidence, RANGE_MIME } from '../../renderer/src/memo/memo-drag';

/** Enough of a DataTransfer for the drag helpers. */
class Transfer {
  private readonly data = new Map<string, string>();
  effectAllowed = 'all';
  get types(): string[] {
    return [...this.data.keys()];
  }
  setData(type: string, value: string): void {
    this.data.set(type, value);
  }
  getData(type: string): string {
    return this.data.get(type) ?? '';
  }
}

const event = (transfer = new Transfer()) => ({ dataTransfer: transfer as unknown as DataTransfer, transfer });

describe('dragging evidence', () => {
  it('carries a highlight by its id, with its words for anywhere else', () => {
    const e = event();
    dragHighlight(e, 'ann-1', 'It is due tonight.');
    expect(e.transfer.types).toEqual([ANNOTATION_MIME, 'text/plain']);
    expect(e.transfer.effectAllowed).toBe('copy');
    expect(carriesEvidence(e)).toBe(true);
    expect(droppedEvidence(e)).toEqual({ kind: 'annotation', annotationId: 'ann-1' });
  });

  it('carries a passage by its range', () => {
    const e = event();
    dragRange(e, { documentId: 3, start: 10, end: 42 }, 'words');
    expect(carriesEvidence(e)).toBe(true);
    expect(droppedEvidence(e)).toEqual({ kind: 'range', range: { documentId: 3, start: 10, end: 42 } });
  });

  it('is not read from plain text, nor from a malformed range', () => {
    const text = event();
    text.transfer.setData('text/plain', 'ann-1');
    expect(carriesEvidence(text)).toBe(false);
    expect(droppedEvidence(text)).toBeNull();
    for (const bad of ['{', '{"documentId":1,"start":5,"end":2}', '{"documentId":"1","start":0,"end":2}', '[1,2,3]', 'null']) {
      const e = event();
      e.transfer.setData(RANGE_MIME, bad);
      expect(droppedEvidence(e)).toBeNull();
    }
    expect(droppedEvidence({ dataTransfer: null })).toBeNull();
  });
});
