// Types of the rollup plugin, for test/node/minify-js.test.ts.
import type { MinifyOptions } from 'terser';

export default function minifyJsPlugin(options: MinifyOptions): {
  name: string;
  renderChunk(
    this: { parse(code: string): unknown },
    code: string,
    chunk: unknown,
    output: { sourcemap?: boolean | 'inline' | 'hidden' },
  ): Promise<{ code: string; map?: unknown }>;
};
