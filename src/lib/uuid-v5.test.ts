import { describe, expect, it } from 'vitest';
import { uuidv5 } from './uuid-v5.js';

describe('uuidv5', () => {
  it('matches the RFC 4122 reference implementations', () => {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidv5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'https://www.example.org/ñ')
    expect(uuidv5('https://www.example.org/ñ', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
