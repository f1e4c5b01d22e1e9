// Review 16f: r16c-lib.mjs, whose CACHE=1 answers cacheable (max-age=600) instead of no-store.
export * from './r16c-lib.mjs';
