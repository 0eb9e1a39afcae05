/**
 * The browser playground: Monaco + monaco-yaml on the left, the same cluster panel as the VS Code webview in an
 * iframe, a kubectl console and the lessons. Everything runs on the same src/core as the extension.
 */
import { parseAllDocuments } from 'yaml';
import { monaco } from './monacoSetup';
import { createSimulation } from '../../src/core/sim/simulation';
import type { Simulation } from '../../src/core/sim/api';
import { defaultClusterNodes } from '../../src/core/nodes/defaultCluster';
import { buildSnapshot } from '../../src/core/view/buildSnapshot';
import { applyClusterIntent, isClusterIntent } from '../../src/core/view/intents';
import { assertNever, parseFromWebview, speeds, type ProblemView, type ToWebview } from '../../src/protocol/messages';
import { SnapshotEncoder } from '../../src/protocol/snapshotWire';
import { runKubectl, completeKubectl } from '../../src/core/kubectl/index';
import { formatFieldError } from '../../src/core/validation/fieldError';
import { mountKubectlConsole } from './kubectlConsole';
import { decodeShareFragment, encodeShareFragment, loadState, saveState, type PlaygroundState } from './state';
import { loadLessons } from './lessons';
import { LessonsPane } from './lessonsPane';
import { registerManifestProviders } from './manifestProviders';
import { LessonChecks } from './lessonChecks';

const starter = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluentd-elasticsearch
spec:
  selector:
    matchLabels:
      name: fluentd-elasticsearch
  template:
    metadata:
      labels:
        name: fluentd-elasticsearch
    spec:
      tolerations:
      - key: node-role.kubernetes.io/control-plane
        operator: Exists
        effect: NoSchedule
      containers:
      - name: fluentd-elasticsearch
        image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
        resources:
          requests:
            cpu: 100m
            memory: 200Mi
