/** NodeReason (why a node has no daemon pod, or why it stays Pending) in English and Korean words. */
import type { NodeReason } from '../sim/api';
import type { Taint } from '../model/types';

export type PanelLanguage = 'en' | 'ko';

/** `key=value:Effect` as kubectl prints a taint. */
export function taintText(t: Pick<Taint, 'key' | 'value' | 'effect'>): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

const resourceKo: Record<string, string> = { cpu: 'CPU', memory: '메모리', pods: '파드 수', 'ephemeral-storage': '임시 스토리지' };

/** The scheduler's FailedScheduling fragments (R27) in words. */
function schedulingText(message: string, lang: PanelLanguage): string {
  const insufficient = /Insufficient ([\w./-]+)/.exec(message);
  if (insufficient) {
    const r = insufficient[1];
    return lang === 'ko' ? `${resourceKo[r] ?? r} 부족 (Insufficient ${r}): 노드의 할당 가능 자원이 모자랍니다` : `insufficient ${r} (Insufficient ${r}): the node's allocatable is used up`;
  }
  if (/free ports/.test(message)) {
    return lang === 'ko' ? '호스트 포트 사용 중: 다른 파드가 같은 hostPort를 쓰고 있습니다' : 'host port in use: another pod on the node uses the same hostPort';
  }
  if (/Too many pods/.test(message)) {
    return lang === 'ko' ? '파드 수 한도 초과 (Too many pods)' : 'too many pods on the node (Too many pods)';
  }
  if (/unschedulable/.test(message)) {
    return lang === 'ko' ? '노드가 스케줄 불가 상태입니다 (unschedulable)' : 'node is unschedulable';
  }
  return lang === 'ko' ? `스케줄러: ${message}` : `scheduler: ${message}`;
}

/** One reason as a sentence in the panel's language. */
export function describeReason(reason: NodeReason, lang: PanelLanguage): string {
  switch (reason.kind) {
    case 'nodeName':
      return lang === 'ko' ? `템플릿의 spec.nodeName이 다른 노드("${reason.nodeName}")를 가리킵니다` : `the template's spec.nodeName names another node ("${reason.nodeName}")`;
    case 'nodeSelector': {
      const want = `${reason.key}=${reason.want}`;
      if (reason.have === undefined) {
        return lang === 'ko' ? `nodeSelector ${want} 불일치: 노드에 ${reason.key} 레이블이 없습니다` : `nodeSelector ${want} not matched: the node has no ${reason.key} label`;
      }
      return lang === 'ko' ? `nodeSelector ${want} 불일치: 노드 레이블은 ${reason.key}=${reason.have}입니다` : `nodeSelector ${want} not matched: the node has ${reason.key}=${reason.have}`;
    }
    case 'affinity':
      return lang === 'ko' ? '필수 노드 어피니티(requiredDuringSchedulingIgnoredDuringExecution)가 노드와 맞지 않습니다' : 'required node affinity (requiredDuringSchedulingIgnoredDuringExecution) not matched';
    case 'taint':
      return lang === 'ko'
        ? `톨러레이션이 없는 테인트: ${taintText(reason.taint)} (키 ${reason.taint.key}, 효과 ${reason.taint.effect})`
        : `taint not tolerated: ${taintText(reason.taint)} (key ${reason.taint.key}, effect ${reason.taint.effect})`;
    case 'scheduling':
      return schedulingText(reason.message, lang);
  }
}
