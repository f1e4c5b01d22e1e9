/**
 * `langkah build <curriculum.yaml> --scorm 1.2|2004 --out course.zip`: the
 * course as a SCORM package an LMS such as Moodle imports. It holds the same
 * lessons and bundle as the offline course pack, one SCO (`scorm.html`, the
 * course page with the SCORM runtime) and `imsmanifest.xml`.
 * `--cmi5` writes the same with one cmi5 Assignable Unit (`cmi5.html`) and
 * `cmi5.xml` instead. See docs/reporting.md for why one SCO / AU and how to
 * import the package into Moodle.
 */
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { BuiltCurriculum, Lang } from '../content/schema.js';
import type { ScormVersion } from '../report/scorm/api.js';
import { buildPack, cdnDir } from './pack.js';
import type { LoadedCurriculum, LoadedModule } from './project.js';
import { OutRefused } from './out-dir.js';

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

/** What differs between a SCORM and a cmi5 package. */
export type PackageKind = ScormVersion | 'cmi5';
const launchName = (kind: PackageKind) => (kind === 'cmi5' ? 'cmi5' : 'scorm');

const launchHtml = (c: BuiltCurriculum, lang: Lang, kind: PackageKind) => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'">
<title>${xml(c.title[lang])}</title>
<link rel="stylesheet" href="pack.css">
<script type="module" src="${launchName(kind)}.js"></script>
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

/** The launch page's script: connect to the LMS (and restore from it) first, then start the elements. */
const launchJs = (kind: PackageKind) =>
  kind === 'cmi5'
    ? `// Connects the course to the LMS (cmi5), then loads Langkah.
import { startCmi5 } from './langkah/langkah-cmi5.js';

await startCmi5({ status: document.getElementById('offline-status') });
await import('./langkah/langkah.js');
`
    : `// Connects the course to the LMS (SCORM), then loads Langkah.
import { startScorm } from './langkah/langkah-scorm.js';

await startScorm({ status: document.getElementById('offline-status') });
await import('./langkah/langkah.js');
`;

/**
 * cmi5.xml: one Assignable Unit for the course. Its id is an IRI made from
 * the course id (the LMS uses it as the activity id); it moves on when the
 * course is completed and, with a pass mark, passed.
 */
export function courseStructure(c: BuiltCurriculum, base: string): string {
  const course = `${base.replace(/\/+$/, '')}/course/${encodeURIComponent(c.id)}`;
  const strings = (m: Record<string, string | undefined>) =>
    Object.entries(m)
      .filter(([, v]) => v)
      .map(([lang, v]) => `<langstring lang="${lang}">${xml(v!)}</langstring>`)
      .join('');
  const description = c.description ? strings(c.description) : strings(c.title);
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xml(course)}">
    <title>${strings(c.title)}</title>
    <description>${description}</description>
  </course>
  <au id="${xml(course)}/au" moveOn="${c.pass === undefined ? 'Completed' : 'CompletedAndPassed'}"${c.pass === undefined ? '' : ` masteryScore="${(c.pass / 100).toFixed(2)}"`} launchMethod="AnyWindow">
    <title>${strings(c.title)}</title>
    <description>${description}</description>
    <url>cmi5.html</url>
  </au>
</courseStructure>
`;
}

/** imsmanifest.xml for one SCO holding the whole course. */
export function manifest(c: BuiltCurriculum, version: ScormVersion, files: string[], lang: Lang): string {
  const title = xml(c.title[lang]);
  // The two versions differ in their namespaces, schema version and the case of one attribute.
  const head =
    version === '1.2'
      ? `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`
      : `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="langkah-${c.id}-v${c.version}" version="${c.version}"
  ${head}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${version === '1.2' ? '1.2' : '2004 4th Edition'}</schemaversion>
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
    <resource identifier="sco" type="webcontent" adlcp:${version === '1.2' ? 'scormtype' : 'scormType'}="sco" href="scorm.html">
${files.map((f) => `      <file href="${xml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * A zip that Langkah wrote holds imsmanifest.xml with a `langkah-` identifier,
 * or cmi5.xml with Langkah's launch page: only such a file may be replaced.
 */
export function isOurPackage(file: string): boolean {
  try {
    const entries = unzipSync(readFileSync(file), { filter: (f) => f.name === 'imsmanifest.xml' || f.name === 'cmi5.xml' });
    const text = (name: string) => (entries[name] ? new TextDecoder().decode(entries[name]) : '');
    return /<manifest identifier="langkah-/.test(text('imsmanifest.xml')) || /<url>cmi5\.html<\/url>/.test(text('cmi5.xml'));
  } catch {
    return false;
  }
}

export interface LmsPackageReport {
  files: number;
  bytes: number;
}

/**
 * Writes the SCORM (`1.2`, `2004`) or cmi5 package for `cur` to the zip file
 * `out`; `base` is the IRI the cmi5 course and AU ids are made under.
 */
export function buildLmsPackage(cur: LoadedCurriculum, modules: Map<string, LoadedModule>, kind: PackageKind, out: string, base = 'https://langkah.invalid'): LmsPackageReport {
  // Refusals about --out are OutRefused (exit 2), as for a folder; a link is never written through (review 10b, F5).
  let link: ReturnType<typeof lstatSync> | undefined;
  try {
    link = lstatSync(out);
  } catch {
    // Nothing there yet.
  }
  if (link?.isSymbolicLink()) throw new OutRefused(`--out ${out} is a link; choose a file name of its own, e.g. --out course.zip`);
  if (link?.isDirectory()) throw new OutRefused(`--out ${out} is a folder; choose a file name, e.g. --out course.zip`);
  if (link && !isOurPackage(out)) throw new OutRefused(`--out ${out} exists and is not a package Langkah wrote; choose another --out file`);
  const cdn = cdnDir();
  const name = `langkah-${launchName(kind)}.js`;
  const runtime = cdn && join(cdn, name);
  if (!runtime || !existsSync(runtime)) throw new Error(`the ${kind === 'cmi5' ? 'cmi5' : 'SCORM'} runtime dist/cdn/${name} is missing: run "npm run build" first`);
  const tmp = mkdtempSync(join(tmpdir(), 'langkah-scorm-'));
  try {
    const dir = join(tmp, 'pack');
    buildPack(cur, modules, dir);
    const built = JSON.parse(readFileSync(join(dir, 'curriculum.json'), 'utf8')) as BuiltCurriculum;
    const lang: Lang = built.languages[0] ?? 'id';
    const zip: Zippable = {};
    for (const f of listFiles(dir)) if (!SKIP.has(f)) zip[f] = readFileSync(join(dir, f));
    zip[`langkah/${name}`] = readFileSync(runtime);
    zip[`${launchName(kind)}.html`] = strToU8(launchHtml(built, lang, kind));
    zip[`${launchName(kind)}.js`] = strToU8(launchJs(kind));
    const files = Object.keys(zip).sort();
    if (kind === 'cmi5') zip['cmi5.xml'] = strToU8(courseStructure(built, base));
    else zip['imsmanifest.xml'] = strToU8(manifest(built, kind, files, lang));
    const data = zipSync(zip, { level: 9, mtime: new Date(Date.UTC(2026, 0, 1)) });
    writeFileSync(out, data);
    return { files: files.length + 1, bytes: data.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
