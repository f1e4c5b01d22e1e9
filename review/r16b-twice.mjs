// Review 16b: writes twice.html (kode-otp pasted twice, host ids and a host details name="pe") beside plain.html.
import { readFileSync, writeFileSync } from 'node:fs';
const k = process.argv[2];
const f = readFileSync(`${k}/id/kunci-akun/kode-otp.html`, 'utf8');
const p = readFileSync(`${k}/plain.html`, 'utf8')
  .replace('<p id="above">', `${f}<p id="above">`)
  .replace('<p id="below">', '<div id="counter">HOST COUNTER</div><h3 id="ask">host</h3><details name="pe" data-step="1"><summary>Host details</summary>host</details><p id="below">');
writeFileSync(`${k}/twice.html`, p);
