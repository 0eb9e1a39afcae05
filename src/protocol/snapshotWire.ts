/**
 * Snapshots on the wire. A snapshot names every node and carries its cells, but a node's labels, taints, role,
 * state and allocatable (its base) only when they differ from what the same webview was last sent: at 5,000 nodes
 * they are half of a snapshot, and an edit or a rollout step changes none of them. The extension keeps one
 * SnapshotEncoder per webview and resets it when the webview (re)starts (`ready`); the webview keeps a
 * SnapshotDecoder, and asks for everything again (`ready`) if a node arrives without a base it knows.
 */
import type { CellView, ClusterSnapshot, NodeBaseView, NodeView, NodeWire, ReadyView, SnapshotWire, TaintView } from './messages';

function samePairs(a: [string, string][], b: [string, string][]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

function sameTaints(a: TaintView[], b: TaintView[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].key !== b[i].key || a[i].value !== b[i].value || a[i].effect !== b[i].effect) return false;
  return true;
}

/** Whether two views of a node agree on everything but their cells. */
export function sameNodeBase(a: NodeView, b: NodeView): boolean {
  return a.role === b.role && a.unschedulable === b.unschedulable && a.ready === b.ready && a.cpu === b.cpu
    && a.memory === b.memory && a.pods === b.pods && samePairs(a.labels, b.labels) && sameTaints(a.taints, b.taints);
}

function baseOf(n: NodeView): NodeBaseView {
  return { role: n.role, labels: n.labels, taints: n.taints, unschedulable: n.unschedulable, ready: n.ready, cpu: n.cpu, memory: n.memory, pods: n.pods };
}

/** Extension side: what to post for a snapshot, given what this webview already has. */
export class SnapshotEncoder {
  private sent = new Map<string, NodeView>();

  /** The webview starts empty (first load, reload, or it asked again): the next snapshot carries every base. */
  reset(): void {
    this.sent = new Map();
  }

  encode(snapshot: ClusterSnapshot): SnapshotWire {
    const sent = new Map<string, NodeView>();
    const nodes = snapshot.nodes.map((n): NodeWire => {
      const before = this.sent.get(n.name);
      sent.set(n.name, n);
      return before && sameNodeBase(before, n) ? { name: n.name, cells: n.cells } : { name: n.name, cells: n.cells, base: baseOf(n) };
    });
    this.sent = sent;
    return { ...snapshot, nodes };
  }
}

const readyValues: readonly string[] = ['True', 'False', 'Unknown'];

function isBase(b: unknown): b is NodeBaseView {
  if (typeof b !== 'object' || b === null) return false;
  const o = b as Record<string, unknown>;
  return typeof o.role === 'string' && Array.isArray(o.labels) && Array.isArray(o.taints) && typeof o.unschedulable === 'boolean'
    && typeof o.ready === 'string' && readyValues.includes(o.ready as ReadyView) && typeof o.cpu === 'string'
    && typeof o.memory === 'string' && typeof o.pods === 'string';
}

/** Webview side: whole snapshots again, from what arrives and the bases it kept. */
export class SnapshotDecoder {
  private bases = new Map<string, NodeView>();

  /** The snapshot, or undefined when a node is malformed or its base was never sent (then ask for all again). */
  decode(wire: SnapshotWire): ClusterSnapshot | undefined {
    const bases = new Map<string, NodeView>();
    const nodes: NodeView[] = [];
    for (const w of wire.nodes as unknown[]) {
      if (typeof w !== 'object' || w === null) return undefined;
      const { name, cells, base } = w as Record<string, unknown>;
      if (typeof name !== 'string' || !Array.isArray(cells)) return undefined;
      let view: NodeView;
      if (base !== undefined) {
        if (!isBase(base)) return undefined;
        view = { name, ...base, cells: cells as CellView[] };
      } else {
        const known = this.bases.get(name);
        if (!known) return undefined;
        view = { ...known, cells: cells as CellView[] };
      }
      bases.set(name, view);
      nodes.push(view);
    }
    this.bases = bases;
    return { ...wire, nodes };
  }
}
