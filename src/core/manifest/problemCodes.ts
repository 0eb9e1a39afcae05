/** Diagnostic codes (a closed union), their severity, docs link and English/Korean message templates. */

export type Lang = 'en' | 'ko';
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type ProblemCode =
  /** The text is not valid YAML. */
  | 'yaml-syntax'
  /** The same key twice in one mapping. */
  | 'duplicate-key'
  /** `kind:` is close to DaemonSet/ReplicaSet but wrong (e.g. `Daemonset`, seed 004's `Replicaset`). */
  | 'kind-near-miss'
  /** extensions/v1beta1 or apps/v1beta2: no longer served. */
  | 'api-version-removed'
  /** A field the DaemonSet API does not have. */
  | 'unknown-field'
  /** `spec.replicas`: a DaemonSet runs one pod per eligible node. */
  | 'replicas-not-allowed'
  /** A value of the wrong type (e.g. a number where a string is needed). */
  | 'wrong-type'
  /** A field the API requires is missing. */
  | 'missing-required'
  /** A value outside a fixed set (casing counts). */
  | 'invalid-enum'
  /** metadata.name is not a DNS-1123 subdomain (R5). */
  | 'invalid-name'
  /** A label key or value is invalid (R6). */
  | 'invalid-label'
  /** The selector does not select the template labels (R7). */
  | 'selector-template-mismatch'
  /** `selector: {}` (R7). */
  | 'empty-selector'
  /** A malformed selector requirement (R7). */
  | 'invalid-selector'
  /** restartPolicy other than Always (R9). */
  | 'restart-policy-not-always'
  /** activeDeadlineSeconds is forbidden in a DaemonSet (R9). */
  | 'active-deadline-forbidden'
  /** minReadySeconds / revisionHistoryLimit below 0 (R10). */
  | 'negative-value'
  /** updateStrategy.type other than RollingUpdate/OnDelete (R11). */
  | 'invalid-update-strategy'
  /** maxUnavailable / maxSurge malformed or above 100% (R12). */
  | 'invalid-rolling-update'
  /** maxSurge with a non-zero maxUnavailable (R12; maxUnavailable defaults to 1). */
  | 'surge-with-unavailable'
  /** maxUnavailable and maxSurge both 0 (R12). */
  | 'zero-budget'
  /** No containers (R14). */
  | 'missing-containers'
  /** A container field the API server rejects (name, image, pull policy, mounts). */
  | 'invalid-container'
  /** containerPort / hostPort / protocol rules. */
  | 'invalid-port'
  /** Resource quantities, requests above limits. */
  | 'invalid-resources'
  /** Toleration rules (R14). */
  | 'invalid-toleration'
  /** Node affinity rules (R14). */
  | 'invalid-affinity'
  /** Any other API-server validation error. */
  | 'invalid-field'
  /** No control-plane toleration while the DaemonSet otherwise targets every node (informational). */
  | 'no-control-plane-toleration'
  /** maxSurge with a hostPort: the surge pod can never start next to the old one (R55). */
  | 'surge-with-host-port';

type Args = Record<string, string>;
interface CodeInfo { severity: Severity; docs: string; en: (a: Args) => string; ko: (a: Args) => string }

const DS = 'https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/';
const API = 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/daemon-set-v1/';
const LABELS = 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/';
const TAINTS = 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/';
const AFFINITY = 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/';
const UPDATE = 'https://kubernetes.io/docs/tasks/manage-daemon/update-daemon-set/';
const RESOURCES = 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/';
const NAMES = 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/';
const server = (a: Args) => (a.server ? ` — ${a.server}` : '');

