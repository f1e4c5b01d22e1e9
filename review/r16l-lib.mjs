// Review 16l: shared by review/r16l-*.mjs. Re-uses review/r16k-lib.mjs (the learners: MODE=font32|zoom|wide|short|
// WxH[xD], BROWSER=firefox, FORCED=1, REDUCED=1; the slow server; K.* helpers injected in the page) on the pack built
// at 6ab7780 (the K1/K2/K4 fixes of 6d64d5c) by
//   npx tsc -p tsconfig.build.json && npx rollup -c &&
//   node bin/langkah.js build modules/curricula/kelas-digital-umkm.yaml --out /tmp/r16l-pack --prerender
// SITE=/tmp/r16k-pack gives the pack review 16k built at e971b56 (before the fixes) for a before/after comparison.
// Adds, in the page (window.L):
//   L.bar()   what stays stuck to the bottom: the nav, or its main button where the nav is display: contents (the
//             rule the fix uses; checked independently by hit tests in L.stop)
//   L.stop()  the focused control: its rect, its focus ring's rect (outline width + offset), how many of a 5x3 grid of
//             points on it a hit test reaches (through shadow roots), how many px of the ring lie under the stuck
//             thing (it overlaps horizontally too) and off the screen, and scrollY.
import { open as open16k, env, FF, LIB, VIEWS, view, slowServer, wait } from './r16k-lib.mjs';
export { env, FF, LIB, VIEWS, view, slowServer, wait };
export const SITE = env.SITE ?? '/tmp/r16l-pack';

export const LIB16L = `(() => {
  const L = (window.L = {});
  L.bar = () => { const r = K.root(); const nav = r.querySelector('nav'); if (!nav) return null;
    return getComputedStyle(nav).display === 'contents' ? nav.querySelector('.primary') : nav; };
  L.inLesson = (a) => { let n = a; while (n) { if (n === K.host()) return true; n = n.parentNode || n.host; } return false; };
  L.stop = () => {
    const a = K.active(); const y = Math.round(scrollY);
    if (!a || !L.inLesson(a)) return { out: true, name: K.name(a), y };
    const b = a.getBoundingClientRect(); const cs = getComputedStyle(a);
    const ringW = cs.outlineStyle !== 'none' ? parseFloat(cs.outlineWidth) + parseFloat(cs.outlineOffset) : 0;
    const ring = { l: b.left - ringW, r: b.right + ringW, t: b.top - ringW, b: b.bottom + ringW };
    let vis = 0; const by = new Set();
    for (let i = 0; i < 5; i++) for (let j = 0; j < 3; j++) {
      const x = b.left + b.width * (i + 0.5) / 5, yy = b.top + b.height * (j + 0.5) / 3;
      if (yy < 0 || yy >= innerHeight || x < 0 || x >= innerWidth) { by.add('off-screen'); continue; }
      const h = K.hit(x, yy); if (h && (h === a || a.contains(h) || (a.labels && [...a.labels].some((l) => l === h || l.contains(h))))) vis++; else by.add(K.name(h).slice(0, 24));
    }
    const nav = K.root().querySelector('nav'); const bar = L.bar(); let under = 0, barR = '-';
    if (bar && !(nav && nav.contains(a))) { const s = bar.getBoundingClientRect(); barR = K.R(bar);
      const w = Math.min(ring.r, s.right) - Math.max(ring.l, s.left); const h = Math.min(ring.b, s.bottom) - Math.max(ring.t, s.top);
      if (w > 0.5 && h > 0.5) under = Math.round(h); }
    const off = Math.round(Math.max(0, -ring.t) + Math.max(0, ring.b - innerHeight));
    return { name: K.name(a).slice(0, 30), rect: K.R(a), ring: Math.round(ring.t) + '-' + Math.round(ring.b), bar: barR, vis, by: [...by].join('/'), under, off, y,
      inNav: !!(nav && nav.contains(a)), focusVisible: a.matches(':focus-visible') };
  };
})();`;

export async function open(mode) {
  const o = await open16k(mode);
  await o.page.evaluateOnNewDocument(LIB16L);
  return o;
}

/**
 * Loads PAGE from SITE with the bundle served at once; resolves when the element has taken over.
 * GUARD=1: the fix suggested for L1/L2, tried in the page: the lesson's keyup listener (`clear`, 6d64d5c) is replaced
 * by one that calls the same `clear` only when the key moved the focus (the deep active element at the key's keydown,
 * recorded in the capture phase on the window, differs from the one at its keyup).
 */
export async function lessonPage(page, srv, path) {
  await page.goto(srv.base + path, { waitUntil: 'load', timeout: 60000 });
  await page.waitForFunction(() => { const h = K.host(); return h && !h.hasAttribute('prerendered') && h.shadowRoot.querySelector('nav button'); }, { timeout: 60000 });
  if (env.GUARD) await page.evaluate(() => {
    const h = K.host(); if (!h.clear) throw new Error('no clear on this pack');
    h.removeEventListener('keyup', h.clear);
    let at = null;
    addEventListener('keydown', () => { at = K.active(); }, true);
    h.addEventListener('keyup', () => { if (K.active() !== at) h.clear(); });
  });
  await wait(400);
}

/** To step `at` (1-based) with the main button; a step with unanswered questions asks once, so press again. */
export async function toStep(page, at) {
  for (let guard = 0; guard < 40; guard++) {
    const now = await page.evaluate(() => +(K.root().querySelector('#counter')?.textContent.match(/\d+/)?.[0] ?? 0));
    if (now >= at) return now;
    const more = await page.evaluate(() => { const b = K.root().querySelector('nav .primary'); b?.click(); return !!b; }); if (!more) return now;
    await wait(300);
  }
}
