/**
 * What the config editor knows about OTTL: highlighting (YAML keys and comments, and inside them
 * OTTL functions, paths, enums, strings, numbers and keywords), completion (functions with their
 * signatures, context-prefixed paths then that context's fields, enum names, named arguments) and
 * diagnostics shown as underlines with the message and "did you mean" on hover.
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import vocabulary from 'virtual:vocabulary';
import type { FunctionInfo, PlaygroundDiagnostic } from './engine.js';

// ---------------------------------------------------------------- highlighting

interface ModeState {
  /** Still at the start of a line (YAML key position). */
  lineStart: boolean;
}

const KEYWORDS = new Set(['where', 'and', 'or', 'not', 'nil', 'true', 'false']);
const CONTEXT_NAMES = Object.keys(vocabulary);

/** A stream mode: YAML structure with OTTL tokens in values. */
const ottlYaml = StreamLanguage.define<ModeState>({
  name: 'ottl-yaml',
  startState: () => ({ lineStart: true }),
  token(stream: StringStream, state: ModeState): string | null {
    if (stream.sol()) state.lineStart = true;
    if (stream.eatSpace()) return null;
    if (stream.match(/^#.*/)) return 'comment';
    if (state.lineStart) {
      state.lineStart = false;
      if (stream.match(/^-(?=\s)/)) {
        state.lineStart = true;
        return 'punctuation';
      }
      if (stream.match(/^[A-Za-z0-9_./-]+(?=\s*:(\s|$))/)) return 'propertyName';
    }
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^'(?:[^']|'')*'?/)) return 'string';
    if (stream.match(/^0x[0-9A-Fa-f]+/) || stream.match(/^-?\d+(\.\d+)?([eE][+-]?\d+)?/)) return 'number';
    if (stream.match(/^[A-Z][A-Z0-9_]*(?![A-Za-z0-9_(])/)) return 'atom';
    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/) as RegExpMatchArray | null;
    if (word) {
      if (stream.peek() === '(') return 'variableName.function';
      if (KEYWORDS.has(word[0])) return 'keyword';
      if (stream.peek() === '.' && CONTEXT_NAMES.includes(word[0])) return 'namespace';
      return 'variableName';
    }
    if (stream.match(/^(==|!=|<=|>=|[<>+\-*/=:])/)) return 'operator';
    stream.next();
    return null;
  },
  tokenTable: {},
});

const highlight = HighlightStyle.define([
  { tag: t.comment, class: 'tok-comment' },
  { tag: t.propertyName, class: 'tok-key' },
  { tag: t.string, class: 'tok-string' },
  { tag: t.number, class: 'tok-number' },
  { tag: t.atom, class: 'tok-enum' },
  { tag: t.keyword, class: 'tok-keyword' },
  { tag: t.function(t.variableName), class: 'tok-function' },
  { tag: t.namespace, class: 'tok-context' },
  { tag: t.variableName, class: 'tok-path' },
  { tag: t.operator, class: 'tok-operator' },
]);

// ---------------------------------------------------------------- completion

/** The innermost call the cursor is inside and the argument index, from the line's text. */
function enclosingCall(before: string): string | null {
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) {
        if (c === '[') return null;
        const m = /([A-Za-z_][A-Za-z0-9_]*)$/.exec(before.slice(0, i));
        return m ? m[1] : null;
      }
      depth--;
    }
  }
  return null;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The completion source for one processor kind's functions. */
export function ottlCompletion(functions: () => readonly FunctionInfo[]) {
  return (cx: CompletionContext): CompletionResult | null => {
    const line = cx.state.doc.lineAt(cx.pos);
    const before = line.text.slice(0, cx.pos - line.from);
    // Inside a string or a comment: nothing to offer.
    if ((before.match(/"/g)?.length ?? 0) % 2 === 1 || /(^|\s)#/.test(before)) return null;
    const path = /([a-z_]+)\.([a-z_.]*)$/.exec(before);
    if (path !== null && vocabulary[path[1]] !== undefined) {
      const ctx = path[1];
      const from = cx.pos - path[2].length;
      const typed = `${ctx}.${path[2]}`;
      const seen = new Set<string>();
      const options: Completion[] = [];
      for (const p of vocabulary[ctx].paths) {
        const plain = p.endsWith('[]') ? p.slice(0, -2) : p;
        if (!plain.startsWith(`${ctx}.`) || !plain.startsWith(typed.slice(0, typed.lastIndexOf('.') + 1))) continue;
        const rest = plain.slice(ctx.length + 1);
        if (seen.has(rest)) continue;
        seen.add(rest);
        options.push({ label: rest, type: 'property', detail: p.endsWith('[]') ? 'keyed' : undefined });
      }
      return { from, options, validFor: /^[a-z_.]*$/ };
    }
    const word = cx.matchBefore(/[A-Za-z_][A-Za-z0-9_]*/);
    if (word === null && !cx.explicit) return null;
    const from = word?.from ?? cx.pos;
    const options: Completion[] = [];
    for (const f of functions()) {
      options.push({ label: f.name, type: 'function', detail: f.signature.slice(f.name.length), info: f.description, apply: `${f.name}(`, boost: 1 });
    }
    for (const ctx of CONTEXT_NAMES) options.push({ label: `${ctx}.`, type: 'namespace', detail: 'context', boost: 2 });
    const enums = new Set<string>();
    for (const v of Object.values(vocabulary)) for (const e of v.enums) enums.add(e);
    for (const e of enums) options.push({ label: e, type: 'enum' });
    const call = enclosingCall(before);
    const fn = call === null ? undefined : functions().find((f) => f.name === call);
    if (fn !== undefined) {
      for (const p of fn.params) options.push({ label: `${camel(p.name)} = `, type: 'variable', detail: `${p.kind}${p.optional ? ' (optional)' : ''}`, info: p.doc, boost: 3 });
    }
    for (const k of ['where', 'and', 'or', 'not', 'nil', 'true', 'false']) options.push({ label: k, type: 'keyword' });
    return { from, options, validFor: /^[A-Za-z0-9_]*$/ };
  };
}

/** Highlighting and completion for the config editor. */
export function ottlSupport(functions: () => readonly FunctionInfo[]) {
  return [ottlYaml, syntaxHighlighting(highlight), autocompletion({ override: [ottlCompletion(functions)], activateOnTyping: true })];
}

// ---------------------------------------------------------------- diagnostics

/** Shows the engine's diagnostics in the editor: underline at the span, message and hint on hover. */
export function showDiagnostics(view: EditorView, list: readonly PlaygroundDiagnostic[]): void {
  const doc = view.state.doc;
  const offset = (line: number, column: number) => {
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    return Math.min(l.from + Math.max(0, column - 1), l.to);
  };
  const diagnostics: Diagnostic[] = list.map((d) => {
    const from = offset(d.line, d.column);
    const to = Math.max(from, offset(d.endLine, d.endColumn));
    const hint = d.hint !== undefined ? `\n${d.hint}` : '';
    return {
      from,
      to: to === from && from < doc.length ? from + 1 : to,
      severity: d.severity,
      source: d.code,
      message: `${d.message}${hint}`,
      actions: (d.suggestions ?? []).map((s) => ({
        name: `use ${s}`,
        apply(v: EditorView, f: number, e: number) {
          v.dispatch({ changes: { from: f, to: e, insert: s } });
        },
      })),
    };
  });
  view.dispatch(setDiagnostics(view.state, diagnostics));
}
