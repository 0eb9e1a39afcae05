/** The virtualised node list: only the rows in view (plus overscan) exist in the DOM, so 5,000 nodes scroll smoothly. */
import type { ClusterSnapshot, NodeView } from '../protocol/messages';
import { h, icon, placeChildren } from './dom';
import { cellSummary, podDescription, podIcon, revisionClass, rowHeight, scrollToShow, taintLabel, visibleWindow } from './viewModel';

export interface NodeListHost {
  s(key: string): string;
  select(name: string, focusDetails: boolean): void;
}

export class NodeList {
  readonly element: HTMLElement;
  private readonly spacer: HTMLElement;
  private snapshot: ClusterSnapshot | undefined;
  private indices: number[] = [];
  private selected: string | undefined;
  /**
   * The list's scroll position and height as last laid out, kept from scroll events and a ResizeObserver: reading
   * them from the element while drawing would force a layout of the whole panel in the middle of every frame.
   */
  private viewTop = 0;
  /** The rows in the DOM by position, with what they show (see draw). */
  private drawn = new Map<number, { key: string; el: HTMLElement }>();
  private listKey = '';
  private viewHeight = 600;

  constructor(private readonly host: NodeListHost, label: string) {
    this.spacer = h('div', { class: 'spacer' });
    this.element = h('div', { class: 'node-list', role: 'listbox', tabindex: '0', 'aria-label': label }, this.spacer);
    this.element.addEventListener('scroll', () => { this.viewTop = this.element.scrollTop; this.draw(); });
    this.element.addEventListener('keydown', (e) => this.onKey(e));
    new ResizeObserver(() => {
      const height = this.element.clientHeight;
      if (height > 0 && height !== this.viewHeight) { this.viewHeight = height; this.draw(); }
    }).observe(this.element);
  }

  update(snapshot: ClusterSnapshot, indices: number[], selected: string | undefined): void {
    this.snapshot = snapshot;
    this.indices = indices;
    this.selected = selected;
    this.spacer.style.height = `${indices.length * rowHeight}px`;
    this.draw();
  }

  get scrollTop(): number {
    return this.viewTop;
  }

  set scrollTop(v: number) {
    this.element.scrollTop = v;
    this.viewTop = this.element.scrollTop;
  }

  private selectedPosition(): number {
    const nodes = this.snapshot?.nodes ?? [];
    return this.indices.findIndex((i) => nodes[i].name === this.selected);
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.snapshot || this.indices.length === 0) return;
    const page = Math.max(1, Math.floor(this.viewHeight / rowHeight) - 1);
    const pos = this.selectedPosition();
    const moves: Record<string, number> = { ArrowDown: pos + 1, ArrowUp: Math.max(0, pos - 1), PageDown: pos + page, PageUp: Math.max(0, pos - page), Home: 0, End: this.indices.length - 1 };
    if (e.key === 'Enter' && pos >= 0) {
      e.preventDefault();
      this.host.select(this.snapshot.nodes[this.indices[pos]].name, true);
      return;
    }
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = Math.min(this.indices.length - 1, Math.max(0, moves[e.key]));
    this.scrollTop = scrollToShow(next, this.viewTop, this.viewHeight);
    this.host.select(this.snapshot.nodes[this.indices[next]].name, false);
  }

  private draw(): void {
    const snap = this.snapshot;
    if (!snap) return;
    const { first, end } = visibleWindow(this.viewTop, this.viewHeight, this.indices.length);
    // A row is made again only when what it shows changed: during a rollout most rows in view stay as they are, and
    // the browser neither lays out nor paints them again.
    const listKey = JSON.stringify([snap.lang, snap.daemonSets.map((d) => d.name)]);
    if (listKey !== this.listKey) { this.listKey = listKey; this.drawn = new Map(); }
    const drawn = new Map<number, { key: string; el: HTMLElement }>();
    const rows: HTMLElement[] = [];
    for (let pos = first; pos < end; pos++) {
      const n = snap.nodes[this.indices[pos]];
      const key = `${n.name === this.selected}${JSON.stringify(n)}`;
      const kept = this.drawn.get(pos);
      const el = kept?.key === key ? kept.el : this.row(snap, n, pos);
      drawn.set(pos, { key, el });
      rows.push(el);
    }
    this.drawn = drawn;
    placeChildren(this.spacer, rows);
    const sel = this.selectedPosition();
    if (sel >= first && sel < end) this.element.setAttribute('aria-activedescendant', `node-row-${sel}`);
    else this.element.removeAttribute('aria-activedescendant');
  }

  private row(snap: ClusterSnapshot, n: NodeView, pos: number): HTMLElement {
    const s = (k: string) => this.host.s(k);
    const state: HTMLElement[] = [];
    if (n.unschedulable) state.push(h('span', { class: 'badge warn' }, icon('debug-pause'), s('cordoned')));
    if (n.ready !== 'True') state.push(h('span', { class: 'badge error' }, icon('warning'), n.ready === 'False' ? s('not ready') : s('unknown')));
    const taints = n.taints.slice(0, 3).map((t) => h('span', { class: `taint effect-${t.effect}`, title: taintLabel(t) }, taintLabel(t)));
    if (n.taints.length > 3) taints.push(h('span', { class: 'taint more' }, `+${n.taints.length - 3}`));
    const cells = n.cells.map((cell, i) => {
      const ds = snap.daemonSets[i];
      const pods = cell.pods.map((p) => h('span', { class: `pod ${revisionClass(p.rev)}${p.ready ? ' ready' : ''}${p.terminating ? ' terminating' : ''}`, title: podDescription(p, s) },
        icon(podIcon(p)), `r${p.rev}`));
      const none = cell.pods.length === 0 ? h('span', { class: 'reason', title: (cell.reasons ?? []).join('\n') }, icon('circle-slash'), cellSummary(cell, s)) : null;
      return h('span', { class: `cell${cell.misscheduled ? ' misscheduled' : ''}` }, h('span', { class: 'ds-name' }, `${ds?.name ?? ''}:`), ...pods, none);
    });
    const el = h('div', {
      class: `node-row${n.name === this.selected ? ' selected' : ''}`, role: 'option', id: `node-row-${pos}`,
      'aria-selected': String(n.name === this.selected),
      'aria-label': `${s('node')} ${n.name}${n.role ? `, ${n.role}` : ''}, ${n.cells.map((c, i) => `${snap.daemonSets[i]?.name}: ${cellSummary(c, s)}`).join('; ')}`,
    },
    h('div', { class: 'line1' },
      icon(n.role.includes('control-plane') ? 'server-process' : 'server'),
      h('span', { class: 'node-name' }, n.name),
      // A role chip only for a node with a node-role label: kubectl's ROLES says <none> for the others, which are
      // not labelled "worker" (a nodeSelector on such a label would match nothing).
      ...(n.role ? [h('span', { class: 'role' }, n.role)] : []),
      ...state, ...taints,
      h('span', { class: 'alloc' }, `${n.cpu} CPU · ${n.memory} · ${n.pods} ${s('Pods').toLowerCase()}`)),
    h('div', { class: 'line2' }, ...cells));
    el.style.top = `${pos * rowHeight}px`;
    el.addEventListener('click', () => this.host.select(n.name, false));
    return el;
  }
}
