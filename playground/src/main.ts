/**
 * The playground page: two editors (config, input), the run options, and the output views (diff,
 * raw JSON, per-statement, dropped). Every edit reruns the rules in the page after a short pause.
 */
import { closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers, placeholder } from '@codemirror/view';
import { diffLines, diffView, prettyJson } from './diff.js';
import { configShape, functionInfos, knownGates, run, type FunctionInfo, type RunResult } from './engine.js';
import { ottlSupport, showDiagnostics } from './ottl-editor.js';
import { SAMPLES } from './samples.js';
import { decodeState, encodeState, type PageState } from './state.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const state: PageState = {
  config: SAMPLES[0].config,
  input: SAMPLES[0].input,
  target: '',
  errorMode: '',
  gates: [],
  showUnchanged: false,
  outputView: 'diff',
};

let functions: FunctionInfo[] = functionInfos('transform');

// ---------------------------------------------------------------- editors

function editor(parent: HTMLElement, doc: string, label: string, extra: Extension[], onChange: (text: string) => void): EditorView {
  return new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        closeBrackets(),
        lintGutter(),
        // Tab is left to the browser so that keyboard users can leave the editor.
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.lineWrapping,
        ...extra,
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
}

const configView = editor($('config-editor'), state.config, 'Config (YAML)', [ottlSupport(() => functions), placeholder('transform or filter processor YAML, or a collector config')], (text) => {
  state.config = text;
  refreshShape();
  showSample();
  schedule();
});
const inputView = editor($('input-editor'), state.input, 'Input (OTLP/JSON)', [new Compartment().of([])], (text) => {
  state.input = text;
  showSample();
  schedule();
});

function setEditor(view: EditorView, text: string): void {
  if (view.state.doc.toString() !== text) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

// ---------------------------------------------------------------- options

const sampleSelect = $<HTMLSelectElement>('sample');
// Shown while the editors hold something other than a sample (a shared link, a preload, edits).
sampleSelect.add(new Option('Your own', ''));
for (const s of SAMPLES) sampleSelect.add(new Option(s.label, s.id));
function showSample(): void {
  sampleSelect.value = SAMPLES.find((s) => s.config === state.config && s.input === state.input)?.id ?? '';
}
sampleSelect.addEventListener('change', () => {
  const s = SAMPLES.find((x) => x.id === sampleSelect.value);
  if (s === undefined) return;
  state.target = '';
  setEditor(configView, s.config);
  setEditor(inputView, s.input);
});

const targetSelect = $<HTMLSelectElement>('target');
targetSelect.addEventListener('change', () => {
  state.target = targetSelect.value;
  schedule();
});

/** Shows the processor/pipeline picker for a collector config and picks the function list. */
function refreshShape(): void {
  const shape = configShape(state.config);
  const options: [string, string][] = [];
  for (const p of shape.pipelines) if (p.processors.length > 0) options.push([`pipeline:${p.name}`, `pipeline ${p.name}: ${p.processors.join(' → ')}`]);
  for (const p of shape.processors) options.push([`processor:${p}`, `processor ${p}`]);
  const key = options.map((o) => o[0]).join('|');
  if (targetSelect.dataset.key !== key) {
    targetSelect.replaceChildren(...options.map(([v, l]) => new Option(l, v)));
    targetSelect.dataset.key = key;
  }
  if (!options.some((o) => o[0] === state.target)) state.target = options[0]?.[0] ?? '';
  targetSelect.value = state.target;
  $('target-field').hidden = shape.kind !== 'collector';
  $('config-kind').textContent = shape.kind === 'collector' ? 'collector config' : `${shape.kind} processor`;
  const filterOnly = shape.kind === 'filter' || (shape.kind === 'collector' && state.target.includes('filter') && !state.target.startsWith('pipeline:'));
  functions = functionInfos(filterOnly ? 'filter' : 'transform');
}

const errorModeSelect = $<HTMLSelectElement>('error-mode');
errorModeSelect.addEventListener('change', () => {
  state.errorMode = errorModeSelect.value as PageState['errorMode'];
  schedule();
});

const gatesList = $('gates');
const gateBoxes = new Map<string, { box: HTMLInputElement; enabled: boolean }>();
for (const g of knownGates()) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = g.enabled;
  box.dataset.gate = g.id;
  // A stable gate cannot be switched off (as in the collector).
  box.disabled = g.stable && g.enabled;
  box.addEventListener('change', () => {
    state.gates = [...gateBoxes].filter(([, x]) => x.box.checked !== x.enabled).map(([id, x]) => (x.box.checked ? id : `-${id}`));
    updateGateCount();
    schedule();
  });
  label.append(box, ` ${g.id}`);
  label.title = g.description;
  gatesList.append(label);
  gateBoxes.set(g.id, { box, enabled: g.enabled });
}
function updateGateCount(): void {
  $('gates-count').textContent = state.gates.length === 0 ? 'defaults' : `${state.gates.length} changed`;
}
function applyGates(): void {
  for (const [id, x] of gateBoxes) x.box.checked = state.gates.includes(id) ? true : state.gates.includes(`-${id}`) ? false : x.enabled;
  updateGateCount();
}

