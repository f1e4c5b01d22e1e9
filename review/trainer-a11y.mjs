// axe-core on the builder, the trainer page (with a class pasted) and the guide; touch targets
// under 44 px at 360 px; 200 % zoom on the laptop (a 683 px wide viewport); the guide printed to A4.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
export default async function ({ BASE, OUT, log, launch, open, shot, sleep }) {
  const browser = await launch();
  const pages = [['builder', `${BASE}/examples/builder.html`], ['trainer', `${BASE}/dist/course/trainer.html`], ['guide', `${BASE}/dist/course/guide.html`]];
  const paste = existsSync(join(OUT, 'roster-paste-default.txt')) ? readFileSync(join(OUT, 'roster-paste-default.txt'), 'utf8') : '';
  for (const [name, url] of pages.filter(([n]) => !process.env.ONLY || process.env.ONLY.split(',').includes(n))) {
    for (const phone of [false, true]) {
      const { ctx, page } = await open(browser, { phone });
      await page.setBypassCSP(true); // the pack's strict CSP would refuse axe's script tag
      await page.goto(url, { waitUntil: 'networkidle0' });
      await sleep(1500);
      if (name === 'builder') await page.evaluate(() => { const r = document.querySelector('langkah-builder').shadowRoot; r.querySelectorAll('li.lesson input').forEach((x, i) => i < 5 && x.click()); r.querySelector('details')?.setAttribute('open', ''); });
      if (name === 'trainer' && paste) await page.evaluate((t) => { const r = document.querySelector('langkah-roster').shadowRoot; const a = r.querySelector('#paste'); a.value = t; a.dispatchEvent(new Event('input')); r.querySelector('button.primary[type=submit]').click(); }, paste);
      await sleep(1000);
      await page.addScriptTag({ content: AXE });
      const res = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0].target.join(' ')}`));
      log(`axe ${name} ${phone ? '360' : '1366'}:`, res.length ? res : 'clean');
      if (phone) {
        const small = await page.evaluate(() => {
          const out = [];
          const walk = (root) => { for (const e of root.querySelectorAll('a[href],button,input,select,textarea,summary,[tabindex]')) { const r = e.getBoundingClientRect(); if (r.width && (r.height < 44 || r.width < 44)) out.push(`${e.tagName.toLowerCase()}.${e.className || e.id} ${Math.round(r.width)}×${Math.round(r.height)} "${(e.textContent || e.value || '').trim().slice(0, 25)}"`); } for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot); };
          walk(document); return out;
        });
        const kinds = {}; for (const s of small) { const k = s.replace(/ \d+×\d+ ".*"$/, ''); kinds[k] = (kinds[k] ?? 0) + 1; }
        log(`  targets under 44 px on ${name} at 360: ${small.length}`, JSON.stringify(kinds), small.slice(0, 4));
        log(`  page scrollWidth at 360: ${await page.evaluate(() => document.documentElement.scrollWidth)}`);
        await shot(page, `x-${name}-360`);
      }
      await ctx.close();
    }
    // 200 % zoom on the laptop: 683 × 384 CSS px.
    const { ctx, page } = await open(browser);
    await page.setViewport({ width: 683, height: 384, deviceScaleFactor: 2 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await sleep(1000);
    log(`  200 % zoom ${name}: scrollWidth ${await page.evaluate(() => document.documentElement.scrollWidth)} of 683`);
    await shot(page, `z-${name}-200pct`);
    if (name === 'guide') {
      const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
      writeFileSync(join(OUT, 'guide.pdf'), pdf);
      log(`  guide PDF: ${(pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length} pages, ${pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/)?.[0]}`);
      // A lesson cut across pages? Measure in print media: each lesson block's top/bottom against 297 mm pages is not
      // observable from the DOM, so check the CSS instead.
      await page.emulateMediaType('print');
      log('  print CSS on lesson blocks:', await page.evaluate(() => [...new Set([...document.querySelectorAll('section,article,li')].map((e) => `${e.tagName}.${e.className}:${getComputedStyle(e).breakInside}`))].slice(0, 8)));
    }
    await ctx.close();
  }
  await browser.close();
}
