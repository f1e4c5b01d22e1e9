// Review 15b, D1: the pack's builder.html and trainer.html (one shell): the builder opens with the pack's own lessons,
// axe, sideways scroll at 360 and 1366.   node review/trainer.mjs --base http://localhost:PORT/<pack folder> --phase t2packbuilder
import { readFileSync } from 'node:fs';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
export default async function ({ BASE, log, launch, open, shot }) {
  const browser = await launch();
  for (const file of ['builder.html', 'trainer.html']) for (const phone of [false, true]) {
    const { ctx, page } = await open(browser, { phone });
    await page.setBypassCSP(true);
    await page.goto(`${BASE}/${file}`, { waitUntil: 'networkidle0' });
    if (file === 'builder.html') await page.waitForFunction(() => document.querySelector('langkah-builder')?.shadowRoot?.querySelectorAll('li.lesson').length, { timeout: 30000 }).catch(() => {});
    const info = await page.evaluate(() => ({ lessons: document.querySelector('langkah-builder')?.shadowRoot?.querySelectorAll('li.lesson').length, scrollWidth: document.documentElement.scrollWidth, h1: document.querySelector('h1')?.textContent.trim(), links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')).join(' ') }));
    await page.addScriptTag({ content: AXE }).catch((e) => log('  axe inject', e.message));
    const axe = await page.evaluate(async () => (window.axe ? (await window.axe.run()).violations.map((v) => `${v.id}(${v.impact}) ${v.nodes.length}`) : ['axe not loaded (CSP?)']));
    log(`[${file} ${phone ? 360 : 1366}] ${JSON.stringify(info)} axe: ${axe.join(', ') || 'clean'}`);
    await shot(page, `t2-pack-${file.replace('.html', '')}-${phone ? 360 : 1366}`);
    await ctx.close();
  }
  await browser.close();
}
