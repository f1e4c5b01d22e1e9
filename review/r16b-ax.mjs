#!/usr/bin/env node
// Review 16b: the accessibility tree (CDP getFullAXTree) of a prerendered lesson without script, at step 1 and step 2,
// and what a second Enter / a tap on the step's title does. node review/r16b-ax.mjs [url]
import puppeteer from 'puppeteer-core';
const url = process.argv[2] ?? 'http://127.0.0.1:8726/public/langkah-kami/plain.html';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.setViewport({ width: 360, height: 640, deviceScaleFactor: 2 });
await page.setRequestInterception(true);
page.on('request', (r) => (/\/langkah[^/]*\.js/.test(r.url()) ? r.abort() : r.continue()));
await page.goto(url, { waitUntil: 'load' });
const cdp = await page.createCDPSession();
async function tree(label) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const out = [];
  const walk = (n, d) => {
    if (!n) return;
    const role = n.role?.value; const name = n.name?.value ?? '';
    const props = Object.fromEntries((n.properties ?? []).map((p) => [p.name, p.value.value]));
    if (!n.ignored && /heading|button|Disclosure|link|progressbar|article|region|group|StaticText|paragraph/.test(role) && !(role === 'StaticText' && (name.length > 50 || !name.trim())))
      out.push(`${'  '.repeat(Math.min(d, 8))}${role} "${name.slice(0, 80)}"${props.expanded !== undefined ? ' expanded=' + props.expanded : ''}${props.level ? ' level=' + props.level : ''}${props.focused ? ' FOCUSED' : ''}`);
    (n.childIds ?? []).forEach((c) => walk(byId.get(c), n.ignored ? d : d + 1));
  };
  walk(nodes[0], 0);
  const i = out.findIndex((l) => /Paragraf di atas/.test(l));
  const j = out.findIndex((l) => /Paragraf di bawah/.test(l));
  console.log(`== ${label}\n` + out.slice(i + 1, j).join('\n'));
}
const focused = () => page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return `${a.localName} ${a.parentElement?.dataset?.step ?? ''} open=${a.parentElement?.open}`; });
const shown = () => page.evaluate(() => { const r = document.querySelector('langkah-lesson').shadowRoot; return [...r.querySelectorAll('*')].filter((n) => !n.children.length && /^Langkah \d+ dari \d+$/.test(n.textContent.trim()) && n.checkVisibility()).map((n) => n.textContent.trim()).join(','); });
await tree('step 1 (as it arrives, no script)');
const tabNext = async () => { for (let i = 0; i < 10; i++) { await page.keyboard.press('Tab'); const t = await page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a.innerText?.trim(); }); if (/^Lanjut/.test(t)) return; } };
await tabNext(); await page.keyboard.press('Enter'); await new Promise((r) => setTimeout(r, 300));
await tree('step 2 after Tab + Enter on Lanjut');
console.log('focus', await focused(), 'shown', await shown());
await page.keyboard.press('Enter'); await new Promise((r) => setTimeout(r, 300));
console.log('after a SECOND Enter (focus unchanged):', await focused(), 'shown', await shown());
await tabNext(); await page.keyboard.press('Enter'); await tabNext(); await page.keyboard.press('Enter'); await new Promise((r) => setTimeout(r, 300));
console.log('moved on again:', await shown());
// a tap on the step's title (the open summary)
const h = await page.evaluateHandle(() => [...document.querySelector('langkah-lesson').shadowRoot.querySelectorAll('.pe [open] h3')][0]);
await h.asElement().click(); await new Promise((r) => setTimeout(r, 300));
console.log('after a tap on the title of the step:', await shown(), 'scrollY', await page.evaluate(() => scrollY));
await browser.close();
