// What the codebook says after a merge or a delete: what moved, what went, and how many highlights it touched.
import type { TagDeleteResult, TagMergeResult } from '../../../shared/model';
import { plural } from './tag-tree';

export function mergeMessage(from: string, r: TagMergeResult): string {
  const already = r.annotations - r.added;
  const subTags = r.merged.length - 1;
  return (
    `Merged “${from}” into “${r.into}”: ${plural(r.annotations, 'highlight')} moved` +
    (already > 0 ? ` (${already} already had “${r.into}”)` : '') +
    (subTags > 0 ? `, and ${plural(subTags, 'sub-tag')} merged with ${subTags === 1 ? 'its namesake' : 'their namesakes'}` : '') +
    '.'
  );
}

export function deleteMessage(path: string, r: TagDeleteResult): string {
  const below = r.removed.length - 1;
  return `Deleted “${path}”${below > 0 ? ` and ${plural(below, 'sub-tag')}` : ''}; ${r.annotations === 0 ? 'no highlight carried it' : `taken off ${plural(r.annotations, 'highlight')}`}.`;
}
