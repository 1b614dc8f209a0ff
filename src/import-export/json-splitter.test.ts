import { describe, expect, it } from 'vitest';
import { describeParseError, JsonSplitter, JsonStructureError, type RawRecord } from './json-splitter.js';

function split(text: string, chunkSize = 3): RawRecord[] {
  const out: RawRecord[] = [];
  const s = new JsonSplitter();
  for (let i = 0; i < text.length; i += chunkSize) s.push(text.slice(i, i + chunkSize), (r) => out.push(r));
  s.end();
  return out;
}

describe('JsonSplitter', () => {
  it('splits a top-level array into records with their start lines, across chunk borders', () => {
    const text = '[\n  {"id": "a", "x": [1, {"y": "}"}]},\n  {"id": "b"}\n]\n';
    const records = split(text);
    expect(records.map((r) => JSON.parse(r.text).id)).toEqual(['a', 'b']);
    expect(records.map((r) => r.line)).toEqual([2, 3]);
  });

  it('takes the records of a Page from its contents array and ignores the envelope', () => {
    const text = '{"total_items": 2, "note": "contents", "other": [{"id": "no"}],\n "contents": [\n{"id": "a"},\n{"id": "b"}], "page_number": 1}';
    expect(split(text, 5).map((r) => [JSON.parse(r.text).id, r.line])).toEqual([
      ['a', 3],
      ['b', 4],
    ]);
  });

  it('reads newline-delimited JSON as one record per value', () => {
    const text = '{"id": "a"}\n{"id": "b",\n "name": "x\\"}"}\n\n{"id": "c"}\n';
    expect(split(text).map((r) => [JSON.parse(r.text).id, r.line])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 5],
    ]);
  });

  it('reads a single object without contents as one record', () => {
    expect(split('{"id": "a", "phones": [{"id": "p"}]}').map((r) => JSON.parse(r.text).id)).toEqual(['a']);
  });

  it('names the line of structural errors', () => {
    expect(() => split('[\n{"id": "a"},\n42]')).toThrowError(/each record must be a JSON object, found "4"/);
    expect(() => split('\n\nhello')).toThrowError(JsonStructureError);
    try {
      split('[\n{"id": "a"}\n');
    } catch (e) {
      expect((e as JsonStructureError).line).toBe(3);
      expect((e as Error).message).toBe('the file ends before a "[" is closed');
    }
    expect(() => split('[{"id": "a"}]]')).toThrowError(/unexpected "]"/);
  });

  it('passes malformed records on so JSON.parse can place the error on its line', () => {
    const [raw] = split('[\n{"id": "a",\n "name": }\n]');
    expect(raw).toBeDefined();
    let err: unknown;
    try {
      JSON.parse(raw!.text);
    } catch (e) {
      err = e;
    }
    const d = describeParseError(err, raw!);
    expect(d.line).toBe(3);
    expect(d.reason).toMatch(/^is not valid JSON: /);
  });
});
