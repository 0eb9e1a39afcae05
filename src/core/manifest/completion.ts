/**
 * Completion for DaemonSet YAML: keys at any path (with their API docs), the enum values the schema lacks, and a
 * DaemonSet snippet. Works on half-typed text by reading the indentation above the cursor.
 */
import { fieldsAt, schemaAt } from '../schema';
import { daemonSetNotes } from './daemonSetNotes';
import { pathPattern } from './hover';
import type { Lang } from './problemCodes';
import type { PathSegment } from './tree';

export interface CompletionEntry {
  label: string;
  kind: 'field' | 'value' | 'snippet';
  /** Plain text, or a VS Code snippet when kind is 'snippet'. */
  insertText: string;
  detail?: string;
  documentation?: string;
}

export interface CompletionResult { start: number; end: number; items: CompletionEntry[] }

const labelOperators = ['In', 'NotIn', 'Exists', 'DoesNotExist'];
const nodeOperators = [...labelOperators, 'Gt', 'Lt'];

/** Values by path pattern (the schema has no enums for these). */
const valueSets: Array<[RegExp, string[]]> = [
  [/^apiVersion$/, ['apps/v1']],
  [/^kind$/, ['DaemonSet']],
  [/^spec\.updateStrategy\.type$/, ['RollingUpdate', 'OnDelete']],
  [/\.tolerations\[\]\.effect$/, ['NoSchedule', 'PreferNoSchedule', 'NoExecute']],
  [/\.tolerations\[\]\.operator$/, ['Exists', 'Equal']],
  [/\.tolerations\[\]\.key$/, ['node-role.kubernetes.io/control-plane', 'node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable', 'node.kubernetes.io/disk-pressure', 'node.kubernetes.io/unschedulable']],
  [/(nodeSelectorTerms|preference)(\[\])?\.match(Expressions|Fields)\[\]\.operator$/, nodeOperators],
  [/matchExpressions\[\]\.operator$/, labelOperators],
  [/^spec\.template\.spec\.restartPolicy$/, ['Always']],
  [/\.imagePullPolicy$/, ['IfNotPresent', 'Always', 'Never']],
  [/\.ports\[\]\.protocol$/, ['TCP', 'UDP', 'SCTP']],
  [/^spec\.template\.spec\.dnsPolicy$/, ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None']],
  [/\.terminationMessagePolicy$/, ['File', 'FallbackToLogsOnError']],
];

/** The DaemonSet snippet (VS Code snippet syntax). */
export const daemonSetSnippet = [
  'apiVersion: apps/v1',
  'kind: DaemonSet',
  'metadata:',
  '  name: ${1:node-agent}',
  'spec:',
  '  selector:',
  '    matchLabels:',
  '      app: ${1:node-agent}',
  '  updateStrategy:',
  '    type: RollingUpdate',
  '    rollingUpdate:',
  '      maxUnavailable: 1',
  '  template:',
  '    metadata:',
  '      labels:',
  '        app: ${1:node-agent}',
  '    spec:',
  '      tolerations:',
  '      - key: node-role.kubernetes.io/control-plane',
  '        operator: Exists',
  '        effect: NoSchedule',
  '      containers:',
  '      - name: ${2:agent}',
  '        image: ${3:registry.example/agent:1.0}',
  '$0',
].join('\n');

/** The path of the mapping that holds a key written at `col` on line `lineNo` (from the indentation above). */
export function parentPathAt(lines: string[], lineNo: number, col: number): PathSegment[] {
  const segs: PathSegment[] = [];
  let target = col;
  for (let l = lineNo - 1; l >= 0 && target > 0; l--) {
    const line = lines[l];
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed === '---') {
      if (trimmed === '---') break;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (rest.startsWith('- ') || rest === '-') {
      if (indent < target && indent + 2 <= target) {
        const inner = /^- ([\w./-]+):\s*(#.*)?$/.exec(rest);
        if (inner && indent + 2 < target) segs.unshift(inner[1]);
        segs.unshift(0);
        target = indent + 1;
      }
      continue;
    }
    const m = /^([\w./-]+):\s*(#.*)?$/.exec(rest);
    if (m && indent < target) {
      segs.unshift(m[1]);
      target = indent;
    } else if (indent < target && /^[\w./-]+:/.test(rest)) {
      // A parent with an inline value: nothing sensible below it.
      return segs;
    }
  }
  return segs;
}

function docOf(description: string, pattern: string, lang: Lang): string {
  const note = daemonSetNotes[pattern];
  return note ? `${description}\n\n${note[lang]}` : description;
}

/** Completion at an offset of a YAML text (callers decide whether the document is a DaemonSet). */
export function completionAt(text: string, offset: number, lang: Lang = 'en'): CompletionResult {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineNo = before.split('\n').length - 1;
  const lines = text.split('\n');
  const linePrefix = before.slice(lineStart);
  const valueMatch = /^(\s*)(- )?([\w./-]+):\s*([\w./-]*)$/.exec(linePrefix);
  if (valueMatch) {
    const col = valueMatch[1].length + (valueMatch[2] ? 2 : 0);
    const parent = parentPathAt(lines, lineNo, col);
    const path = [...parent, ...(valueMatch[2] ? [0] : []), valueMatch[3]];
    const pattern = pathPattern(path);
    const values = valueSets.find(([re]) => re.test(pattern))?.[1] ?? (schemaAt(path)?.t === 'boolean' ? ['true', 'false'] : []);
    const word = valueMatch[4];
    return { start: offset - word.length, end: offset, items: values.map((v) => ({ label: v, kind: 'value', insertText: v, detail: pattern })) };
  }
  const keyMatch = /^(\s*)(- )?([\w./-]*)$/.exec(linePrefix);
  if (!keyMatch) return { start: offset, end: offset, items: [] };
  const word = keyMatch[3];
  const col = keyMatch[1].length + (keyMatch[2] ? 2 : 0);
  const parent = parentPathAt(lines, lineNo, col);
  const path = keyMatch[2] ? [...parent, 0] : parent;
  const items: CompletionEntry[] = [];
  for (const [name, f] of Object.entries(fieldsAt(path))) {
    if (path.length === 0 && name === 'status') continue;
    const pattern = pathPattern([...path, name]);
    const t = schemaAt([...path, name])?.t;
    items.push({ label: name, kind: 'field', insertText: t === 'object' || t === 'map' || t === 'array' ? `${name}:` : `${name}: `, detail: `${t ?? ''}${f.required ? ' · required' : ''}`, documentation: docOf(f.description, pattern, lang) });
  }
  if (path.length === 0 && col === 0) {
    items.push({ label: 'DaemonSet', kind: 'snippet', insertText: daemonSetSnippet, detail: lang === 'ko' ? 'DaemonSet 매니페스트' : 'DaemonSet manifest', documentation: lang === 'ko' ? '셀렉터와 템플릿 레이블이 맞고 control-plane toleration이 있는 DaemonSet' : 'A DaemonSet with matching selector and template labels and a control-plane toleration' });
  }
  return { start: offset - word.length, end: offset, items };
}
