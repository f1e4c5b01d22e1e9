import { writePages, coldLoad, launch, PROFILES } from './prerender.mjs';
import { serve } from './lib.mjs';
const pages = await writePages();
const server = await serve('.', ['--cache-bundle']);
const browser = await launch();
try {
  for (const [name, path] of Object.entries(pages)) {
    try { const r = await coldLoad(browser, server.url, PROFILES['3g-400ms'], path); console.log(name, Math.round(r.readable), Math.round(r.responsive), r.cls); }
    catch (e) { console.log(name, 'FAILED', e.message); }
  }
} finally { await browser.close(); server.stop(); }