const unchangedBox = $<HTMLInputElement>('show-unchanged');
unchangedBox.addEventListener('change', () => {
  state.showUnchanged = unchangedBox.checked;
  render();
});

const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
function selectTab(view: PageState['outputView'], focus = false): void {
  state.outputView = view;
  for (const t of tabs) {
    const on = t.dataset.view === view;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(`panel-${t.dataset.view}`).hidden = !on;
    if (on && focus) t.focus();
  }
  void updateFragment();
}
for (const t of tabs) {
  t.addEventListener('click', () => selectTab(t.dataset.view as PageState['outputView']));
  t.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(t);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length] : null;
    if (next !== null) {
      e.preventDefault();
      selectTab(next.dataset.view as PageState['outputView'], true);
    }
  });
}

// ---------------------------------------------------------------- theme

const themeButton = $<HTMLButtonElement>('theme');
function applyTheme(theme: string | null): void {
  const dark = theme === 'dark' || (theme === null && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  themeButton.textContent = dark ? 'Light theme' : 'Dark theme';
}
applyTheme(localStorage.getItem('ottl-playground-theme'));
themeButton.addEventListener('click', () => {
  const next = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
  localStorage.setItem('ottl-playground-theme', next);
  applyTheme(next);
});

// ---------------------------------------------------------------- copy and share

async function copy(text: string, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    flash(button, 'Copied');
  } catch {
    flash(button, 'Copy failed');
  }
}
function flash(button: HTMLButtonElement, text: string): void {
  const old = button.dataset.label ?? button.textContent ?? '';
  button.dataset.label = old;
  button.textContent = text;
  $('status').textContent = text;
  setTimeout(() => (button.textContent = old), 1200);
}
$<HTMLButtonElement>('copy-config').addEventListener('click', (e) => copy(state.config, e.currentTarget as HTMLButtonElement));
$<HTMLButtonElement>('copy-output').addEventListener('click', (e) => copy(last?.output ?? '', e.currentTarget as HTMLButtonElement));
$<HTMLButtonElement>('share').addEventListener('click', async (e) => {
  await updateFragment();
  await copy(location.href, e.currentTarget as HTMLButtonElement);
});

async function updateFragment(): Promise<void> {
  const fragment = await encodeState(state);
  window.history.replaceState(null, '', `#${fragment}`);
}

// ---------------------------------------------------------------- running

let timer: ReturnType<typeof setTimeout> | undefined;
let last: RunResult | null = null;
/** The last run that produced output: shown, marked stale, while the config has problems. */
let lastGood: RunResult | null = null;

function schedule(): void {
  clearTimeout(timer);
  $('timing').textContent = 'editing…';
  timer = setTimeout(runNow, 200);
}

