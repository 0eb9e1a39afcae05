/** The cluster panel's webview: renders snapshots from the extension and sends the user's intents back. */
import { assertNever, parseToWebview, type ClusterSnapshot, type FromWebview, type WebviewState } from '../protocol/messages';
import { SnapshotDecoder } from '../protocol/snapshotWire';
import { NodeDetails } from './details';
import { button, h, icon } from './dom';
import { NodeList } from './nodeList';
import { daemonSets, EventTimeline, problems, setToolbarTime, toolbar } from './sections';
import { filterNodes, nextWorkerName } from './viewModel';

const vscode = acquireVsCodeApi<WebviewState>();
let state: WebviewState = vscode.getState() ?? {};
let snapshot: ClusterSnapshot | undefined;
let pending: ClusterSnapshot | undefined;
let frame = 0;
let indices: number[] = [];
let drawnDs = '';
let drawnEvents = '';
let drawnToolbar = '';
let drawnTitles = '';
const timeline = new EventTimeline();
const decoder = new SnapshotDecoder();

const post = (message: FromWebview): void => vscode.postMessage(message);
const s = (key: string): string => snapshot?.strings[key] ?? key;
const saveState = (patch: Partial<WebviewState>): void => { state = { ...state, ...patch }; vscode.setState(state); };

const details = new NodeDetails({ s, post });
const list = new NodeList({ s, select: (name, focus) => { saveState({ selectedNode: name }); redraw(); if (focus) details.focus(); } }, 'Nodes');
const toolbarSlot = h('div', { class: 'toolbar-slot' });
const problemsSlot = h('div', { class: 'problems-slot', 'aria-live': 'polite' });
const dsSlot = h('section', { class: 'ds-section' });
const eventsSlot = h('div', { class: 'events-slot' }, timeline.element);
const notice = h('div', { class: 'notice', role: 'status', 'aria-live': 'polite' });
const filter = h('input', { type: 'search', class: 'filter', spellcheck: 'false' });
const newNode = h('input', { type: 'text', class: 'new-node', spellcheck: 'false', placeholder: '' });
const count = h('span', { class: 'count muted' });
const nodesTitle = h('h2', {});
const eventsTitle = h('h2', {});
const dsTitle = h('h2', {});
filter.value = state.filter ?? '';

const addNode = (): void => {
  // An empty field takes the suggested name shown as its placeholder.
  const name = newNode.value.trim() || newNode.placeholder;
  if (name) post({ type: 'addNode', name });
  newNode.value = '';
};
newNode.addEventListener('keydown', (e) => { if (e.key === 'Enter') addNode(); });
filter.addEventListener('input', () => { saveState({ filter: filter.value }); redraw(); });
const addButton = button('add', 'Add node', addNode);
list.element.addEventListener('scroll', () => saveState({ scrollTop: list.scrollTop }));

document.getElementById('app')?.replaceChildren(
  toolbarSlot, problemsSlot, notice,
  h('div', { class: 'ds-wrap' }, dsTitle, dsSlot),
  h('div', { class: 'main' },
    h('section', { class: 'nodes' }, h('div', { class: 'nodes-head' }, nodesTitle, count, filter, newNode, addButton), list.element),
    details.element),
  h('section', { class: 'events-section' }, eventsTitle, eventsSlot));

function redraw(): void {
  const snap = snapshot;
  if (!snap) return;
  document.documentElement.lang = snap.lang;
  // Each part is made again only when what it shows changed (a rollout changes the time and a few rows per frame).
  const toolbarKey = JSON.stringify([snap.playing, snap.speed, snap.previewMode, snap.lang]);
  if (toolbarKey !== drawnToolbar) { drawnToolbar = toolbarKey; toolbarSlot.replaceChildren(toolbar(snap, s, post)); }
  setToolbarTime(toolbarSlot, snap, s);
  problemsSlot.replaceChildren(...[problems(snap, s)].filter((x): x is HTMLElement => x !== null));
  if (drawnTitles !== snap.lang) {
    drawnTitles = snap.lang;
    nodesTitle.replaceChildren(icon('server'), ` ${s('Nodes')}`);
    dsTitle.replaceChildren(icon('layers'), ` ${s('DaemonSets')}`);
    eventsTitle.replaceChildren(icon('history'), ` ${s('Events')}`);
    filter.placeholder = s('Filter nodes');
    filter.setAttribute('aria-label', s('Filter nodes'));
    newNode.setAttribute('aria-label', s('New node name'));
    addButton.title = s('Add node');
    addButton.lastElementChild?.replaceChildren(s('Add node'));
    list.element.setAttribute('aria-label', s('Nodes'));
  }
  const suggested = nextWorkerName(snap.nodes);
  if (newNode.placeholder !== suggested) newNode.placeholder = suggested;
  const dsKey = JSON.stringify([snap.daemonSets, snap.lang]);
  if (dsKey !== drawnDs) { drawnDs = dsKey; dsSlot.replaceChildren(daemonSets(snap, s, post)); }
  const evKey = `${snap.events.length}:${snap.events[snap.events.length - 1]?.time}:${snap.lang}`;
  if (evKey !== drawnEvents) { drawnEvents = evKey; timeline.update(snap, s); }
  indices = filterNodes(snap.nodes, filter.value);
  count.textContent = indices.length === snap.nodes.length ? `${snap.nodes.length} ${s(snap.nodes.length === 1 ? 'node' : 'nodes')}` : `${indices.length}/${snap.nodes.length} ${s('shown')}`;
  const selected = snap.nodes.find((n) => n.name === state.selectedNode);
  list.update(snap, indices, selected?.name);
  details.update(snap, selected);
}

/** Coalesces snapshots to one render per animation frame. */
function schedule(next: ClusterSnapshot): void {
  pending = next;
  if (frame) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    const first = snapshot === undefined;
    snapshot = pending;
    pending = undefined;
    redraw();
    if (first && state.scrollTop) list.scrollTop = state.scrollTop;
  });
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = parseToWebview(event.data);
  if (!message) return;
  switch (message.type) {
    case 'snapshot': {
      const next = decoder.decode(message.snapshot);
      // A node whose labels and taints this webview never received: ask for everything again.
      if (next) schedule(next); else post({ type: 'ready' });
      return;
    }
    case 'notice':
      notice.className = `notice ${message.level}`;
      notice.replaceChildren(icon(message.level === 'error' ? 'error' : 'info'), ` ${message.message}`);
      if (noticeTimer) clearTimeout(noticeTimer);
      noticeTimer = setTimeout(() => notice.replaceChildren(), 6000);
      return;
    default:
      return assertNever(message);
  }
});

post({ type: 'ready' });
