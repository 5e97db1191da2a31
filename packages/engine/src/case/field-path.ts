/** Where a field sits in a document: its keys and list positions from the root, `['substances', 0, 'name']`. */
export type FieldPath = readonly (string | number)[];

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/**
 * A path as people read it, the one way it is ever written: keys joined by dots, list positions in
 * brackets (`substances[0].name`, `body.case.instruments.phq9[3]`); a key that is not a plain name is
 * quoted (`body["a b"]`). The document itself is `(document)`.
 */
export function fieldPathText(path: FieldPath): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
