export const fr: Record<string, string> = {};
export const ht: Record<string, string> = {};
export const pt: Record<string, string> = {};
