/**
 * A short, stable fingerprint of any JSON value (FNV-1a, 32 bits, base 36).
 * Used to tell whether stored answers still belong to the content they answered;
 * it is not a security measure.
 * @example fingerprint({ a: 1 }) // 'f1kq3c' (always the same for the same value)
 */
export function fingerprint(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
