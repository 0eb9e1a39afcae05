/**
 * The panel's cluster intents as Simulation operations: one mapping shared by the VS Code panel and the browser
 * playground, so each control calls the same core operation kubectl uses. Throws an Error with a localized
 * message for input the cluster cannot take.
 */
import type { FromWebview } from '../../protocol/messages';
import { newWorkerNode } from '../nodes/defaultCluster';
import type { Simulation } from '../sim/api';
import type { PanelLanguage } from './reasons';

export type ClusterIntent = Extract<FromWebview, { type: 'addNode' | 'removeNode' | 'labelNode' | 'taintNode' | 'untaintNode' | 'setCordon' | 'setNodeReady' | 'deletePod' | 'rolloutUndo' }>;

const clusterIntentTypes: readonly string[] = ['addNode', 'removeNode', 'labelNode', 'taintNode', 'untaintNode', 'setCordon', 'setNodeReady', 'deletePod', 'rolloutUndo'];

export function isClusterIntent(m: FromWebview): m is ClusterIntent {
  return clusterIntentTypes.includes(m.type);
}

/** Applies one intent and settles the cluster; returns a notice to show, if any. */
export function applyClusterIntent(sim: Simulation, m: ClusterIntent, lang: PanelLanguage): { level: 'info' | 'error'; message: string } | undefined {
  const t = (en: string, ko: string) => (lang === 'ko' ? ko : en);
  switch (m.type) {
    case 'addNode':
      if (!/^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/.test(m.name)) throw new Error(t(`"${m.name}" is not a valid node name (lowercase letters, digits, '-' and '.')`, `"${m.name}"은(는) 올바른 노드 이름이 아닙니다 (소문자, 숫자, '-', '.'만 사용)`));
      if (sim.nodes().some((n) => n.metadata?.name === m.name)) throw new Error(t(`node "${m.name}" already exists`, `노드 "${m.name}"이(가) 이미 있습니다`));
      sim.addNode(newWorkerNode(m.name));
      break;
    case 'removeNode': sim.removeNode(m.node); break;
    case 'labelNode':
      if (m.value === undefined) sim.labelNode(m.node, {}, [m.key]);
      else sim.labelNode(m.node, { [m.key]: m.value });
      break;
    case 'taintNode': sim.taintNode(m.node, [{ key: m.key, effect: m.effect, ...(m.value ? { value: m.value } : {}) }]); break;
    case 'untaintNode': sim.taintNode(m.node, [], [{ key: m.key, effect: m.effect }]); break;
    case 'setCordon': if (m.cordoned) sim.cordon(m.node); else sim.uncordon(m.node); break;
    case 'setNodeReady': sim.setNodeReady(m.node, m.ready); break;
    case 'deletePod': sim.deletePod(m.pod); break;
    case 'rolloutUndo': {
      const r = sim.rolloutUndo(m.daemonSet);
      sim.settle();
      return { level: r.ok ? 'info' : 'error', message: r.message };
    }
  }
  sim.settle();
  return undefined;
}
