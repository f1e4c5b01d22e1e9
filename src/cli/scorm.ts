/**
 * `langkah build <curriculum.yaml> --scorm 1.2|2004 --out course.zip`: the
 * course as a SCORM package an LMS such as Moodle imports. It holds the same
 * lessons and bundle as the offline course pack, one SCO (`scorm.html`, the
 * course page with the SCORM runtime) and `imsmanifest.xml`. See
 * docs/reporting.md for why one SCO and how to import it into Moodle.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { BuiltCurriculum, Lang } from '../content/schema.js';
import type { ScormVersion } from '../report/scorm/api.js';
import { buildPack, cdnDir } from './pack.js';
import type { LoadedCurriculum, LoadedModule } from './project.js';

const posix = (p: string) => p.split('\\').join('/');
const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [posix(relative(base, path))];
  });
}

/** The files a SCORM package needs from a course pack: no service worker, no trainer page, no offline-pack script. */
const SKIP = new Set(['sw.js', 'pack.js', 'index.html', 'trainer.html', 'manifest.webmanifest', '.langkah-build']);

const TEXT = {
  id: { noscript: 'Kursus ini perlu JavaScript. Nyalakan JavaScript di browser Anda.' },
  en: { noscript: 'This course needs JavaScript. Turn on JavaScript in your browser.' },
} satisfies Record<Lang, Record<string, string>>;

const scormHtml = (c: BuiltCurriculum, lang: Lang) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">
<title>${xml(c.title[lang])}</title>
<link rel="stylesheet" href="pack.css">
<script type="module" src="scorm.js"></script>
</head>
<body>
<header><h1>${xml(c.title[lang])}</h1><p>${xml(c.organiser)}</p></header>
<main>
  <p id="offline-status" role="status" aria-live="polite"></p>
  <noscript><p>${xml(TEXT[lang].noscript)}</p></noscript>
  <langkah-curriculum src="curriculum.json" lang="${lang}"></langkah-curriculum>
</main>
</body>
</html>
`;

/** The SCO's page script: restore from the LMS first, then start the elements on the restored progress. */
const scormJs = `// Connects the course to the LMS (SCORM), then loads Langkah.
import { startScorm } from './langkah/langkah-scorm.js';

await startScorm({ status: document.getElementById('offline-status') });
await import('./langkah/langkah.js');
`;

/** imsmanifest.xml for one SCO holding the whole course. */
export function manifest(c: BuiltCurriculum, version: ScormVersion, files: string[], lang: Lang): string {
  const id = `langkah-${c.id}-v${c.version}`;
  const title = xml(c.title[lang]);
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${c.version}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${title}</title>
      <item identifier="course-item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="scorm.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="${c.version}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${title}</title>
      <item identifier="course-item" identifierref="sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="scorm.html">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/** A zip that Langkah wrote holds imsmanifest.xml with a `langkah-` identifier: only such a file may be replaced. */
export function isOurPackage(file: string): boolean {
  try {
    const entries = unzipSync(readFileSync(file), { filter: (f) => f.name === 'imsmanifest.xml' });
    const text = new TextDecoder().decode(entries['imsmanifest.xml']);
    return /<manifest identifier="langkah-/.test(text);
  } catch {
    return false;
  }
}

export interface ScormReport {
  files: number;
  bytes: number;
}

/** Writes the SCORM package for `cur` to the zip file `out`. */
export function buildScorm(cur: LoadedCurriculum, modules: Map<string, LoadedModule>, version: ScormVersion, out: string): ScormReport {
  const cdn = cdnDir();
  const runtime = cdn && join(cdn, 'langkah-scorm.js');
  if (!runtime || !existsSync(runtime)) throw new Error('the SCORM runtime dist/cdn/langkah-scorm.js is missing: run "npm run build" first');
  if (existsSync(out) && !isOurPackage(out)) {
    throw new Error(`${out} exists and is not a SCORM package Langkah wrote: choose another --out file`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'langkah-scorm-'));
  try {
    const dir = join(tmp, 'pack');
    buildPack(cur, modules, dir);
    const built = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8')) as BuiltCurriculum;
    const lang: Lang = built.languages[0] ?? 'id';
    const zip: Zippable = {};
    for (const f of listFiles(dir)) if (!SKIP.has(f)) zip[f] = readFileSync(join(dir, f));
    zip['langkah/langkah-scorm.js'] = readFileSync(runtime);
    zip['scorm.html'] = strToU8(scormHtml(built, lang));
    zip['scorm.js'] = strToU8(scormJs);
    const files = Object.keys(zip).sort();
    zip['imsmanifest.xml'] = strToU8(manifest(built, version, files, lang));
    const data = zipSync(zip, { level: 9, mtime: new Date(Date.UTC(2026, 0, 1)) });
    writeFileSync(out, data);
    return { files: files.length + 1, bytes: data.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
