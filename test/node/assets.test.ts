/**
 * Only safe files enter a build or a pack: pictures and sounds are regular
 * files inside the module folder (links followed), of an allowed type read
 * from their bytes and named for it, and an SVG holds nothing active. Each
 * refusal points at the reference in the lesson, `file:line:col`.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { copyAsset, sniff, svgProblem } from '../../src/cli/assets.js';
import { packCsp } from '../../src/cli/pack.js';
import { remoteOrigins } from '../../src/builder/pack-files.js';
import { lessonText, module, run, tree } from './helpers.js';

const ID = 'contoh/id/pelajaran.md';
const EN = 'contoh/en/pelajaran.md';

/** Smallest files of each type, as their first bytes. */
const PNG = Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 0, 1, 64, 0, 0, 0, 200]), Buffer.alloc(8)]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const GIF = Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1');
const WEBP = Buffer.concat([Buffer.from('RIFF\x00\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(20)]);
const MP3 = Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1');
const MP3_FRAME = Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0]);
const OGG = Buffer.from('OggS\x00\x02', 'latin1');
const M4A = Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypM4A \x00\x00\x00\x00M4A isom', 'latin1')]);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="10" height="10"/></svg>';
const HTML = '<!doctype html><script>localStorage.clear()</script>';

/** A module whose Indonesian lesson carries `extra` (starting on line 25) and whose folder holds `files`. */
function project(extra: string, files: Record<string, string | Buffer> = {}, links: Record<string, string> = {}) {
  const dir = module({ [ID]: lessonText('pelajaran', `\n${extra}\n`) });
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    symlinkSync(target, join(dir, path));
  }
  return dir;
}

async function check(dir: string) {
  const r = await run('check', join(dir, 'contoh'));
  return { ...r, lines: r.out.map((l) => l.split(dir).join('D')) };
}

