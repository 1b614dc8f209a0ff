import { createReadStream } from 'node:fs';

export class UnreadableFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    reason: string,
  ) {
    super(reason);
  }
}

export interface TextChunk {
  text: string;
  /** Bytes read so far, for progress. */
  bytes: number;
}

/**
 * Streams a file as UTF-8 text, refusing any byte sequence that is not UTF-8 (Latin-1 and
 * Windows-1252 exports are common in the region) with the line where it happens, instead of
 * silently turning "albergue de niñas" into mojibake. A leading byte-order mark is dropped.
 */
export async function* readUtf8(file: string, highWaterMark = 1 << 20): AsyncGenerator<TextChunk> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let bytes = 0;
  let lines = 1;
  let stream;
  try {
    stream = createReadStream(file, { highWaterMark });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        const good = validPrefix(chunk);
        const line = lines + countLines(good);
        throw new UnreadableFileError(file, line, 'is not UTF-8 text: save or export it as UTF-8 and try again');
      }
      lines += countLines(text);
      yield { text, bytes };
    }
    const rest = decoder.decode();
    if (rest) yield { text: rest, bytes };
  } catch (err) {
    if (err instanceof UnreadableFileError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'cannot be read (permission denied)' : `cannot be read (${code ?? String(err)})`;
    throw new UnreadableFileError(file, undefined, reason);
  } finally {
    stream?.destroy();
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The longest decodable prefix of a chunk, to place the bad byte on a line. */
function validPrefix(chunk: Buffer): string {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return chunk.subarray(0, lo).toString('utf8');
}