`;

const saved = loadState();
const shared = decodeShareFragment(window.location.hash);
const state: PlaygroundState = { text: shared ?? saved?.text ?? starter, progress: saved?.progress ?? {}, lessonId: saved?.lessonId, language: saved?.language ?? (navigator.language.startsWith('ko') ? 'ko' : 'en') };
const lang = () => state.language ?? 'en';

// --- the virtual cluster ----------------------------------------------------------------------------------
let sim: Simulation = newCluster();
let problems: ProblemView[] = [];
let playing: ReturnType<typeof setInterval> | undefined;
let speed = 1;
let seq = 0;
const applied = new Set<string>();

function newCluster(nodes = defaultClusterNodes()): Simulation {
  const s = createSimulation({ seed: 1 });
  for (const n of nodes) s.addNode(n);
  s.settle();
  return s;
}

/** Applies the editor's DaemonSets; an invalid manifest leaves the last valid state running (as in VS Code). */
function applyEditor(): void {
  const text = model.getValue();
  const names = new Set<string>();
  const messages: string[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) { messages.push(doc.errors[0].message.split('\n')[0]); continue; }
    const obj = doc.toJS() as { kind?: unknown; metadata?: { name?: unknown } } | null;
    if (!obj || obj.kind !== 'DaemonSet') continue;
    const r = sim.apply(obj);
    checks.lastApply = r;
    if (r.accepted && r.name) names.add(r.name);
    else messages.push(r.message ?? r.errors.map(formatFieldError).join('; '));
  }
  problems = messages.length ? [{ source: 'playground.yaml', messages }] : [];
  for (const name of applied) if (!names.has(name) && !problems.length) sim.deleteDaemonSet(name, 'background');
  if (!problems.length) { applied.clear(); names.forEach((n) => applied.add(n)); }
  sim.settle();
  refresh();
}

// --- the panel (iframe running src/webview) ---------------------------------------------------------------
const frame = document.createElement('iframe');
frame.src = './panel.html';
frame.title = 'Cluster panel';
frame.className = 'panel-frame';
document.getElementById('panel')?.append(frame);

function postToPanel(message: ToWebview): void {
  frame.contentWindow?.postMessage(message, window.location.origin);
}

/** What the panel frame already has (node labels, taints…); reset when it (re)starts and says `ready`. */
const encoder = new SnapshotEncoder();

function refresh(): void {
  postToPanel({ type: 'snapshot', snapshot: encoder.encode(buildSnapshot(sim, { seq: ++seq, playing: playing !== undefined, speed, previewMode: 'live', lang: lang(), problems })) });
  checks.evaluate();
  lessonsPane.render();
  saveState({ ...state, text: model.getValue() });
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== window.location.origin || event.source !== frame.contentWindow) return;
  const data = event.data as { source?: unknown; message?: unknown };
  if (data?.source !== 'daemonset-lab-panel') return;
  const message = parseFromWebview(data.message);
  if (!message) return; // every message is checked; unknown shapes are dropped
  try {
    if (isClusterIntent(message)) {
      const notice = applyClusterIntent(sim, message, lang());
      if (notice) postToPanel({ type: 'notice', ...notice });
      return refresh();
    }
    switch (message.type) {
      case 'ready': encoder.reset(); return refresh();
      case 'play': play(); return refresh();
      case 'pause': pause(); return refresh();
      case 'step': { const next = sim.nextTimerAt(); sim.advance(next !== undefined ? Math.max(0, next - sim.now()) : 1); return refresh(); }
      case 'setSpeed': speed = speeds.includes(message.speed) ? message.speed : 1; return refresh();
      case 'resetCluster': sim = newCluster(); applied.clear(); return applyEditor();
      case 'importNodes': case 'exportNodes':
        return postToPanel({ type: 'notice', level: 'info', message: lang() === 'ko' ? '플레이그라운드에서는 노드 가져오기/내보내기를 지원하지 않습니다.' : 'Import and export of nodes are available in VS Code.' });
      default: return assertNever(message);
    }
  } catch (err) {
    postToPanel({ type: 'notice', level: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});

function play(): void {
  pause();
  playing = setInterval(() => { sim.advance(0.25 * speed); refresh(); }, 250);
}
function pause(): void {
  if (playing !== undefined) clearInterval(playing);
  playing = undefined;
}

// --- the editor ---------------------------------------------------------------------------------------------
const model = monaco.editor.createModel(state.text, 'yaml', monaco.Uri.parse('inmemory://daemonset-lab/playground.yaml'));
const editor = monaco.editor.create(document.getElementById('editor') as HTMLElement, { model, automaticLayout: true, minimap: { enabled: false }, fontSize: 13 });
registerManifestProviders(monaco, model, lang);
let debounce: ReturnType<typeof setTimeout> | undefined;
model.onDidChangeContent(() => {
  if (debounce) clearTimeout(debounce);
  debounce = setTimeout(applyEditor, 300);
});

// --- kubectl console ------------------------------------------------------------------------------------------
const kubectl = mountKubectlConsole(document.getElementById('console') as HTMLElement, {
  run: (line) => {
    const r = runKubectl(sim, line.replace(/^kubectl\s+/, ''), { readFile: (p) => (/(^|\/)(playground|start|solution[-\w]*)\.ya?ml$/.test(p) ? model.getValue() : undefined) });
    checks.lastKubectl = r;
    sim.settle();
    refresh();
    return r;
  },
  complete: (line) => completeKubectl(sim, line),
}, { title: 'kubectl', placeholder: 'get ds' });

// --- lessons ------------------------------------------------------------------------------------------------
const { lessons, problems: lessonProblems } = loadLessons();
if (lessonProblems.length) console.warn(lessonProblems.join('\n'));
const checks = new LessonChecks(() => sim, () => model.getValue(), state, () => saveState({ ...state, text: model.getValue() }));
const lessonsPane = new LessonsPane(document.getElementById('lessons') as HTMLElement, lessons, {
  language: lang,
  passed: (lesson, step) => (state.progress[lesson.id] ?? []).includes(step.id),
  openStarter: (lesson) => { sim = newCluster(lesson.nodes); applied.clear(); checks.start(lesson); model.setValue(lesson.files[lesson.starter[0]] ?? ''); editor.focus(); },
  showSolution: (lesson, step) => { const file = step.solution.file; if (file && lesson.files[file]) model.setValue(lesson.files[file]); for (const line of step.solution.kubectl ?? []) kubectl.run(line); },
  reset: (lesson) => { state.progress[lesson.id] = []; sim = newCluster(lesson.nodes); applied.clear(); checks.start(lesson); model.setValue(lesson.files[lesson.starter[0]] ?? ''); },
  selected: (lesson) => { state.lessonId = lesson.id; checks.start(lesson); },
});
lessonsPane.open(state.lessonId);

// --- header -------------------------------------------------------------------------------------------------
const languageSelect = document.getElementById('language') as HTMLSelectElement;
languageSelect.value = lang();
languageSelect.addEventListener('change', () => { state.language = languageSelect.value === 'ko' ? 'ko' : 'en'; document.documentElement.lang = lang(); refresh(); });
document.getElementById('apply')?.addEventListener('click', applyEditor);
document.getElementById('share')?.addEventListener('click', () => {
  const url = `${window.location.origin}${window.location.pathname}${encodeShareFragment(model.getValue())}`;
  history.replaceState(null, '', url);
  void navigator.clipboard?.writeText(url).catch(() => undefined);
});
document.documentElement.lang = lang();
applyEditor();
document.body.dataset.ready = 'true';