describe('assets a lesson may use', () => {
  it('reads the type from the bytes, not from the name', () => {
    assert.equal(sniff(PNG), 'png');
    assert.equal(sniff(JPEG), 'jpeg');
    assert.equal(sniff(GIF), 'gif');
    assert.equal(sniff(WEBP), 'webp');
    assert.equal(sniff(MP3), 'mp3');
    assert.equal(sniff(MP3_FRAME), 'mp3');
    assert.equal(sniff(OGG), 'ogg');
    assert.equal(sniff(M4A), 'm4a');
    assert.equal(sniff(Buffer.from(SVG)), 'svg');
    assert.equal(sniff(Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- drawn by hand -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n${SVG}`)), 'svg');
    assert.equal(sniff(Buffer.from(HTML)), undefined);
    assert.equal(sniff(Buffer.from('<html><svg></svg></html>')), undefined);
    assert.equal(sniff(Buffer.from('just text')), undefined);
    assert.equal(sniff(Buffer.from([0xff, 0xfe, 0x3c, 0x00])), undefined, 'not UTF-8');
  });

  it('passes the SVGs that lessons use: shapes, text, styles, gradients by fragment, embedded raster pictures', () => {
    const ok = [
      SVG,
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><defs><linearGradient id="g"/></defs><rect fill="url(#g)"/><use xlink:href="#g"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><style>text{font:16px sans-serif;fill:url(#g)}</style><text x="1">Setelan &gt; Akun</text></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><metadata><rdf:RDF/></metadata><a href="#top"><circle r="2"/></a></svg>',
    ];
    for (const text of ok) assert.equal(svgProblem(text), undefined, text);
  });

  it('refuses an SVG that holds anything active or refers to another file', () => {
    const bad: [string, RegExp][] = [
      ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', /<script> element/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT xlink:href="x.js"/></svg>', /<SCRIPT> element/],
      ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml"><h:script>x</h:script></svg>', /HTML or MathML|<h:script>/],
      ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', /event attribute "onload"/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect ONCLICK = \'x()\'/></svg>', /event attribute "ONCLICK"/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div/></foreignObject></svg>', /<foreignObject> element/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><text>x</text></a></svg>', /reference to another file/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><a xlink:href="&#106;avascript:alert(1)"/></svg>', /reference to another file/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/p.png"/></svg>', /reference to another file, href="https:\/\/tracker/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><use href="other.svg#a"/></svg>', /reference to another file/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>', /reference to another file/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://x.example/a.svg#p)"/></svg>', /url\(https:/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(#a);</style></svg>', /@import/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[rect{fill:url("http://x.example/")}]]></style></svg>', /url\(http:/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="xlink:href" to="#b"/></svg>', /animation that changes "xlink:href"/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><animate values="java&#x09;script:alert(1)"/></svg>', /javascript: address/],
      ['<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>', /<!ENTITY>/],
      ['<?xml-stylesheet href="https://x.example/s.css"?><svg xmlns="http://www.w3.org/2000/svg"/>', /processing instruction "<\?xml-stylesheet"/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" <script/></svg>', /could not be read/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><iframe src="#x"/></svg>', /<iframe> element/],
      ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:m="http://www.w3.org/1998/Math/MathML"><m:math/></svg>', /HTML or MathML/],
      // A `<!--` inside CDATA opens no comment: the script after it is real markup.
      ['<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[ <!-- ]]></style><script>alert(1)</script><style><![CDATA[ --> ]]></style></svg>', /<script> element/],
      // CSS escapes and image-set() strings still name another file.
      ['<svg xmlns="http://www.w3.org/2000/svg"><style>@\\69mport "https://x.example/s.css";</style></svg>', /@import/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><style><![CDATA[@imp\\ort "https://x.example/s.css";]]></style></svg>', /@import/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\\72l(https://x.example/p)"/></svg>', /url\(https:/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="background:image-set(\'https://x.example/p.png\' 1x)"/></svg>', /image-set/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="onload" to="alert(1)"/></svg>', /animation that changes "onload"/],
      ['<svg xmlns="http://www.w3.org/2000/svg"><a href="#"><set attributeName="xml:base" to="https://x.example/"/></a></svg>', /animation that changes "xml:base"/],
    ];
    for (const [text, why] of bad) assert.match(svgProblem(text) ?? 'passed', why, text);
  });

  it('refuses a symlink out of the module (to /etc/passwd or a secret beside it), at the reference in the lesson', async () => {
    const dir = project('![Menu](images/menu.png)\n\n::audio[Dengar]{src="audio/rahasia.mp3"}', { 'kunci.mp3': MP3 }, {
      'contoh/id/images/menu.png': '/etc/passwd',
    });
    mkdirSync(join(dir, 'contoh/id/audio'));
    symlinkSync(resolve(dir, 'kunci.mp3'), join(dir, 'contoh/id/audio/rahasia.mp3'));
    const r = await check(dir);
    assert.equal(r.code, 1);
    assert.deepEqual(r.lines, [
      `D/${ID}:25:1  the file "images/menu.png" is a link to a file outside the module folder  (copy the file itself into the module folder: a build never follows a link out of the module)  [asset-link-outside]`,
      `D/${ID}:27:1  the file "audio/rahasia.mp3" is a link to a file outside the module folder  (copy the file itself into the module folder: a build never follows a link out of the module)  [asset-link-outside]`,
    ]);
  });

  it('follows a symlink that stays inside the module', async () => {
    const dir = project('![Menu](images/menu.svg)', { 'contoh/gambar/menu.svg': SVG }, { 'contoh/id/images/menu.svg': '../../gambar/menu.svg' });
    const r = await check(dir);
    assert.equal(r.code, 0, r.lines.join('\n'));
  });

  it('refuses a folder, an HTML page, and a type that is not a picture or sound, whatever its name', async () => {
    const dir = project(['![A](images)', '![B](halaman.html)', '![C](foto.png)', '![D](catatan.txt)'].join('\n\n'), {
      'contoh/id/images/x.svg': SVG,
      'contoh/id/halaman.html': HTML,
      'contoh/id/foto.png': HTML,
      'contoh/id/catatan.txt': 'teks',
    });
    const r = await check(dir);
    assert.equal(r.code, 1);
    const hint = '(use a PNG, JPEG, WebP, GIF or SVG picture, or an MP3, Ogg/Opus or M4A sound; the build reads the type from the file itself, not from its name)';
    assert.deepEqual(r.lines, [
      `D/${ID}:25:1  "images" is not an ordinary file  (point at a picture or sound file, not at a folder or a device)  [asset-not-file]`,
      `D/${ID}:27:1  the file "halaman.html" is not a picture or sound that a lesson can use  ${hint}  [asset-type]`,
      `D/${ID}:29:1  the file "foto.png" is not a picture or sound that a lesson can use  ${hint}  [asset-type]`,
      `D/${ID}:31:1  the file "catatan.txt" is not a picture or sound that a lesson can use  ${hint}  [asset-type]`,
    ]);
  });

  it('refuses a picture whose name is of another type (a PNG named .html would be served as a page)', async () => {
    const dir = project('![A](gambar.html)\n\n![B](foto.jpg)', { 'contoh/id/gambar.html': PNG, 'contoh/id/foto.jpg': PNG });
    const r = await check(dir);
    assert.deepEqual(r.lines, [
      `D/${ID}:25:1  the file "gambar.html" is a PNG picture, but its name ends in ".html"  (rename it to end in .png: web hosts choose how to serve a file by its name)  [asset-name]`,
      `D/${ID}:27:1  the file "foto.jpg" is a PNG picture, but its name ends in ".jpg"  (rename it to end in .png: web hosts choose how to serve a file by its name)  [asset-name]`,
    ]);
  });

  it('refuses a sound as a picture and a picture as a sound', async () => {
    const dir = project('![A](suara.mp3)\n\n::audio[Dengar]{src="gambar.gif"}', { 'contoh/id/suara.mp3': MP3, 'contoh/id/gambar.gif': GIF });
    const r = await check(dir);
    assert.deepEqual(r.lines, [
      `D/${ID}:25:1  the file "suara.mp3" is an MP3 sound, but an image needs a picture  (point at the right file)  [asset-use]`,
      `D/${ID}:27:1  the file "gambar.gif" is a GIF picture, but ::audio needs a sound  (point at the right file)  [asset-use]`,
    ]);
  });

  it('refuses an unsafe SVG at the image, naming what is wrong', async () => {
    const dir = project('![Menu](menu.svg)', { 'contoh/id/menu.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="localStorage.clear()"/>' });
    const r = await check(dir);
    assert.deepEqual(r.lines, [
      `D/${ID}:25:1  the picture "menu.svg" contains an event attribute "onload", which a lesson picture may not have  (draw it again without it, save it as plain SVG (e.g. Inkscape "Optimized SVG") or export a PNG: pictures cannot run scripts or load other files)  [svg-unsafe]`,
    ]);
  });

  it('refuses a file whose name holds "#", "?", "%" or a space, however the lesson writes it, saying which characters', async () => {
    const dir = project(['![A](menu#1.png)', '![B](menu%231.png)', '![C](apa%3F.png)', '![D](diskon%2550.png)', '![E](foto%20saya.png)', '::audio[Dengar]{src="rekaman%20baru/suara.mp3"}'].join('\n\n'), {
      'contoh/id/menu#1.png': PNG,
      'contoh/id/apa?.png': PNG,
      'contoh/id/diskon%50.png': PNG,
      'contoh/id/foto saya.png': PNG,
      'contoh/id/rekaman baru/suara.mp3': MP3,
    });
    const r = await check(dir);
    assert.equal(r.code, 1);
    const hint = '(rename the file (and any folder on its path) with letters, digits, "-", "_" and "." only, and write the new name here)  [asset-name-chars]';
    assert.deepEqual(r.lines, [
      `D/${ID}:25:1  the path of the file "menu#1.png" holds "#", which a web address cannot carry as it is  ${hint}`,
      `D/${ID}:27:1  the path of the file "menu%231.png" holds "#", which a web address cannot carry as it is  ${hint}`,
      `D/${ID}:29:1  the path of the file "apa%3F.png" holds "?", which a web address cannot carry as it is  ${hint}`,
      `D/${ID}:31:1  the path of the file "diskon%2550.png" holds "%", which a web address cannot carry as it is  ${hint}`,
      `D/${ID}:33:1  the path of the file "foto%20saya.png" holds a space, which a web address cannot carry as it is  ${hint}`,
      `D/${ID}:35:1  the path of the file "rekaman%20baru/suara.mp3" holds a space, which a web address cannot carry as it is  ${hint}`,
    ]);
  });

  it('refuses a relative link to a page or any file that is not a picture or sound; a fragment link names no file', async () => {
    const dir = project('Lihat [halaman ini](halaman.html), [pelatih](../../../trainer.html) dan [atas](#atas).', { 'contoh/id/halaman.html': HTML });
    const r = await check(dir);
    assert.deepEqual(r.lines, [
      `D/${ID}:25:7  the file "halaman.html" is not a picture or sound that a lesson can use  (use a PNG, JPEG, WebP, GIF or SVG picture, or an MP3, Ogg/Opus or M4A sound; the build reads the type from the file itself, not from its name)  [asset-type]`,
      `D/${ID}:25:36  the file "../../../trainer.html" is outside the module folder  (keep pictures and sounds inside the module folder so they travel with it)  [asset-outside]`,
    ]);
  });

  it('accepts every allowed type, and builds only those files; a link to a picture points at its copy', async () => {
    const files: Record<string, Buffer> = {
      'a.png': PNG, 'b.jpeg': JPEG, 'c.gif': GIF, 'd.webp': WEBP, 'e.svg': Buffer.from(SVG), 'f.mp3': MP3_FRAME, 'g.opus': OGG, 'h.m4a': M4A,
    };
    const images = Object.keys(files).filter((f) => !/mp3|opus|m4a/.test(f));
    const extra = [
      ...images.map((f) => `![Gambar ${f}](media/${f})`),
      '::audio[Dengar]{src="media/f.mp3"}',
      'Dengar [rekaman](media/g.opus) atau [ini](media/h.m4a), lihat [gambar besar](media/a.png#besar).',
    ].join('\n\n');
    const dir = project(extra, Object.fromEntries(Object.entries(files).map(([f, b]) => [`contoh/id/media/${f}`, b])));
    writeFileSync(join(dir, 'contoh/id/media/halaman.html'), HTML);
    const checked = await check(dir);
    assert.equal(checked.code, 0, checked.lines.join('\n'));
    const out = join(tree({}), 'out');
    const built = await run('build', join(dir, 'contoh'), '--out', out);
    assert.equal(built.code, 0, built.err.join('\n'));
    for (const f of Object.keys(files)) assert.ok(existsSync(join(out, 'assets/contoh/id/media', f)), f);
    assert.ok(!existsSync(join(out, 'assets/contoh/id/media/halaman.html')), 'a file no lesson uses stays out');
    const json = readFileSync(join(out, 'id/contoh/pelajaran.json'), 'utf8');
    assert.match(json, /"href":"\.\.\/\.\.\/assets\/contoh\/id\/media\/g\.opus"/);
    assert.match(json, /"href":"\.\.\/\.\.\/assets\/contoh\/id\/media\/a\.png"/);
    // The English lesson, untouched, still builds.
    assert.ok(existsSync(join(out, 'en/contoh/pelajaran.json')), EN);
  });

  it('copies only the bytes it checked again: a file swapped for a page after the check is refused', () => {
    const dir = project('', { 'contoh/id/a.png': PNG });
    copyAsset(join(dir, 'contoh'), 'id/a.png', join(dir, 'copy.png'));
    assert.deepEqual(readFileSync(join(dir, 'copy.png')), PNG);
    writeFileSync(join(dir, 'contoh/id/a.png'), HTML);
    assert.throws(() => copyAsset(join(dir, 'contoh'), 'id/a.png', join(dir, 'copy2.png')), /no longer a safe picture or sound/);
    assert.ok(!existsSync(join(dir, 'copy2.png')));
  });
});

describe("a pack's Content-Security-Policy", () => {
  it('adds exactly the web origins whose pictures and sounds its lessons use, and nothing when they use none', async () => {
    const dir = project('![Foto](https://cdn.example.org/foto.png)\n\n::audio[Dengar]{src="https://media.example.org/a.mp3"}');
    writeFileSync(join(dir, 'kelas.yaml'), 'id: kelas\nversion: 1\ntitle:\n  id: Kelas\n  en: Class\norganiser: Uji\nlanguages: [id, en]\nmodules:\n  - module: contoh\n');
    // The pack goes beside the project: --out may not lie inside a folder of sources.
    const out = `${dir}-pack`;
    const built = await run('build', join(dir, 'kelas.yaml'), '--out', out);
    assert.equal(built.code, 0, [...built.out, ...built.err].join('\n'));
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readFileSync(join(out, 'index.html'), 'utf8'))![1];
    assert.match(csp!, /; img-src 'self' https:\/\/cdn\.example\.org; media-src 'self' https:\/\/media\.example\.org; /);
    assert.equal(packCsp(), packCsp({ img: [], media: [] }));
    assert.doesNotMatch(packCsp(), /https?:|\*|unsafe|data:/);
  });

  it('lets in a picture written from another host without a scheme (//host/x.png), in the page\'s own scheme (review 10b, F7)', () => {
    const lesson = { steps: [{ blocks: [{ t: 'image', src: '//cdn.example.net:8443/b.png' }, { t: 'image', src: '//x"; script-src *' }] }] };
    assert.deepEqual(remoteOrigins([lesson]).img, ['cdn.example.net:8443']);
  });
});
