import { ImportFileError } from './import-issue.js';

/** JSON.parse with a syntax error turned into a located import error. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    const { line, column } = pos ? lineColumnAt(text, Number(pos[1])) : { line: 0, column: 0 };
    throw new ImportFileError([{ file, line, column, field: '', message: `is not valid JSON (${msg.replace(/^JSON\.parse: /, '')})` }]);
  }
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Lines on which the elements of one array start: the array under a top-level key, or the document
 * itself when it is an array (key null). A small scanner, so a problem in row 812 can name its line.
 */
export function arrayElementLines(text: string, key: string | null): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inTarget = false;
  let targetDepth = -1;
  let lastString = '';
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = text.slice(i + 1, j);
      if (inTarget && depth === targetDepth && expectValue) lines.push(line);
      expectValue = false;
      lastString = s;
      i = j;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '[' || c === '{') {
      if (inTarget && depth === targetDepth && expectValue) lines.push(line);
      depth++;
      if (
        c === '[' &&
        !inTarget &&
        targetDepth < 0 &&
        ((key === null && depth === 1) || (key !== null && depth === 2 && lastString === key))
      ) {
        inTarget = true;
        targetDepth = depth;
      }
      expectValue = inTarget && depth === targetDepth;
      continue;
    }
    if (c === ']' || c === '}') {
      if (inTarget && depth === targetDepth) inTarget = false;
      depth--;
      expectValue = false;
      continue;
    }
    if (c === ',') {
      expectValue = inTarget && depth === targetDepth;
      continue;
    }
    if (c === ':') continue;
    // a bare value (number, true, false, null)
    if (inTarget && depth === targetDepth && expectValue) lines.push(line);
    expectValue = false;
    while (i + 1 < text.length && /[^,\]}\s]/.test(text[i + 1] as string)) i++;
  }
  return lines;
}
