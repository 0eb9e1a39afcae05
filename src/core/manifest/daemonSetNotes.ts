/** DaemonSet-specific notes, defaults and immutability shown in hovers (English and Korean; behaviour of Kubernetes 1.34). */
import type { Lang } from './problemCodes';

type Note = Record<Lang, string>;

/** Keyed by a field path pattern with `[]` for list items. */
export const daemonSetNotes: Record<string, Note> = {
  'spec.selector': {
    en: 'Must select the template labels (otherwise: `` `selector` does not match template `labels` ``), may not be `{}`, and is **immutable** after creation (`field is immutable`). To change it, delete the DaemonSet with `--cascade=orphan` and create a new one that adopts the pods.',
    ko: '템플릿 레이블을 반드시 선택해야 하고(아니면 `` `selector` does not match template `labels` ``), `{}`일 수 없으며, 만든 뒤에는 **바꿀 수 없습니다**(`field is immutable`). 바꾸려면 `--cascade=orphan`으로 DaemonSet을 지우고 파드를 입양할 새 DaemonSet을 만드세요.',
  },
  'spec.template': {
    en: 'The controller creates exactly one pod from this template on every eligible node. Changing it starts a rollout (a new ControllerRevision); metadata-only changes of the DaemonSet do not.',
    ko: '컨트롤러는 이 템플릿으로 조건에 맞는 노드마다 파드를 정확히 하나 만듭니다. 템플릿을 바꾸면 롤아웃이 시작됩니다(새 ControllerRevision). DaemonSet의 메타데이터만 바꾸면 시작되지 않습니다.',
  },
  'spec.template.spec.restartPolicy': {
    en: 'A DaemonSet only accepts `Always` (the default). `OnFailure`/`Never` are rejected: `Unsupported value: "OnFailure": supported values: "Always"`.',
    ko: 'DaemonSet은 `Always`(기본값)만 허용합니다. `OnFailure`/`Never`는 거부됩니다: `Unsupported value: "OnFailure": supported values: "Always"`.',
  },
  'spec.template.spec.nodeSelector': {
    en: 'Limits the DaemonSet to nodes with all these labels. Relabelling a node adds or removes its daemon pod. Without a nodeSelector or node affinity the DaemonSet targets every node (taints still apply).',
    ko: '이 레이블을 모두 가진 노드에만 DaemonSet 파드를 둡니다. 노드 레이블을 바꾸면 그 노드의 데몬 파드가 생기거나 지워집니다. nodeSelector나 노드 어피니티가 없으면 모든 노드가 대상입니다(테인트는 여전히 적용).',
  },
  'spec.template.spec.affinity': {
    en: 'Required node affinity decides which nodes get a pod, like nodeSelector; the controller also adds a `matchFields metadata.name` term to pin each pod to its node. Preferred terms do not change eligibility.',
    ko: '필수(required) 노드 어피니티는 nodeSelector처럼 파드를 받을 노드를 정합니다. 컨트롤러는 각 파드를 자기 노드에 고정하려고 `matchFields metadata.name` 조건을 더합니다. 선호(preferred) 조건은 대상 노드를 바꾸지 않습니다.',
  },
  'spec.template.spec.tolerations': {
    en: 'Daemon pods get automatic tolerations for `not-ready`/`unreachable` (NoExecute), `disk-pressure`, `memory-pressure`, `pid-pressure`, `unschedulable` (NoSchedule) and, with hostNetwork, `network-unavailable` — but **not** for `node-role.kubernetes.io/control-plane`: add it yourself to run on control-plane nodes.',
    ko: '데몬 파드는 `not-ready`/`unreachable`(NoExecute), `disk-pressure`, `memory-pressure`, `pid-pressure`, `unschedulable`(NoSchedule), 그리고 hostNetwork일 때 `network-unavailable` toleration을 자동으로 받습니다. 하지만 `node-role.kubernetes.io/control-plane`은 **받지 않으므로** 컨트롤 플레인 노드에서 돌리려면 직접 추가하세요.',
  },
  'spec.updateStrategy': {
    en: '`RollingUpdate` (default) replaces pods node by node when the template changes; `OnDelete` creates the new pod only after you delete the old one (UP-TO-DATE stays 0 until then).',
    ko: '`RollingUpdate`(기본값)는 템플릿이 바뀌면 노드별로 파드를 교체합니다. `OnDelete`는 기존 파드를 직접 지워야 새 파드를 만듭니다(그때까지 UP-TO-DATE는 0).',
  },
  'spec.updateStrategy.rollingUpdate.maxUnavailable': {
    en: 'How many nodes may be without an available daemon pod during a rollout (int or %, rounded up against desiredNumberScheduled). Default 1. Must be `0` to use maxSurge.',
    ko: '롤아웃 중 사용 가능한 데몬 파드가 없어도 되는 노드 수입니다(정수 또는 %, desiredNumberScheduled 기준 올림). 기본값 1. maxSurge를 쓰려면 `0`이어야 합니다.',
  },
  'spec.updateStrategy.rollingUpdate.maxSurge': {
    en: 'How many nodes may run an old and a new pod at once. Default 0. Only one of maxSurge/maxUnavailable may be non-zero, so set `maxUnavailable: 0` explicitly. With a hostPort the surge pod can never start (rollout stalls).',
    ko: '옛 파드와 새 파드를 동시에 실행해도 되는 노드 수입니다. 기본값 0. maxSurge와 maxUnavailable 중 하나만 0이 아닐 수 있으므로 `maxUnavailable: 0`을 명시하세요. hostPort를 쓰면 새 파드가 뜰 수 없어 롤아웃이 멈춥니다.',
  },
  'spec.minReadySeconds': {
    en: 'A new pod counts as available only after being ready this long; a rolling update waits for availability before moving on. Default 0.',
    ko: '새 파드는 이 시간 동안 ready여야 available로 셉니다. 롤링 업데이트는 available이 된 뒤에 다음으로 넘어갑니다. 기본값 0.',
  },
  'spec.revisionHistoryLimit': {
    en: 'How many old ControllerRevisions to keep for `kubectl rollout undo`. Default 10; revisions still used by a live pod are never pruned.',
    ko: '`kubectl rollout undo`를 위해 남겨 둘 옛 ControllerRevision 수입니다. 기본값 10. 살아 있는 파드가 쓰는 리비전은 지우지 않습니다.',
  },
  'spec.template.spec.containers[].ports[].hostPort': {
    en: 'Binds the port on every node. Two pods cannot share a host port on one node: the new pod stays Pending (it is still created), and a maxSurge rollout never progresses.',
    ko: '모든 노드에서 그 포트를 엽니다. 한 노드에서 두 파드가 같은 호스트 포트를 쓸 수 없어 새 파드는 (생성은 되지만) Pending에 머물고, maxSurge 롤아웃은 진행되지 않습니다.',
  },
  'spec.template.spec.hostNetwork': {
    en: 'The pod uses the node\'s network namespace: any hostPort must equal its containerPort, and daemon pods also tolerate `network-unavailable`. Common for CNI and node agents.',
    ko: '파드가 노드의 네트워크 네임스페이스를 씁니다. hostPort는 containerPort와 같아야 하고, 데몬 파드는 `network-unavailable`도 자동으로 용인합니다. CNI나 노드 에이전트에서 흔히 씁니다.',
  },
};

/** Defaults (R1, R2) by field path pattern. */
export const fieldDefaults: Record<string, string> = {
  'spec.updateStrategy.type': 'RollingUpdate',
  'spec.updateStrategy.rollingUpdate.maxUnavailable': '1',
  'spec.updateStrategy.rollingUpdate.maxSurge': '0',
  'spec.revisionHistoryLimit': '10',
  'spec.minReadySeconds': '0',
  'spec.template.spec.restartPolicy': 'Always',
  'spec.template.spec.dnsPolicy': 'ClusterFirst',
  'spec.template.spec.terminationGracePeriodSeconds': '30',
  'spec.template.spec.schedulerName': 'default-scheduler',
  'spec.template.spec.containers[].imagePullPolicy': 'Always for :latest or no tag, else IfNotPresent',
  'spec.template.spec.containers[].ports[].protocol': 'TCP',
  'spec.template.spec.tolerations[].operator': 'Equal',
};

/** Fields that cannot change after creation. */
export const immutableFields = new Set(['spec.selector', 'metadata.name', 'metadata.namespace']);