export const codeInfo: Record<ProblemCode, CodeInfo> = {
  'yaml-syntax': { severity: 'error', docs: 'https://yaml.org/spec/1.2.2/', en: (a) => `YAML syntax error: ${a.detail}`, ko: (a) => `YAML 문법 오류: ${a.detail}` },
  'duplicate-key': { severity: 'error', docs: 'https://yaml.org/spec/1.2.2/#mapping', en: (a) => `Duplicate key "${a.key}": a mapping's keys must be unique`, ko: (a) => `키 "${a.key}"가 중복되었습니다. 한 매핑 안의 키는 유일해야 합니다` },
  'kind-near-miss': { severity: 'warning', docs: API, en: (a) => `"kind: ${a.kind}" is not a Kubernetes kind (kinds are case-sensitive). Did you mean "kind: ${a.suggestion}"?`, ko: (a) => `"kind: ${a.kind}"는 쿠버네티스 kind가 아닙니다(대소문자를 구분합니다). "kind: ${a.suggestion}"를 의도했나요?` },
  'api-version-removed': { severity: 'error', docs: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/#v1-16', en: (a) => `${a.apiVersion} DaemonSets are no longer served (removed in Kubernetes 1.16); use apiVersion: apps/v1`, ko: (a) => `${a.apiVersion} DaemonSet은 더 이상 제공되지 않습니다(쿠버네티스 1.16에서 제거). apiVersion: apps/v1을 사용하세요` },
  'unknown-field': { severity: 'error', docs: API, en: (a) => `Unknown field "${a.field}" in ${a.parent}${a.suggestion ? `. Did you mean "${a.suggestion}"?` : ''}`, ko: (a) => `${a.parent}에 "${a.field}" 필드는 없습니다${a.suggestion ? `. "${a.suggestion}"를 의도했나요?` : ''}` },
  'replicas-not-allowed': { severity: 'error', docs: DS, en: () => 'A DaemonSet has no "replicas": it runs one pod on every eligible node, so the node count decides how many pods run. Remove this field (or use a Deployment for a fixed count)', ko: () => 'DaemonSet에는 "replicas"가 없습니다. 조건에 맞는 노드마다 파드를 하나씩 실행하므로 노드 수가 파드 수를 정합니다. 이 필드를 지우세요(개수를 정하려면 Deployment를 쓰세요)' },
  'wrong-type': { severity: 'error', docs: API, en: (a) => `${a.field} must be ${a.expected}, not ${a.actual}${a.hint ?? ''}`, ko: (a) => `${a.field}의 값은 ${a.expectedKo}이어야 합니다(지금은 ${a.actualKo})${a.hintKo ?? ''}` },
  'missing-required': { severity: 'error', docs: API, en: (a) => `Missing required field "${a.field}" in ${a.parent}`, ko: (a) => `${a.parent}에 필수 필드 "${a.field}"가 없습니다` },
  'invalid-enum': { severity: 'error', docs: API, en: (a) => `"${a.value}" is not a supported value for ${a.field}; supported: ${a.supported}${server(a)}`, ko: (a) => `"${a.value}"는 ${a.field}에 쓸 수 없는 값입니다. 가능한 값: ${a.supported}${server(a)}` },
  'invalid-name': { severity: 'error', docs: NAMES, en: (a) => `The DaemonSet name must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', at most 253 characters${server(a)}`, ko: (a) => `DaemonSet 이름은 DNS-1123 서브도메인이어야 합니다: 소문자, 숫자, '-', '.'만, 최대 253자${server(a)}` },
  'invalid-label': { severity: 'error', docs: LABELS, en: (a) => `Invalid label ${a.what}${server(a)}`, ko: (a) => `레이블 ${a.whatKo}이(가) 올바르지 않습니다${server(a)}` },
  'selector-template-mismatch': { severity: 'error', docs: `${DS}#pod-selector`, en: (a) => `spec.selector does not select the pod template's labels, so the DaemonSet could never own its pods${server(a)}`, ko: (a) => `spec.selector가 파드 템플릿의 레이블을 선택하지 않습니다. 이대로는 DaemonSet이 자기 파드를 소유할 수 없습니다${server(a)}` },
  'empty-selector': { severity: 'error', docs: `${DS}#pod-selector`, en: (a) => `An empty selector would select every pod; a DaemonSet needs matchLabels or matchExpressions${server(a)}`, ko: (a) => `빈 selector는 모든 파드를 고릅니다. DaemonSet에는 matchLabels나 matchExpressions가 필요합니다${server(a)}` },
  'invalid-selector': { severity: 'error', docs: LABELS, en: (a) => `Invalid selector requirement${server(a)}`, ko: (a) => `selector 조건이 올바르지 않습니다${server(a)}` },
  'restart-policy-not-always': { severity: 'error', docs: `${DS}#pod-template`, en: (a) => `A DaemonSet's pods must have restartPolicy: Always (or leave it out)${server(a)}`, ko: (a) => `DaemonSet 파드의 restartPolicy는 Always여야 합니다(생략해도 됩니다)${server(a)}` },
  'active-deadline-forbidden': { severity: 'error', docs: `${DS}#pod-template`, en: (a) => `activeDeadlineSeconds is not allowed in a DaemonSet: daemon pods run for as long as the node does${server(a)}`, ko: (a) => `DaemonSet에서는 activeDeadlineSeconds를 쓸 수 없습니다. 데몬 파드는 노드가 있는 동안 계속 실행됩니다${server(a)}` },
  'negative-value': { severity: 'error', docs: API, en: (a) => `Must be 0 or more${server(a)}`, ko: (a) => `0 이상이어야 합니다${server(a)}` },
  'invalid-update-strategy': { severity: 'error', docs: UPDATE, en: (a) => `updateStrategy.type must be "RollingUpdate" or "OnDelete" (case-sensitive)${server(a)}`, ko: (a) => `updateStrategy.type은 "RollingUpdate" 또는 "OnDelete"여야 합니다(대소문자 구분)${server(a)}` },
  'invalid-rolling-update': { severity: 'error', docs: UPDATE, en: (a) => `Must be a non-negative integer or a percentage such as "10%" (at most 100%)${server(a)}`, ko: (a) => `0 이상의 정수나 "10%" 같은 백분율(최대 100%)이어야 합니다${server(a)}` },
  'surge-with-unavailable': { severity: 'error', docs: UPDATE, en: (a) => `maxSurge needs maxUnavailable: 0 (maxUnavailable defaults to 1, and only one of the two may be non-zero)${server(a)}`, ko: (a) => `maxSurge를 쓰려면 maxUnavailable: 0을 명시해야 합니다(maxUnavailable의 기본값은 1이고 둘 중 하나만 0이 아닐 수 있습니다)${server(a)}` },
  'zero-budget': { severity: 'error', docs: UPDATE, en: (a) => `maxUnavailable and maxSurge cannot both be 0: the rollout could never replace a pod${server(a)}`, ko: (a) => `maxUnavailable과 maxSurge가 둘 다 0일 수는 없습니다. 롤아웃이 파드를 하나도 바꿀 수 없습니다${server(a)}` },
  'missing-containers': { severity: 'error', docs: `${DS}#pod-template`, en: (a) => `The pod template needs at least one container${server(a)}`, ko: (a) => `파드 템플릿에는 컨테이너가 하나 이상 있어야 합니다${server(a)}` },
  'invalid-container': { severity: 'error', docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container', en: (a) => `Invalid container field${server(a)}`, ko: (a) => `컨테이너 필드가 올바르지 않습니다${server(a)}` },
  'invalid-port': { severity: 'error', docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports', en: (a) => `Invalid port${server(a)}`, ko: (a) => `포트 설정이 올바르지 않습니다${server(a)}` },
  'invalid-resources': { severity: 'error', docs: RESOURCES, en: (a) => `Invalid resources${server(a)}`, ko: (a) => `resources 설정이 올바르지 않습니다${server(a)}` },
  'invalid-toleration': { severity: 'error', docs: TAINTS, en: (a) => `Invalid toleration${server(a)}`, ko: (a) => `toleration이 올바르지 않습니다${server(a)}` },
  'invalid-affinity': { severity: 'error', docs: AFFINITY, en: (a) => `Invalid node affinity${server(a)}`, ko: (a) => `노드 어피니티가 올바르지 않습니다${server(a)}` },
  'invalid-field': { severity: 'error', docs: API, en: (a) => `The API server rejects this${server(a)}`, ko: (a) => `API 서버가 이 값을 거부합니다${server(a)}` },
  'no-control-plane-toleration': { severity: 'info', docs: `${TAINTS}#example-use-cases`, en: () => 'This DaemonSet targets every node but has no toleration for node-role.kubernetes.io/control-plane:NoSchedule, so control-plane nodes get no pod (DaemonSets get no automatic control-plane toleration). Add one if the daemon must run there too', ko: () => '이 DaemonSet은 모든 노드를 대상으로 하지만 node-role.kubernetes.io/control-plane:NoSchedule toleration이 없어 컨트롤 플레인 노드에는 파드가 뜨지 않습니다(자동 toleration에 control-plane은 없습니다). 그곳에서도 실행해야 한다면 toleration을 추가하세요' },
  'surge-with-host-port': { severity: 'warning', docs: UPDATE, en: () => 'maxSurge with a hostPort: the surge pod needs the same host port as the old pod on that node, so it stays Pending and the rollout never progresses. Use maxSurge: 0 with maxUnavailable instead', ko: () => 'hostPort와 maxSurge를 함께 쓰면 새 파드가 같은 노드에서 기존 파드와 같은 호스트 포트를 써야 하므로 Pending에 머물고 롤아웃이 진행되지 않습니다. maxSurge: 0과 maxUnavailable을 쓰세요' },
};

/** The message of a code in a language. */
export function problemMessage(code: ProblemCode, lang: Lang, args: Args = {}): string {
  return codeInfo[code][lang](args);
}
