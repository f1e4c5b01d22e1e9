// Review 16k: shared by review/r16k-*.mjs. The browser for one learner (MODE), the slow server on the pack built by
//   node bin/langkah.js build modules/curricula/kelas-digital-umkm.yaml --out /tmp/r16k-pack --prerender
// and helpers injected into the page (deep queries through shadow roots, hit tests, rects).
//   MODE: font32 (360x640, default font 32 px) | zoom (180x320 @2 = 200 % zoom of a 360x640 phone) |
//         wide (412x915, normal font) | short (640x360) | WxH[xD] ; BROWSER=firefox ; FORCED=1 ; REDUCED=1
import puppeteer from 'puppeteer-core';
import { slowServer } from './r16g-lib.mjs';
export { slowServer };

export const env = process.env;
export const FF = env.BROWSER === 'firefox';
export const VIEWS = {
  font32: { width: 360, height: 640, deviceScaleFactor: 1, font: 32 },
  zoom: { width: 180, height: 320, deviceScaleFactor: 2 },
  wide: { width: 412, height: 915, deviceScaleFactor: 1 },
  short: { width: 640, height: 360, deviceScaleFactor: 1 },
};
export const view = (m) => VIEWS[m] ?? (([w, h, d]) => ({ width: w, height: h, deviceScaleFactor: d || 1 }))(m.split('x').map(Number));

export async function open(mode = env.MODE ?? 'font32') {
  const v = view(mode);
  const prefs = { 'ui.prefersReducedMotion': env.REDUCED ? 1 : 0 };
  if (v.font) Object.assign(prefs, { 'font.size.variable.x-western': v.font, 'font.size.monospace.x-western': v.font });
  if (env.FORCED) prefs['browser.display.document_color_use'] = 2;
  const browser = FF
    ? await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, extraPrefsFirefox: prefs })
    : await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const page = await browser.newPage();
  await page.setViewport({ width: v.width, height: v.height, deviceScaleFactor: v.deviceScaleFactor });
  if (!FF) {
    const cdp = await page.createCDPSession();
    if (v.font) await cdp.send('Page.setFontSizes', { fontSizes: { standard: v.font, fixed: v.font } });
    const features = [];
    if (env.FORCED) features.push({ name: 'forced-colors', value: 'active' }, { name: 'prefers-contrast', value: 'more' });
    if (env.REDUCED) features.push({ name: 'prefers-reduced-motion', value: 'reduce' });
    if (features.length) await cdp.send('Emulation.setEmulatedMedia', { features });
  }
  await page.evaluateOnNewDocument(LIB);
  return { browser, page, v };
}

/** Injected in every document: window.K.* */
export const LIB = `(() => {
  const K = (window.K = {});
  K.host = () => document.querySelector('langkah-lesson');
  K.root = () => K.host().shadowRoot;
  K.deepAll = (sel, root = document) => { const out = [...root.querySelectorAll(sel)];
    for (const n of root.querySelectorAll('*')) if (n.shadowRoot) out.push(...K.deepAll(sel, n.shadowRoot)); return out; };
  K.active = () => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; };
  K.hit = (x, y) => { let e = document.elementFromPoint(x, y); for (let i = 0; i < 8 && e?.shadowRoot; i++) { const f = e.shadowRoot.elementFromPoint(x, y); if (!f || f === e) break; e = f; } return e; };
  K.R = (n) => { const b = n.getBoundingClientRect(); return Math.round(b.left) + '-' + Math.round(b.right) + 'x' + Math.round(b.top) + '-' + Math.round(b.bottom); };
  K.over = (a, b, pad = 0) => { a = a.getBoundingClientRect(); b = b.getBoundingClientRect();
    const w = Math.min(a.right, b.right + pad) - Math.max(a.left, b.left - pad), h = Math.min(a.bottom, b.bottom + pad) - Math.max(a.top, b.top - pad);
    return w > 0.5 && h > 0.5 ? [Math.round(w), Math.round(h)] : null; };
  K.name = (n) => { if (!n) return '-'; const t = (n.getAttribute?.('aria-label') || n.textContent || n.value || '').replace(/\\s+/g, ' ').trim().slice(0, 28);
    return n.localName + (n.className && typeof n.className === 'string' ? '.' + n.className.split(' ')[0] : '') + (t ? '"' + t + '"' : ''); };
  K.frame = () => new Promise((f) => requestAnimationFrame(() => requestAnimationFrame(() => f())));
  K.sleep = (ms) => new Promise((f) => setTimeout(f, ms));
  K.inView = (n) => { const b = n.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight && b.width > 0; };
  K.fully = (n) => { const b = n.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight && b.width > 0; };
  /** What the learner can tap: buttons, summaries, links, and each option's label (the radio inside is the label's). */
  K.controls = () => K.deepAll('button, summary, a[href], label.opt, input:not([type=radio]):not([type=checkbox]), [tabindex="0"]')
    .filter((n) => n.checkVisibility?.() !== false && n.getBoundingClientRect().width > 0 && !n.closest('[inert]'));
})();`;

export const wait = (ms) => new Promise((r) => setTimeout(r, ms));
