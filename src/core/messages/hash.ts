// A short, stable fingerprint of a text: message ids and calendar UIDs are built from it, so
// the same content always gives the same id. Not for secrets: it only tells contents apart.

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** 16 hex digits. */
export function fingerprint(text: string): string {
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, "0");
  const b = fnv1a(text, 0x050c5d1f).toString(16).padStart(8, "0");
  return a + b;
}
