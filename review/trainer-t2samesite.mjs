// Review 15b, attacker / neighbour: a partner's own site on the same origin as the builder link's course page.
// Does course-sw.js touch caches, pages or a service worker it did not make? Plain host, then a host with
// "pretty URLs" (x.html → 308 → x, as Cloudflare Pages and Netlify's pretty URLs do).
//   node --import tsx review/trainer.mjs --phase t2samesite     (after --phase builder: review/shots/link.txt)
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { host, siteCopy, text } from './trainer-t2offline.mjs';

const SITE_SW = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', () => {});`;
const PARTNER = (title) => `<!doctype html><html lang="id"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1>
<script src="/examples/partner.js"></script>`;
let PARTNER_JS = `navigator.serviceWorker.register('/examples/site-sw.js', { scope: '/examples/' });`;

export default async function ({ OUT, log, launch, open, shot, sleep, FF }) {
  const root = process.cwd();
  const u = new URL(readFileSync(join(OUT, 'link.txt'), 'utf8'));
  for (const [pretty, partnerSW] of FF ? [[false, true]] : [[false, true], [true, true], [true, false]]) {
    const tag = `${FF ? 'ff-' : ''}${pretty ? 'pretty' : 'plain'}${partnerSW ? '' : '-noSW'}`;
    const tmp = siteCopy(root);
    writeFileSync(join(tmp, 'examples/site-sw.js'), SITE_SW);
    writeFileSync(join(tmp, 'examples/partner.js'), partnerSW ? PARTNER_JS : '');
    for (const [f, t] of [['index.html', 'Beranda mitra'], ['courses.html', 'Daftar kursus mitra'], ['course-lama.html', 'Kursus lama mitra']]) writeFileSync(join(tmp, 'examples', f), PARTNER(t));
    const web = await host(tmp, { pretty });
    const origin = `http://127.0.0.1:${web.port}`;
    const browser = await launch();
    const { page } = await open(browser, { phone: true });
    page.setDefaultTimeout(30000);
    const controller = async (path) => {
      await page.goto(origin + path, { waitUntil: 'load' });
      await sleep(300);
      return page.evaluate(() => `${location.pathname} → ${navigator.serviceWorker.controller?.scriptURL.replace(location.origin, '') ?? 'no worker'}`);
    };
    const cachesNow = () => page.evaluate(async () => { const o = {}; for (const n of await caches.keys()) o[n] = (await (await caches.open(n)).keys()).map((r) => r.url.replace(location.origin, '')).join(' '); return o; });
    try {
      await page.goto(`${origin}/examples/index.html`, { waitUntil: 'load' });
      if (partnerSW) await page.evaluate(() => navigator.serviceWorker.ready);
      await page.evaluate(async () => {
        await (await caches.open('situs-mitra')).put('/examples/index.html', new Response('mitra'));
        await (await caches.open(`langkah-course ${location.origin}/examples/lain.html`)).put('/examples/lain.html', new Response('another course page'));
      });
      log(`[${tag}] before: ${await controller('/examples/courses.html')} ; ${await controller('/examples/course-lama.html')}`);
      await page.goto(`${origin}/examples/course.html${u.hash}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('langkah-curriculum')?.dataset.offline, { timeout: 30000 }).catch(() => {});
      const regs = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => `${r.scope.replace(location.origin, '')} (${r.active?.scriptURL.replace(location.origin, '')})`));
      log(`[${tag}] course page at ${await page.evaluate(() => location.pathname)}, offline=${await page.evaluate(() => document.querySelector('langkah-curriculum')?.dataset.offline)}; registrations: ${regs.join(' | ')}`);
      const c = await cachesNow();
      log(`[${tag}] caches: ${Object.entries(c).map(([k, v]) => `${k.replace(origin, '')} = ${v.length > 60 ? v.split(' ').length + ' files' : v}`).join(' ; ')}`);
      log(`[${tag}] after:  ${await controller('/examples/index.html')} ; ${await controller('/examples/courses.html')} ; ${await controller('/examples/course-lama.html')}`);
      await shot(page, `t2-samesite-${tag}-partner-page`);
      // Offline right after that one visit (what a learner does on the way home).
      web.down(true);
      if (!FF) await page.setOfflineMode(true);
      {
        const r = await page.goto(`${origin}/examples/course.html${u.hash}`, { waitUntil: 'load' }).then(() => 'ok', (e) => e.message.slice(0, 60));
        const shown = await page.waitForFunction(() => document.querySelector('langkah-curriculum')?.shadowRoot?.querySelector('[data-ref]'), { timeout: 8000 }).then(() => true, () => false);
        log(`[${tag}] OFFLINE after ONE visit, open the link: ${r}; course shown: ${shown}`);
        await shot(page, `t2-samesite-${tag}-offline-after-one-visit`);
      }
      web.down(false);
      if (!FF) await page.setOfflineMode(false);
      // A second online visit of the link.
      await page.goto(`${origin}/examples/course.html${u.hash}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('langkah-curriculum')?.dataset.offline, { timeout: 20000 }).catch(() => {});
      log(`[${tag}] second online visit: offline=${await page.evaluate(() => document.querySelector('langkah-curriculum')?.dataset.offline)}`);
      // In the village: the learner taps the WhatsApp link (…/course.html#k=…) with no signal.
      web.down(true);
      if (!FF) await page.setOfflineMode(true);
      for (const path of ['/examples/course.html', '/examples/course']) {
        const r = await page.goto(`${origin}${path}${u.hash}`, { waitUntil: 'load' }).then(() => 'ok', (e) => e.message.slice(0, 60));
        const shown = await page.waitForFunction(() => document.querySelector('langkah-curriculum')?.shadowRoot?.querySelector('[data-ref]'), { timeout: 8000 }).then(() => true, () => false);
        log(`[${tag}] OFFLINE open ${path}#k=…: ${r}; course shown: ${shown}`);
        await shot(page, `t2-samesite-${tag}-offline${path.replace(/\W+/g, '-')}`);
      }
      if (!FF) await page.setOfflineMode(false);
      web.down(false);
    } catch (e) {
      log(`[${tag}] ERROR ${e.message}`);
    } finally {
      await browser.close();
      web.server.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  }
}