function runNow(): void {
  const t0 = performance.now();
  last = run({ config: state.config, input: state.input, target: state.target, errorMode: state.errorMode, gates: state.gates });
  if (last.output !== null) lastGood = last;
  const total = performance.now() - t0;
  showDiagnostics(configView, last.diagnostics);
  $('timing').textContent = `compiled in ${last.compileMs.toFixed(1)} ms, ran in ${last.runMs.toFixed(1)} ms (total ${total.toFixed(1)} ms)`;
  render();
  void updateFragment();
  document.body.dataset.runs = String(Number(document.body.dataset.runs ?? '0') + 1);
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function render(): void {
  const r = last;
  if (r === null) return;
  const problems = $('problems');
  problems.replaceChildren(
    ...r.diagnostics.map((d) => {
      const li = el('li', 'problem');
      const button = el('button', 'link', `${d.line}:${d.column}`) as HTMLButtonElement;
      button.addEventListener('click', () => {
        const line = configView.state.doc.line(Math.min(d.line, configView.state.doc.lines));
        configView.dispatch({ selection: { anchor: Math.min(line.from + d.column - 1, line.to) }, scrollIntoView: true });
        configView.focus();
      });
      li.append(button, ` ${d.message}${d.hint !== undefined ? ` (${d.hint})` : ''}`);
      return li;
    }),
  );
  $('problems-box').hidden = r.diagnostics.length === 0 && r.error === null;
  $('run-error').textContent = r.error ?? '';
  $('run-error').hidden = r.error === null;
  const shown = r.output === null && lastGood !== null ? lastGood : r;
  $('stale').hidden = shown === r;
  renderDiff(shown);
  $('raw').textContent = shown.output === null ? '' : prettyJson(shown.output);
  renderStatements(shown);
  renderDropped(shown);
}

function renderDiff(r: RunResult): void {
  const box = $('diff');
  if (r.before === null || r.output === null) {
    box.replaceChildren(el('p', 'empty', r.diagnostics.length > 0 ? 'Fix the config to see the output.' : 'No output.'));
    return;
  }
  const lines = diffLines(diffView(r.before), diffView(r.output));
  const changed = lines.filter((l) => l.kind !== 'same').length;
  const sign: Record<string, string> = { same: ' ', added: '+', removed: '-', 'changed-old': '~', 'changed-new': '~' };
  const rows: HTMLElement[] = [];
  let hidden = 0;
  const flushHidden = () => {
    if (hidden > 0) rows.push(el('div', 'diff-line diff-skip', `  … ${hidden} unchanged line${hidden === 1 ? '' : 's'}`));
    hidden = 0;
  };
  lines.forEach((l, i) => {
    const near = lines.slice(Math.max(0, i - 2), i + 3).some((x) => x.kind !== 'same');
    if (l.kind === 'same' && !state.showUnchanged && !near) {
      hidden++;
      return;
    }
    flushHidden();
    rows.push(el('div', `diff-line diff-${l.kind}`, `${sign[l.kind]} ${l.text}`));
  });
  flushHidden();
  $('diff-summary').textContent =
    changed === 0 ? 'No change.' : `${lines.filter((l) => l.kind === 'added').length} added, ${lines.filter((l) => l.kind === 'removed').length} removed, ${lines.filter((l) => l.kind === 'changed-new').length} changed lines`;
  box.replaceChildren(...rows);
}

function renderStatements(r: RunResult): void {
  const box = $('statements');
  if (r.explained.length === 0) {
    box.replaceChildren(el('p', 'empty', 'No statement reached any record.'));
    return;
  }
  box.replaceChildren(
    ...r.explained.map((rec) => {
      const section = el('section', 'record');
      section.append(el('h3', '', rec.record));
      const list = el('ol', 'events');
      for (const e of rec.events) {
        const status = e.error !== null ? 'failed' : !e.matched ? 'not matched' : e.changes.length === 0 ? 'matched, no change' : 'matched';
        const li = el('li', `event event-${status.replace(/[^a-z]+/g, '-')}`);
        li.append(el('span', 'status', status), el('code', '', `${e.line === null ? '' : `line ${e.line}: `}${e.statement}`));
        if (e.error !== null) li.append(el('div', 'error', e.error));
        if (e.changes.length > 0) {
          const ul = el('ul', 'changes');
          for (const c of e.changes) {
            const text = c.change === 'added' ? `+ ${c.path} = ${c.after}` : c.change === 'removed' ? `- ${c.path} (was ${c.before})` : `~ ${c.path}: ${c.before} → ${c.after}`;
            ul.append(el('li', `change-${c.change}`, text));
          }
          li.append(ul);
        }
        list.append(li);
      }
      section.append(list);
      return section;
    }),
  );
}

function renderDropped(r: RunResult): void {
  const box = $('dropped');
  $('dropped-count').textContent = r.dropped.length === 0 ? '' : ` (${r.dropped.length})`;
  if (r.dropped.length === 0) {
    box.replaceChildren(el('p', 'empty', 'Nothing was dropped.'));
    return;
  }
  const list = el('ul', 'dropped-list');
  for (const d of r.dropped) {
    const li = el('li', 'dropped-item');
    li.append(el('strong', '', d.record));
    li.append(d.condition === null ? el('span', 'why', ' went with its parent (or was left empty)') : el('span', 'why', ` by ${d.line === null ? '' : `line ${d.line}: `}`), ...(d.condition === null ? [] : [el('code', '', d.condition)]));
    list.append(li);
  }
  box.replaceChildren(list);
}

// ---------------------------------------------------------------- start

function applyState(s: Partial<PageState>): void {
  Object.assign(state, s);
  setEditor(configView, state.config);
  setEditor(inputView, state.input);
  errorModeSelect.value = state.errorMode;
  unchangedBox.checked = state.showUnchanged;
  applyGates();
  refreshShape();
  selectTab(state.outputView);
}

async function start(): Promise<void> {
  const shared = await decodeState(location.hash);
  if (shared !== null) applyState(shared);
  else {
    try {
      const res = await fetch('preload.json');
      if (res.ok) applyState((await res.json()) as Partial<PageState>);
    } catch {
      // A static copy of the page has no preload; the first sample stays.
    }
  }
  refreshShape();
  applyGates();
  showSample();
  clearTimeout(timer);
  runNow();
  document.body.dataset.ready = 'true';
}

/** A read-only handle for the browser tests: the current state and the last run's result. */
(window as unknown as { ottlPlayground: unknown }).ottlPlayground = { state: () => ({ ...state }), result: () => last };

void start();
