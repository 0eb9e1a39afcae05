/** The toolbar, DaemonSet table, problems and event timeline of the panel. */
import type { ClusterSnapshot, FromWebview } from '../protocol/messages';
import { speeds } from '../protocol/messages';
import { button, h, icon, placeChildren } from './dom';
import { revisionClass, rolloutProgress } from './viewModel';

type S = (key: string) => string;
type Post = (m: FromWebview) => void;

export function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  const m = Math.floor(whole / 60), sec = whole % 60;
  return m > 0 ? `${m}m${String(sec).padStart(2, '0')}s` : `${(Math.round(seconds * 10) / 10).toString()}s`;
}

export function toolbar(snap: ClusterSnapshot, s: S, post: Post): HTMLElement {
  const speed = h('select', { 'aria-label': s('Speed'), title: s('Speed') }, ...speeds.map((v) => h('option', { value: String(v), selected: v === snap.speed }, `${v}×`)));
  speed.addEventListener('change', () => post({ type: 'setSpeed', speed: Number(speed.value) }));
  return h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': s('Virtual cluster') },
    h('h1', {}, icon('server-environment'), ` ${s('Virtual cluster')}`),
    h('span', { class: 'time' }, icon('watch'), h('span', { class: 'time-value' })),
    snap.playing ? button('debug-pause', s('Pause'), () => post({ type: 'pause' }), { iconOnly: true, pressed: true }) : button('play', s('Play'), () => post({ type: 'play' }), { iconOnly: true, pressed: false }),
    button('debug-step-over', s('Step'), () => post({ type: 'step' }), { iconOnly: true }),
    speed,
    h('span', { class: 'mode' }, icon(snap.previewMode === 'live' ? 'sync' : 'play'), ` ${s('Preview')}: ${snap.previewMode === 'live' ? s('live (as you type)') : s('on apply')}`),
    h('span', { class: 'grow' }),
    button('cloud-download', s('Import nodes…'), () => post({ type: 'importNodes' }), { iconOnly: true }),
    button('cloud-upload', s('Export nodes…'), () => post({ type: 'exportNodes' }), { iconOnly: true }),
    button('discard', s('Reset cluster'), () => post({ type: 'resetCluster' }), { iconOnly: true }));
}

/** The simulated time in the toolbar, set in place (it changes every frame while time runs). */
export function setToolbarTime(slot: HTMLElement, snap: ClusterSnapshot, s: S): void {
  const time = slot.querySelector('.time');
  const value = time?.querySelector('.time-value');
  const text = ` t = ${formatTime(snap.time)}`;
  if (!time || !value || value.textContent === text) return;
  value.textContent = text;
  time.setAttribute('aria-label', `${s('Time')} ${formatTime(snap.time)}`);
}

export function problems(snap: ClusterSnapshot, s: S): HTMLElement | null {
  if (snap.problems.length === 0) return null;
  return h('div', { class: 'problems', role: 'alert' }, h('h3', {}, icon('error'), ` ${s('Problems in manifests (the last valid state keeps running)')}`),
    ...snap.problems.map((p) => h('div', { class: 'problem' }, h('strong', {}, p.source), h('ul', {}, ...p.messages.map((m) => h('li', {}, m))))));
}

export function daemonSets(snap: ClusterSnapshot, s: S, post: Post): HTMLElement {
  if (snap.daemonSets.length === 0) return h('p', { class: 'muted empty' }, icon('info'), ` ${s('No DaemonSet yet: open a DaemonSet manifest or run kubectl apply.')}`);
  const head = h('tr', {}, h('th', { scope: 'col' }, 'NAME'),
    ...['DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE'].map((c) => h('th', { scope: 'col', class: 'num' }, c)), h('th', { scope: 'col' }));
  const rows = snap.daemonSets.map((ds) => {
    const p = rolloutProgress(ds);
    const pct = p.max === 0 ? 100 : Math.round((p.value / p.max) * 100);
    const fill = h('div', { class: `fill ${revisionClass(ds.revision)}` });
    fill.style.width = `${pct}%`;
    const bar = h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': String(p.max), 'aria-valuenow': String(p.value),
      'aria-label': `${ds.name} ${s('Rollout')}` }, fill);
    return h('tr', {},
      h('th', { scope: 'row' },
        h('div', { class: 'ds-line' }, h('span', { class: `swatch ${revisionClass(ds.revision)}`, title: `${s('revision')} ${ds.revision}` }),
          h('span', { class: 'ds-title' }, ds.name), h('span', { class: 'muted ns' }, ds.namespace), ds.source ? h('span', { class: 'muted src' }, ds.source) : null),
        h('div', { class: 'ds-line progress' }, h('span', { class: 'muted strategy' }, `${ds.strategy} · `, h('span', { class: 'nowrap' }, `${s('revision')} ${ds.revision}`)), bar,
          h('span', { class: 'muted' }, p.complete ? s('complete') : `${p.value}/${p.max}`),
          ds.misscheduled ? h('span', { class: 'badge warn' }, `${s('misscheduled')} ${ds.misscheduled}`) : null)),
      ...[ds.desired, ds.current, ds.ready, ds.upToDate, ds.available].map((v) => h('td', { class: 'num' }, String(v))),
      h('td', {}, button('discard', `${s('Rollout undo')} ${ds.name}`, () => post({ type: 'rolloutUndo', daemonSet: ds.name }), { iconOnly: true, cls: 'small' })));
  });
  return h('table', { class: 'ds-table', 'aria-label': s('DaemonSets') }, h('thead', {}, head), h('tbody', {}, ...rows));
}

/**
 * The event timeline, newest first (the last 100 events). An event already shown keeps its element: during a
 * rollout a few events arrive per frame, and only those are made and laid out.
 */
export class EventTimeline {
  readonly element: HTMLElement;
  private readonly list: HTMLElement;
  private readonly empty: HTMLElement;
  private shown = new Map<string, HTMLElement[]>();
  private lang = '';

  constructor() {
    this.list = h('ol', { class: 'events' });
    this.empty = h('p', { class: 'muted' });
    this.element = h('div', { class: 'events-body' });
  }

  update(snap: ClusterSnapshot, s: S): void {
    this.list.setAttribute('aria-label', s('Events'));
    if (snap.lang !== this.lang) { this.lang = snap.lang; this.shown = new Map(); }
    if (snap.events.length === 0) {
      this.empty.textContent = s('No events yet.');
      placeChildren(this.element, [this.empty]);
      this.shown = new Map();
      return;
    }
    const shown = new Map<string, HTMLElement[]>();
    const items = snap.events.slice(-100).reverse().map((e) => {
      const key = `${e.time}\u0000${e.type}\u0000${e.reason}\u0000${e.object}\u0000${e.message}`;
      const li = this.shown.get(key)?.shift() ?? h('li', { class: `event ${e.type === 'Warning' ? 'warning' : ''}` },
        h('span', { class: 'etime' }, formatTime(e.time)),
        icon(e.type === 'Warning' ? 'warning' : 'info', e.type),
        h('span', { class: 'ereason' }, e.reason),
        h('span', { class: 'eobject' }, e.object),
        h('span', { class: 'emessage' }, e.message));
      const same = shown.get(key);
      if (same) same.push(li); else shown.set(key, [li]);
      return li;
    });
    this.shown = shown;
    placeChildren(this.list, items);
    placeChildren(this.element, [this.list]);
  }
}
