/**
 * YAML with positions: every value can be traced back to its line and column,
 * so a problem in `module.yaml`, a curriculum or a lesson's frontmatter points
 * at the exact place to fix.
 */
import { LineCounter, parseDocument, isCollection, isNode, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import { LIMITS } from './limits.js';
import { problem, type Problem } from './errors.js';
import type { Path, Pos } from './issues.js';

export interface ParsedYaml {
  data: unknown;
  problems: Problem[];
  /**
   * Position of the entry at `path` (its key, for a map entry), or of its
   * nearest ancestor when the path does not exist.
   */
  locate(path: Path, key?: boolean): Pos;
}

/**
 * An unclosed quote runs on to the end of the text, where the YAML parser
 * notices it; point instead at the quote that was opened and never closed.
 */
function quoteStart(text: string, errorAt: number): number | undefined {
  let offset = 0;
  let open: number | undefined;
  for (const line of text.slice(0, errorAt).split('\n')) {
    const m = /^(\s*(?:-\s+)?(?:[^\s#:][^:#]*:\s+)?)(["'])/.exec(line);
    if (m && open === undefined) {
      const quote = m[2]!;
      const rest = line.slice(m[1]!.length + 1);
      if (!rest.includes(quote)) open = offset + m[1]!.length;
    }
    offset += line.length + 1;
  }
  return open;
}

/**
 * Parses YAML text; `lineOffset` shifts positions when the text is a slice of
 * a bigger file (a lesson's frontmatter).
 */
export function parseYaml(text: string, file?: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const posAt = (offset: number): Pos => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, col };
  };
  // Brackets nested thousands deep overflow the yaml library's stack: one plain problem, not a flood of follow-ups
  // with a hint about a missing space (review 10, F3).
  // Past LIMITS.yamlDepth, the same problem at the first list or map too deep, whatever the stack allows.
  let tooDeep = doc.errors.find((e) => /call stack/i.test(e.message))?.pos[0];
  if (tooDeep === undefined) {
    try {
      visit(doc, {
        Collection(_, node, path) {
          if (path.filter(isCollection).length < LIMITS.yamlDepth) return;
          tooDeep = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
    } catch {
      tooDeep = 0;
    }
  }
  if (tooDeep !== undefined) {
    const at = posAt(tooDeep);
    return { data: undefined, problems: [problem('yaml-deep', { file, ...at }, { max: LIMITS.yamlDepth })], locate: () => at };
  }
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => {
    const detail = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (e.code === 'DUPLICATE_KEY') {
      return problem('key-duplicate', { file, ...posAt(e.pos[0]) }, { value: /^[^:\n]*/.exec(text.slice(e.pos[0]))![0].trim().replace(/^["']|["']$/g, '') || detail });
    }
    return problem('yaml-syntax', { file, ...posAt((/quote/i.test(detail) && quoteStart(text, e.pos[0])) || e.pos[0]) }, { detail });
  });

  const nodeAt = (path: Path, wantKey: boolean): Node | undefined => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isNode(p.key) ? (p.key as { value?: unknown }).value : p.key) === key);
        if (!pair) return undefined;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        keyNode = undefined;
        node = node.items[key];
      } else return undefined;
    }
    // A scalar value is the precise place; a map or list is best shown by its key.
    const found = !wantKey && isScalar(node) ? node : (keyNode ?? node);
    return isNode(found) ? found : undefined;
  };
  const locate = (path: Path, key = false) => {
    for (let n = path.length; n >= 0; n--) {
      const node = nodeAt(path.slice(0, n), key && n === path.length);
      if (node?.range) return posAt(node.range[0]);
    }
    return posAt(0);
  };
  let data: unknown;
  // A key written twice is an error, but the rest of the file is still worth checking.
  if (!problems.some((p) => p.severity === 'error' && p.code !== 'key-duplicate')) {
    try {
      data = doc.toJS();
    } catch {
      // The yaml library refuses an alias bomb ("billion laughs") by throwing: report it at the first alias.
      let at = 0;
      visit(doc, {
        Alias(_, node) {
          at = node.range?.[0] ?? 0;
          return visit.BREAK;
        },
      });
      problems.push(problem('yaml-aliases', { file, ...posAt(at) }));
    }
  }
  return { data, problems, locate };
}
