// The analyzer records `dispatchEvent(new LangkahXEvent(…))` as an event with
// no name; the names come from the JSDoc @event tags. Drop the nameless copies.
// It also lists `static properties` entries with `state: true` as attributes;
// they are private state, so their attributes are dropped too.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/internal/**'],
  litelement: true,
  plugins: [
    {
      name: 'langkah-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.events) d.events = d.events.filter((e) => e.name);
            const internal = new Set((d.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name));
            if (d.attributes) d.attributes = d.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
  ],
};
