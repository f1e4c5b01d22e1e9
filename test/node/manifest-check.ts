/**
 * A structure check of a SCORM package's imsmanifest.xml, run inside a real
 * browser so that a real XML parser (DOMParser) reads it: namespaces are
 * resolved as an LMS's parser resolves them, not matched as text.
 *
 * The official XSD files are checked in scorm-schema.test.ts; this checks
 * what they cannot (references, the files of the zip) and what an LMS relies
 * on when it imports a one-SCO package:
 *
 * - well-formed XML, the root `manifest` in the version's CP namespace;
 * - `metadata`, `organizations`, `resources` in that order, `schema` ADL SCORM
 *   and the version's `schemaversion`;
 * - every `identifier` unique and an XML NCName (xs:ID);
 * - `organizations@default` names an organization; every item has a title,
 *   and its `identifierref` names a resource; `isvisible` is a boolean;
 * - each resource is `webcontent` with `scormtype` (1.2) or `scormType`
 *   (2004) in the adlcp namespace, and its `href` among its files;
 * - every `file@href` a relative path inside the package, listed once and
 *   present; every file of the package (but the manifest) listed;
 * - no mastery score (Langkah's course sets none on purpose).
 *
 * In-page code is a plain JavaScript string: test code compiled for Node
 * must not leak into the page.
 */
export const CHECK_MANIFEST = `
window.__checkManifest = (text, version, files) => {
  const problems = [];
  const CP = version === '1.2' ? 'http://www.imsproject.org/xsd/imscp_rootv1p1p2' : 'http://www.imsglobal.org/xsd/imscp_v1p1';
  const ADLCP = version === '1.2' ? 'http://www.adlnet.org/xsd/adlcp_rootv1p2' : 'http://www.adlnet.org/xsd/adlcp_v1p3';
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length) return ['not well-formed XML: ' + doc.getElementsByTagName('parsererror')[0].textContent.slice(0, 200)];
  const root = doc.documentElement;
  if (root.localName !== 'manifest' || root.namespaceURI !== CP) return ['the root is {' + root.namespaceURI + '}' + root.localName + ', not {' + CP + '}manifest'];
  const kids = (el, name) => [...el.children].filter((c) => c.namespaceURI === CP && (!name || c.localName === name));
  const own = (el) => [...el.children].map((c) => (c.namespaceURI === CP ? '' : '{' + c.namespaceURI + '}') + c.localName);
  const order = own(root).join(' ');
  if (order !== 'metadata organizations resources') problems.push('manifest holds ' + order + ', not metadata organizations resources');
  const metadata = kids(root, 'metadata')[0];
  const schema = metadata && kids(metadata, 'schema')[0];
  const schemaversion = metadata && kids(metadata, 'schemaversion')[0];
  if (schema?.textContent !== 'ADL SCORM') problems.push('metadata/schema is ' + schema?.textContent);
  const wanted = version === '1.2' ? '1.2' : '2004 4th Edition';
  if (schemaversion?.textContent !== wanted) problems.push('metadata/schemaversion is ' + schemaversion?.textContent + ', not ' + wanted);
  const ids = [...doc.querySelectorAll('[identifier]')].map((e) => e.getAttribute('identifier'));
  for (const id of ids) if (!/^[A-Za-z_][\\w.-]*$/.test(id)) problems.push('identifier ' + id + ' is not an NCName');
  if (new Set(ids).size !== ids.length) problems.push('identifiers repeat: ' + ids.join(' '));
  const organizations = kids(root, 'organizations')[0];
  const resources = kids(root, 'resources')[0];
  if (!organizations || !resources) return [...problems, 'organizations or resources missing'];
  const orgs = kids(organizations, 'organization');
  if (!orgs.length) problems.push('no organization');
  if (!orgs.some((o) => o.getAttribute('identifier') === organizations.getAttribute('default'))) problems.push('organizations@default ' + organizations.getAttribute('default') + ' names no organization');
  const res = kids(resources, 'resource');
  const resIds = new Set(res.map((r) => r.getAttribute('identifier')));
  for (const org of orgs) {
    if (own(org)[0] !== 'title' || !kids(org, 'title')[0].textContent.trim()) problems.push('organization ' + org.getAttribute('identifier') + ' does not start with a title');
    const items = [...org.getElementsByTagNameNS(CP, 'item')];
    if (!items.length) problems.push('organization ' + org.getAttribute('identifier') + ' has no item');
    for (const item of items) {
      const name = item.getAttribute('identifier');
      if (own(item)[0] !== 'title' || !kids(item, 'title')[0].textContent.trim()) problems.push('item ' + name + ' does not start with a title');
      const ref = item.getAttribute('identifierref');
      if (ref !== null && !resIds.has(ref)) problems.push('item ' + name + ' refers to resource ' + ref + ', which is not there');
      if (ref === null && !kids(item, 'item').length) problems.push('item ' + name + ' is a leaf without a resource');
      const visible = item.getAttribute('isvisible');
      if (visible !== null && !/^(true|false)$/.test(visible)) problems.push('item ' + name + ' isvisible=' + visible);
    }
  }
  const present = new Set(files.filter((f) => f !== 'imsmanifest.xml'));
  const listed = new Set();
  for (const r of res) {
    const name = r.getAttribute('identifier');
    if (r.getAttribute('type') !== 'webcontent') problems.push('resource ' + name + ' type=' + r.getAttribute('type'));
    const kind = r.getAttributeNS(ADLCP, version === '1.2' ? 'scormtype' : 'scormType');
    if (kind !== 'sco' && kind !== 'asset') problems.push('resource ' + name + ' has no adlcp:' + (version === '1.2' ? 'scormtype' : 'scormType') + ' in the adlcp namespace (' + kind + ')');
    const hrefs = kids(r, 'file').map((f) => f.getAttribute('href'));
    if (r.getAttribute('href') && !hrefs.includes(r.getAttribute('href'))) problems.push('resource ' + name + ' launches ' + r.getAttribute('href') + ', which it does not list as a file');
    for (const href of hrefs) {
      if (!href || /^[a-z][\\w+.-]*:|^\\/|(^|\\/)\\.\\.(\\/|$)|\\\\|\\s/i.test(href)) problems.push('file href ' + href + ' is not a plain relative path inside the package');
      if (listed.has(href)) problems.push('file ' + href + ' listed twice');
      listed.add(href);
      if (!present.has(decodeURIComponent(href))) problems.push('file ' + href + ' is listed but not in the package');
    }
  }
  for (const f of present) if (!listed.has(f) && !listed.has(encodeURI(f))) problems.push('file ' + f + ' is in the package but not listed');
  if (doc.getElementsByTagNameNS(ADLCP, 'masteryscore').length) problems.push('a mastery score is set');
  return problems;
};`;
