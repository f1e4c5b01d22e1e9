// Types of the rollup plugin, for test/node/prerender.test.ts.
export default function minifyHtmlPlugin(): {
  name: string;
  renderChunk(code: string, chunk: { name: string; isEntry: boolean; fileName: string }): { code: string; map: object } | null;
};
