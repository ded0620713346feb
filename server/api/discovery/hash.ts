/** Small deterministic content hashes (no crypto dependency: this runs in Workers and the browser too). */

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const SEEDS = [0x811c9dc5, 0x050c5d1f, 0x2f9be6dc, 0x6a09e667];

/** 16 bytes of hash of a string. */
export function hashBytes(text: string): number[] {
  return SEEDS.flatMap((seed) => {
    const h = fnv1a(text, seed);
    return [h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff];
  });
}

/** An upper-case hex content hash, the form kube-apiserver puts in OpenAPI `?hash=` URLs. */
export function hexHash(text: string): string {
  return hashBytes(text).map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** An 8-byte base64 hash, the form of discovery's storageVersionHash. */
export function shortBase64Hash(text: string): string {
  return btoa(String.fromCharCode(...hashBytes(text).slice(0, 8)));
}
