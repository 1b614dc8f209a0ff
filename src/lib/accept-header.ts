/**
 * Accept-Language and Accept-Encoding, read one way: comma-separated values, each with an
 * optional `;q=` weight (1 when absent). A weight of 0, or one that is not a number, refuses.
 */
export function acceptedValues(header: string | undefined): { value: string; q: number }[] {
  const out: { value: string; q: number }[] = [];
  for (const part of (header ?? '').split(',')) {
    const [value = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (value.trim() !== '') out.push({ value: value.trim(), q: q ? Number(q.slice(2)) : 1 });
  }
  return out;
}

/** acceptedValues() best first (the highest weight; the earlier on equal weights), refusals left out. */
export function preferredValues(header: string | undefined): string[] {
  return acceptedValues(header)
    .filter((v) => v.q > 0)
    .map((v, at) => ({ ...v, at }))
    .sort((a, b) => b.q - a.q || a.at - b.at)
    .map((v) => v.value);
}

export type ContentEncoding = 'br' | 'gzip';

/** The first of `offered` the client accepts ("*" counts for any), or undefined for none. */
export function chooseEncoding(header: string | undefined, offered: readonly ContentEncoding[] = ['br', 'gzip']): ContentEncoding | undefined {
  const accepted = new Map<string, number>();
  for (const { value, q } of acceptedValues(header)) accepted.set(value, q);
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return offered.find(ok);
}
