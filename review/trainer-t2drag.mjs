// Review 15b: a two-day course by dragging: two modules, "Tambah hari", then the day's ⠿ handle dragged with a
// real mouse (1366) or a finger (360, puppeteer touchscreen) between the modules; the YAML gets day 2.
//   node review/trainer.mjs --base http://localhost:PORT --phase t2drag
export default async function ({ BASE, log, launch, open, shot, sleep }) {
  const browser = await launch();
  for (const phone of process.env.T2PHONE ? [true] : [false]) {
    const { ctx, page } = await open(browser, { phone });
    await page.goto(`${BASE}/examples/builder.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('langkah-builder')?.shadowRoot?.querySelector('.add-module'), { timeout: 30000 });
    await page.evaluate(async () => {
      const r = document.querySelector('langkah-builder').shadowRoot;
      r.querySelectorAll('.add-module')[0].click(); await new Promise((x) => setTimeout(x, 100));
      r.querySelectorAll('.add-module')[1].click(); await new Promise((x) => setTimeout(x, 100));
      r.querySelector('.add-day').click(); await new Promise((x) => setTimeout(x, 200));
      r.querySelector('#title-id').value = 'Kelas dua hari'; r.querySelector('#title-id').dispatchEvent(new Event('input'));
    });
    await sleep(300);
    const plan = () => page.evaluate(() => [...document.querySelector('langkah-builder').shadowRoot.querySelectorAll('.plan > li')].map((li) => li.className.split(' ')[0] + (li.querySelector('h3')?.textContent.trim().slice(0, 30) ?? '')).join(' | '));
    log(`[${phone ? 360 : 1366}] before: ${await plan()}`);
    const pts = await page.evaluate(() => {
      const r = document.querySelector('langkah-builder').shadowRoot;
      const items = r.querySelectorAll('.plan > li');
      const g = items[3].querySelector('.grip'); g.scrollIntoView({ block: 'center' });
      const a = g.getBoundingClientRect(); const t = items[2].getBoundingClientRect();
      return { gx: a.x + a.width / 2, gy: a.y + a.height / 2, tx: t.x + 40, ty: t.y + 6 };
    });
    if (!phone) {
      // The target is above the screen (expanded modules are tall): hold near the top edge so the plan scrolls, then aim.
      await page.mouse.move(pts.gx, pts.gy); await page.mouse.down();
      const item2 = () => page.evaluate(() => Math.round(document.querySelector('langkah-builder').shadowRoot.querySelectorAll('.plan > li')[2].getBoundingClientRect().top));
      for (let i = 1; i <= 6; i++) { await page.mouse.move(pts.gx, pts.gy - (pts.gy - 12) * i / 6); await sleep(40); }
      for (let n = 0; n < 40 && (await item2()) < 60; n++) { await page.mouse.move(pts.gx, 12 + (n % 2)); await sleep(100); }
      log(`[1366] held near the top: item2 top now ${await item2()}`);
      const ty = (await item2()) + 6;
      for (let i = 1; i <= 4; i++) { await page.mouse.move(pts.gx, 12 + (ty - 12) * i / 4); await sleep(40); }
      log(`[1366] before release: line at ${await page.evaluate(() => [...document.querySelector('langkah-builder').shadowRoot.querySelectorAll('.drop-before, .drop-after')].map((e) => e.className + ' ' + (e.querySelector('h3')?.textContent.trim().slice(0, 20) ?? '')).join(' ; '))}; pointer ${JSON.stringify(pts)}; now item2 top ${await page.evaluate(() => Math.round(document.querySelector('langkah-builder').shadowRoot.querySelectorAll('.plan > li')[2].getBoundingClientRect().top))}`);
      await page.mouse.up();
    } else {
      await page.touchscreen.touchStart(pts.gx, pts.gy);
      for (let i = 1; i <= 8; i++) { await page.touchscreen.touchMove(pts.gx, pts.gy + ((pts.ty - pts.gy) * i) / 8); await sleep(40); }
      await page.touchscreen.touchEnd();
    }
    await sleep(400);
    log(`[${phone ? 360 : 1366}] after drag: ${await plan()}`);
    log(`[${phone ? 360 : 1366}] announced: ${await page.evaluate(() => document.querySelector('langkah-builder').shadowRoot.querySelector('p.vh[role=status]')?.textContent)}`);
    const yaml = await page.evaluate(() => document.querySelector('langkah-builder').shadowRoot.querySelector('#yaml')?.value ?? '');
    log(`[${phone ? 360 : 1366}] YAML days: ${(yaml.match(/day: \d/g) || []).join(', ')}; totals: ${await page.evaluate(() => [...document.querySelector('langkah-builder').shadowRoot.querySelectorAll('.plan > li.day h3')].map((h) => h.textContent.trim()).join(' / '))}`);
    await shot(page, `t2-drag-${phone ? 360 : 1366}`);
    await ctx.close();
  }
  await browser.close();
}
