/** The cluster panel's UI strings, keyed by their English text; sent in every snapshot. */
import type { PanelLanguage } from './reasons';

const ko: Record<string, string> = {
  'Virtual cluster': '가상 클러스터',
  'Play': '재생',
  'Pause': '일시 정지',
  'Step': '한 단계',
  'Speed': '속도',
  'Time': '시간',
  'Nodes': '노드',
  'Filter nodes': '노드 필터',
  'Add node': '노드 추가',
  'New node name': '새 노드 이름',
  'Remove node': '노드 삭제',
  'Import nodes…': '노드 가져오기…',
  'Export nodes…': '노드 내보내기…',
  'Reset cluster': '클러스터 초기화',
  'DaemonSets': '데몬셋',
  'No DaemonSet yet: open a DaemonSet manifest or run kubectl apply.': '아직 데몬셋이 없습니다. 데몬셋 매니페스트를 열거나 kubectl apply를 실행하세요.',
  'Rollout undo': '롤아웃 되돌리기',
  'Rollout': '롤아웃',
  'complete': '완료',
  'revision': '리비전',
  'Events': '이벤트',
  'No events yet.': '아직 이벤트가 없습니다.',
  'Problems in manifests (the last valid state keeps running)': '매니페스트 문제 (마지막으로 유효했던 상태가 계속 실행됩니다)',
  'Labels': '레이블',
  'Taints': '테인트',
  'Allocatable': '할당 가능',
  'Pods': '파드',
  'Key': '키',
  'Value': '값',
  'Effect': '효과',
  'Add label': '레이블 추가',
  'Remove label': '레이블 삭제',
  'Add taint': '테인트 추가',
  'Remove taint': '테인트 삭제',
  'Cordon': '코든(스케줄 금지)',
  'Uncordon': '언코든(스케줄 허용)',
  'Mark not ready': 'NotReady로 표시',
  'Mark ready': 'Ready로 표시',
  'Delete pod': '파드 삭제',
  'cordoned': '코든됨',
  'not ready': '준비 안 됨',
  'unknown': '알 수 없음',
  'ready': '준비됨',
  'no pod': '파드 없음',
  'misscheduled': '잘못 배치됨',
  'Select a node to see its details.': '노드를 선택하면 자세한 내용이 보입니다.',
  'Preview': '미리보기',
  'live (as you type)': '실시간 (입력하는 대로)',
  'on apply': '적용할 때만',
  'node': '노드',
  'nodes': '노드',
  'shown': '표시',
  'Terminating': '종료 중',
  'up to date': '최신',
  'old revision': '이전 리비전',
};

/** Every key, in English (the values equal the keys). */
export const panelStringKeys: readonly string[] = Object.keys(ko);

/** The table for one language: English keys → text. */
export function panelStrings(lang: PanelLanguage): Record<string, string> {
  const table: Record<string, string> = {};
  for (const key of panelStringKeys) table[key] = lang === 'ko' ? ko[key] : key;
  return table;
}
