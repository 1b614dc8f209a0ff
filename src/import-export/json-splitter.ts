export interface RawRecord {
  /** The JSON text of one record. */
  text: string;
  /** Line of the file on which the record starts (1-based). */
  line: number;
}

export class JsonStructureError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Splits a stream of JSON text into records without holding the file in memory: the elements of
 * a top-level array, the elements of a Page's `contents` array, or each top-level value of
 * newline-delimited JSON. A top-level object without `contents` is one record. Each record
 * keeps the line it starts on, so every later problem can name its line. It only tracks
 * nesting and strings; JSON.parse judges each record.
 */
export class JsonSplitter {
  private line = 1;
  private stack: string[] = [];
  private inString = false;
  private escape = false;
  private buf = '';
  private capturing = false;
  private captureDepth = -1;
  private captureLine = 1;
  /** Depth of the array whose elements are records (1 for a top-level array, 2 for Page.contents). */
  private recordsDepth = -1;
  private key = '';
  private keyOpen = false;
  private lastKey = '';
  private topLevelCount = 0;

  push(chunk: string, emit: (r: RawRecord) => void): void {
    let start = this.capturing ? 0 : -1;
    let backslash = chunk.indexOf('\\');
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.inString) {
        // Most of a file is the inside of strings: jump to the next quote or backslash instead
        // of looking at every character (raw newlines cannot occur inside a JSON string).
        if (!this.keyOpen && !this.escape) {
          const q = chunk.indexOf('"', i);
          // The next backslash is looked up again only once passed: most chunks have none.
          if (backslash !== -1 && backslash < i) backslash = chunk.indexOf('\\', i);
          const b = backslash;
          const next = q === -1 ? b : b === -1 ? q : Math.min(q, b);
          if (next === -1) {
            i = chunk.length - 1;
            continue;
          }
          i = next;
          if (chunk.charCodeAt(i) === 0x5c) this.escape = true;
          else this.inString = false;
          continue;
        }
        if (this.keyOpen && !this.escape && c !== 0x22 && c !== 0x5c) this.key += chunk[i];
        if (this.escape) this.escape = false;
        else if (c === 0x5c) this.escape = true;
        else if (c === 0x22) {
          this.inString = false;
          this.keyOpen = false;
        } else if (c === 0x0a) this.line++;
        continue;
      }
      if (c === 0x0a) {
        this.line++;
        continue;
      }
      if (c === 0x3a || c === 0x2c) {
        // A key is the string right before a colon; a comma ends the member.
        if (this.stack.length === 1) this.lastKey = c === 0x3a ? this.key : '';
        continue;
      }
      if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
      const depth = this.stack.length;
      // The start of a value inside the records array, or of a top-level value.
      if (!this.capturing && (depth === this.recordsDepth || depth === 0) && c !== 0x5d && c !== 0x7d) {
        if (depth === 0 && c === 0x5b && this.topLevelCount === 0) {
          this.topLevelCount++;
          this.recordsDepth = 1;
        } else if (c !== 0x7b) {
          throw new JsonStructureError(
            this.line,
            depth === 0 ? `expected { or [ but found "${chunk[i]}"` : `each record must be a JSON object, found "${chunk[i]}"`,
          );
        } else {
          if (depth === 0) this.topLevelCount++;
          this.capturing = true;
          this.captureDepth = depth;
          this.captureLine = this.line;
          this.buf = '';
          start = i;
        }
      }
      if (c === 0x22) {
        this.inString = true;
        if (depth === 1 && this.stack[0] === '{') {
          this.keyOpen = true;
          this.key = '';
        }
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        this.stack.push(chunk[i]!);
        // A Page: the array under the top-level key "contents" holds the records.
        if (c === 0x5b && depth === 1 && this.stack[0] === '{' && this.lastKey === 'contents' && this.topLevelCount === 1) {
          this.recordsDepth = 2;
          this.capturing = false;
          this.buf = '';
          start = -1;
        }
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        const open = this.stack.pop();
        if (open === undefined || (open === '{') !== (c === 0x7d)) {
          throw new JsonStructureError(this.line, `unexpected "${chunk[i]}"`);
        }
        if (this.capturing && this.stack.length === this.captureDepth) {
          this.buf += chunk.slice(start, i + 1);
          this.capturing = false;
          start = -1;
          emit({ text: this.buf, line: this.captureLine });
          this.buf = '';
        }
        if (this.stack.length < this.recordsDepth) this.recordsDepth = -1;
        continue;
      }
    }
    if (this.capturing && start >= 0) this.buf += chunk.slice(start);
  }

  end(): void {
    if (this.inString) throw new JsonStructureError(this.line, 'the file ends inside a string (a closing " is missing)');
    if (this.stack.length > 0) {
      throw new JsonStructureError(this.line, `the file ends before a "${this.stack.at(-1)}" is closed`);
    }
  }
}

function isPrefixOfValidJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch (e) {
    // Cut short, a valid text fails only at its very end: at the end of input, or at a position
    // that is the end. An "Unexpected token" without a position lies before the end.
    const message = (e as Error).message;
    if (/end of JSON input/i.test(message)) return true;
    const at = /position (\d+)/.exec(message);
    return at !== null && Number(at[1]) >= text.length;
  }
}

/**
 * Where JSON.parse gave up, as a line of the file. Node 20's messages carry no position, so the
 * offset is found by bisection: the longest prefix that is still a valid beginning of JSON.
 */
export function describeParseError(err: unknown, raw: RawRecord): { line: number; reason: string } {
  const message = err instanceof Error ? err.message : String(err);
  let lo = 0;
  let hi = raw.text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (isPrefixOfValidJson(raw.text.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  let line = raw.line;
  for (let i = raw.text.indexOf('\n'); i !== -1 && i < lo; i = raw.text.indexOf('\n', i + 1)) line++;
  const near = raw.text.slice(lo, lo + 20).split('\n')[0]!.trim();
  const reason = /Unexpected end|Unterminated/.test(message)
    ? 'is not valid JSON: the record ends too early'
    : `is not valid JSON: unexpected ${near ? `"${near}"` : 'character'}`;
  return { line, reason };
}
