/** The selected node: labels, taints, state controls and its daemon pods or the reasons it has none. */
import type { ClusterSnapshot, FromWebview, NodeView, TaintEffectView } from '../protocol/messages';
import { button, h, icon } from './dom';
import { podDescription, podIcon, revisionClass, taintLabel } from './viewModel';

export interface DetailsHost {
  s(key: string): string;
  post(message: FromWebview): void;
}

function field(label: string, input: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), input);
}

export class NodeDetails {
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly forms: HTMLElement;
  private readonly labelKey = h('input', { type: 'text', spellcheck: 'false', placeholder: 'disktype' });
  private readonly labelValue = h('input', { type: 'text', spellcheck: 'false', placeholder: 'ssd' });
  private readonly taintKey = h('input', { type: 'text', spellcheck: 'false', placeholder: 'dedicated' });
  private readonly taintValue = h('input', { type: 'text', spellcheck: 'false', placeholder: 'gpu' });
  private readonly taintEffect = h('select', {}, ...(['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const).map((e) => h('option', { value: e }, e)));
  private node: NodeView | undefined;
  private drawnKey = '';
  private labelsDrawn = '';

  constructor(private readonly host: DetailsHost) {
    this.body = h('div', { class: 'details-body' });
    this.forms = h('div', { class: 'forms' });
    this.element = h('aside', { class: 'details', tabindex: '-1' }, this.body, this.forms);
  }

  focus(): void {
    this.element.focus();
  }

  update(snapshot: ClusterSnapshot, node: NodeView | undefined): void {
    const key = JSON.stringify([node, snapshot.daemonSets.map((d) => d.name), snapshot.lang]);
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.node = node;
    const s = (k: string) => this.host.s(k);
    if (!node) {
      this.body.replaceChildren(h('p', { class: 'muted' }, s('Select a node to see its details.')));
      this.forms.replaceChildren();
      this.labelsDrawn = '';
      return;
    }
    this.body.replaceChildren(...this.sections(snapshot, node));
    if (this.labelsDrawn !== snapshot.lang) this.drawForms(snapshot.lang);
  }

  private sections(snapshot: ClusterSnapshot, n: NodeView): HTMLElement[] {
    const s = (k: string) => this.host.s(k);
    const post = (m: FromWebview) => this.host.post(m);
    const head = h('div', { class: 'details-head' },
      h('h2', {}, icon(n.role.includes('control-plane') ? 'server-process' : 'server'), ` ${n.name}`),
      ...(n.role ? [h('span', { class: 'role' }, n.role)] : []));
    const actions = h('div', { class: 'actions' },
      button(n.unschedulable ? 'debug-start' : 'debug-pause', n.unschedulable ? s('Uncordon') : s('Cordon'), () => post({ type: 'setCordon', node: n.name, cordoned: !n.unschedulable }), { pressed: n.unschedulable }),
      button(n.ready === 'True' ? 'warning' : 'pass', n.ready === 'True' ? s('Mark not ready') : s('Mark ready'), () => post({ type: 'setNodeReady', node: n.name, ready: n.ready === 'True' ? 'False' : 'True' })),
      button('trash', s('Remove node'), () => post({ type: 'removeNode', node: n.name }), { cls: 'danger' }));
    const labels = h('ul', { class: 'labels', 'aria-label': s('Labels') }, ...n.labels.map(([k, v]) => h('li', {},
      h('code', {}, v === '' ? k : `${k}=${v}`),
      button('close', `${s('Remove label')} ${k}`, () => post({ type: 'labelNode', node: n.name, key: k }), { iconOnly: true, cls: 'small' }))));
    const taints = n.taints.length
      ? h('ul', { class: 'taints', 'aria-label': s('Taints') }, ...n.taints.map((t) => h('li', {},
        h('span', { class: `taint effect-${t.effect}` }, taintLabel(t)),
        button('close', `${s('Remove taint')} ${taintLabel(t)}`, () => post({ type: 'untaintNode', node: n.name, key: t.key, effect: t.effect }), { iconOnly: true, cls: 'small' }))))
      : h('p', { class: 'muted' }, '—');
    const pods = snapshot.daemonSets.map((ds, i) => {
      const cell = n.cells[i];
      const items = cell.pods.map((p) => h('li', { class: 'pod-line' },
        h('span', { class: `pod ${revisionClass(p.rev)}${p.ready ? ' ready' : ''}${p.terminating ? ' terminating' : ''}` }, icon(podIcon(p)), `r${p.rev}`),
        h('span', { class: 'pod-text' }, podDescription(p, s)),
        p.terminating ? null : button('trash', `${s('Delete pod')} ${p.name}`, () => post({ type: 'deletePod', pod: p.name }), { iconOnly: true, cls: 'small' })));
      const reasons = (cell.reasons ?? []).map((r) => h('li', { class: 'reason' }, icon('info'), r));
      return h('div', { class: 'ds-pods' }, h('h4', {}, ds.name, cell.misscheduled ? h('span', { class: 'badge warn' }, s('misscheduled')) : null),
        h('ul', {}, ...items, ...reasons, items.length === 0 && reasons.length === 0 ? h('li', { class: 'muted' }, s('no pod')) : null));
    });
    return [head, actions,
      h('h3', {}, s('Allocatable')), h('p', { class: 'alloc' }, `cpu ${n.cpu} · memory ${n.memory} · pods ${n.pods}`),
      h('h3', {}, s('Pods')), ...pods,
      h('h3', {}, s('Taints')), taints,
      h('h3', {}, s('Labels')), labels];
  }

  private drawForms(lang: string): void {
    const s = (k: string) => this.host.s(k);
    this.labelsDrawn = lang;
    const addLabel = button('tag', s('Add label'), () => {
      const key = this.labelKey.value.trim();
      if (!this.node || !key) return;
      this.host.post({ type: 'labelNode', node: this.node.name, key, value: this.labelValue.value.trim() });
      this.labelKey.value = ''; this.labelValue.value = '';
    });
    const addTaint = button('shield', s('Add taint'), () => {
      const key = this.taintKey.value.trim();
      if (!this.node || !key) return;
      const value = this.taintValue.value.trim();
      this.host.post({ type: 'taintNode', node: this.node.name, key, effect: this.taintEffect.value as TaintEffectView, ...(value ? { value } : {}) });
      this.taintKey.value = ''; this.taintValue.value = '';
    });
    this.forms.replaceChildren(
      h('fieldset', {}, h('legend', {}, s('Add label')), field(s('Key'), this.labelKey), field(s('Value'), this.labelValue), addLabel),
      h('fieldset', {}, h('legend', {}, s('Add taint')), field(s('Key'), this.taintKey), field(s('Value'), this.taintValue), field(s('Effect'), this.taintEffect), addTaint));
  }
}
