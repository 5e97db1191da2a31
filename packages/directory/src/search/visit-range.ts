import type KDBush from 'kdbush';

const stack = new Uint32Array(96);

/**
 * kdbush's box query, calling `visit` for each item instead of building an array: the same walk as
 * KDBush#range (over its public ids/coords/nodeSize), so a search allocates almost nothing and a
 * 100,000-program index is not slowed by garbage collection.
 */
export function visitRange(tree: KDBush, minX: number, minY: number, maxX: number, maxY: number, visit: (id: number) => void): void {
  const { ids, coords, nodeSize } = tree;
  if (ids.length === 0) return;
  stack[0] = 0;
  stack[1] = ids.length - 1;
  stack[2] = 0;
  let sp = 3;
  while (sp > 0) {
    const axis = stack[--sp] as number;
    const right = stack[--sp] as number;
    const left = stack[--sp] as number;
    if (right - left <= nodeSize) {
      for (let i = left; i <= right; i++) {
        const x = coords[2 * i] as number;
        const y = coords[2 * i + 1] as number;
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) visit(ids[i] as number);
      }
      continue;
    }
    const m = (left + right) >> 1;
    const x = coords[2 * m] as number;
    const y = coords[2 * m + 1] as number;
    if (x >= minX && x <= maxX && y >= minY && y <= maxY) visit(ids[m] as number);
    if (axis === 0 ? minX <= x : minY <= y) {
      stack[sp++] = left;
      stack[sp++] = m - 1;
      stack[sp++] = 1 - axis;
    }
    if (axis === 0 ? maxX >= x : maxY >= y) {
      stack[sp++] = m + 1;
      stack[sp++] = right;
      stack[sp++] = 1 - axis;
    }
  }
}
