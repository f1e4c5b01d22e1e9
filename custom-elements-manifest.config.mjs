// The analyzer records `dispatchEvent(new LangkahXEvent(…))` as an event with
// no name; the names come from the JSDoc @event tags. Drop the nameless copies.
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
          }
        }
      },
    },
  ],
};
