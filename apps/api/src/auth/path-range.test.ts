import { describe, expect, it } from 'vitest';
import { pathRange } from './scope.js';

/** pathRange: the paths of a subtree as a range, what `LIKE root%` selects (paths are ASCII, compared bytewise). */
describe('pathRange', () => {
  it('holds the root and its descendants, and nothing beside them', () => {
    const root = '/5d0c2a4e-0000-4000-8000-000000000001/7e1f3b5c-0000-4000-8000-000000000002/';
    const [lo, hi] = pathRange(root);
    const inside = (path: string) => path >= lo && path < hi;
    expect(inside(root)).toBe(true);
    expect(inside(`${root}9a2b4c6d-0000-4000-8000-000000000003/`)).toBe(true);
    // the parent, a sibling sorting just after, and the root without its closing slash are outside
    expect(inside('/5d0c2a4e-0000-4000-8000-000000000001/')).toBe(false);
    expect(inside('/5d0c2a4e-0000-4000-8000-000000000001/7e1f3b5c-0000-4000-8000-0000000000020/')).toBe(false);
    expect(inside(root.slice(0, -1))).toBe(false);
    expect(hi).toBe(`${root.slice(0, -1)}0`);
  });
});
