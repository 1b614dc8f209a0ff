import { JsonSplitter, type RawRecord } from './json-splitter.js';
import { readUtf8 } from './text-stream.js';

export interface FileRecord extends RawRecord {
  /** Bytes of the file read so far. */
  bytes: number;
}

/** The records of a JSON, Page or NDJSON file, one at a time, with the line each starts on. */
export async function* jsonRecords(file: string): AsyncGenerator<FileRecord> {
  const splitter = new JsonSplitter();
  const ready: RawRecord[] = [];
  for await (const chunk of readUtf8(file)) {
    splitter.push(chunk.text, (r) => ready.push(r));
    for (const r of ready) yield { ...r, bytes: chunk.bytes };
    ready.length = 0;
  }
  splitter.end();
}
