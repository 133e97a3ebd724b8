import { describe, expect, it } from 'vitest';
import { PulledRevisions, type FeedChange } from '$lib/data/pouch/pending-changes';

const change = (id: string, rev: string): FeedChange => ({ id, changes: [{ rev }] });

describe('unsent changes of a member replica', () => {
  it('does not count what the pull wrote, but counts a later local edit of it', () => {
    const pulled = new PulledRevisions();
    pulled.note('group-a', [{ _id: 'meeting:1', _rev: '3-s' }]);
    const feed = [
      change('meeting:1', '3-s'), // arrived from the server after the push checkpoint
      change('meeting:2', '1-l'), // written here offline
      change('_local/pushed', '0-5'),
    ];
    expect(pulled.unsent('group-a', feed).map((c) => c.id)).toEqual(['meeting:2']);
    // Edited here after it was pulled: a new winning revision, unsent.
    expect(pulled.unsent('group-a', [change('meeting:1', '4-l')])).toHaveLength(1);
  });

  it('counts a local edit that lost a conflict to a pulled revision', () => {
    const pulled = new PulledRevisions();
    pulled.note('group-a', [{ _id: 'decision:1', _rev: '2-s' }]);
    // all_docs: the pulled winner and this device's losing leaf.
    const feed: FeedChange[] = [{ id: 'decision:1', changes: [{ rev: '2-s' }, { rev: '2-l' }] }];
    expect(pulled.unsent('group-a', feed)).toHaveLength(1);
    pulled.note('group-a', [{ _id: 'decision:1', _rev: '2-l' }]);
    expect(pulled.unsent('group-a', feed)).toHaveLength(0);
  });

  it('keeps replicas apart and forgets a closed one', () => {
    const pulled = new PulledRevisions();
    pulled.note('group-a', [{ _id: 'task:1', _rev: '1-s' }]);
    expect(pulled.unsent('group-b', [change('task:1', '1-s')])).toHaveLength(1);
    pulled.forget('group-a');
    expect(pulled.unsent('group-a', [change('task:1', '1-s')])).toHaveLength(1);
  });
});
