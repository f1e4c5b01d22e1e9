#!/usr/bin/env node
// Review 16i (change 2): step 1's disabled "listen" before and after the script, with the device's voices stubbed before
// the bundle (VOICES=none|id|en). Prints the button's state, its description (#no-voice text/class, aria-describedby)
// and, in Chromium, the accessibility tree's description of the button.   BROWSER=firefox PAGE=/public/q/kedua-en.html
import { slowServer, launch } from './r16g-lib.mjs';
const FF = process.env.BROWSER === 'firefox'; const V = process.env.VOICES ?? 'none';
const srv = await slowServer('/tmp/r16i', { lat: 50, hold: 2500 });
const browser = await launch(FF); const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640 });
const voices = { none: [], id: [{ lang: 'id-ID', name: 'Bahasa Indonesia', localService: true, default: true, voiceURI: 'id-ID' }], en: [{ lang: 'en-US', name: 'English', localService: true, default: true, voiceURI: 'en-US' }] }[V];
await page.evaluateOnNewDocument((v) => { if (window.speechSynthesis) speechSynthesis.getVoices = () => v; }, voices);
srv.nav = Date.now();
page.goto(srv.base + (process.env.PAGE ?? '/public/q/kedua.html')).catch(() => {});
await page.waitForFunction(() => document.querySelector('langkah-lesson')?.shadowRoot?.querySelector('button.listen'));
const look = async (when) => {
  const s = await page.evaluate(() => {
    const el = document.querySelector('langkah-lesson'); const r = el.shadowRoot; const b = r.querySelector('.base button.listen, article button.listen');
    const nv = r.querySelectorAll('#no-voice');
    return `prerendered=${el.hasAttribute('prerendered')} listen disabled=${b?.disabled} describedby=${b?.getAttribute('aria-describedby')} label="${b?.getAttribute('aria-label') ?? b?.textContent.trim()}" #no-voice×${nv.length} ${[...nv].map((n) => `.${n.className} "${n.textContent}"`).join(' ')}`;
  });
  let ax = '';
  if (!FF) {
    const h = await page.evaluateHandle(() => { const r = document.querySelector('langkah-lesson').shadowRoot; return r.querySelector('.base button.listen, article button.listen'); });
    const n = await page.accessibility.snapshot({ root: h, interestingOnly: false });
    ax = ` AX: ${n?.role} "${n?.name}" desc="${n?.description ?? ''}" disabled=${n?.disabled}`;
  }
  console.log(`${FF ? 'ff' : 'cr'} voices=${V} ${when}: ${s}${ax}`);
};
await look('before');
await page.waitForFunction(() => !document.querySelector('langkah-lesson').hasAttribute('prerendered'), { timeout: 20000 });
await new Promise((r) => setTimeout(r, 800));
await look('after');
const warn = []; page.on('console', (m) => warn.push(m.text()));
await browser.close(); srv.close(); process.exit(0);
