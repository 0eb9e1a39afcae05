/**
 * Parses and validates one lesson folder given as a map of file names to text (the core has no file system;
 * the extension, the CLI and tests read the folder). Every problem is reported with its file and field.
 */
import { parseDocument } from 'yaml';
import type { NodeInput } from '../sim/api';
import { codeInfo } from '../manifest/problemCodes';
import { FieldReader, isObj, join, type Obj } from './fieldReader';
import {
  editorCheckKeys, lessonActionKeys, scenarioExpectKeys,
  type Lesson, type LessonAction, type LessonError, type LessonStep, type ParseLessonResult, type QuizQuestion,
  type StepCheck, type StepSolution,
} from './lessonFormat';

const LESSON_FILE = 'lesson.yaml';
const BODY_FILES = { en: 'lesson.en.md', ko: 'lesson.ko.md' } as const;
const TOP_KEYS = ['id', 'order', 'title', 'summary', 'namespace', 'readiness', 'deletion', 'nodes', 'starter', 'steps', 'quiz'];
const STEP_KEYS = ['id', 'title', 'instruction', 'hint', 'file', 'solution', 'check', 'actions', 'snapshot'];
const NODE_KEYS = ['name', 'labels', 'taints', 'unschedulable', 'ready', 'allocatable', 'pods'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** Parses YAML text; syntax errors become LessonErrors with line numbers. */
export function parseYamlFile(file: string, text: string): { value?: unknown; errors: LessonError[] } {
  const doc = parseDocument(text);
  if (doc.errors.length) {
    return {
      errors: doc.errors.map((e) => ({
        file, field: e.linePos ? `line ${e.linePos[0].line}` : '', message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  return { value: doc.toJS(), errors: [] };
}

/** Parses a lesson folder (`lesson.yaml`, `lesson.en.md`, `lesson.ko.md`, manifests) into a typed Lesson. */
export function parseLesson(files: Record<string, string>): ParseLessonResult {
  const errors: LessonError[] = [];
  const text = files[LESSON_FILE];
  if (text === undefined) return { ok: false, errors: [{ file: LESSON_FILE, field: '', message: 'missing lesson.yaml' }] };
  const parsed = parseYamlFile(LESSON_FILE, text);
  if (parsed.errors.length) return { ok: false, errors: parsed.errors };
  if (!isObj(parsed.value)) return { ok: false, errors: [{ file: LESSON_FILE, field: '', message: 'must be a mapping' }] };
  const o = parsed.value;
  const r = new FieldReader(LESSON_FILE);
  r.onlyKeys(o, '', TOP_KEYS);

  const id = r.str(o, 'id', '');
  if (id !== undefined && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(id)) r.error('id', 'must be lowercase letters, digits and "-"');
  const order = r.num(o, 'order', '');
  const title = r.localized(o, 'title', '');
  const summary = r.localized(o, 'summary', '');
  const namespace = r.str(o, 'namespace', '', false) ?? 'default';
  const readiness = r.oneOf(o, 'readiness', '', ['auto', 'manual'] as const, 'auto');
  const deletion = r.oneOf(o, 'deletion', '', ['instant', 'graceful'] as const, 'instant');
  const nodes = (r.list(o, 'nodes', '') ?? []).map((n, i) => readNode(r, n, `nodes[${i}]`));
  const starterRaw = o.starter;
  const starter = typeof starterRaw === 'string' ? [starterRaw] : (r.stringList(o, 'starter', '') ?? []);
  starter.forEach((f, i) => checkManifestFile(r, files, f, `starter${typeof starterRaw === 'string' ? '' : `[${i}]`}`, errors));

  const stepsRaw = r.list(o, 'steps', '') ?? [];
  if (o.steps !== undefined && stepsRaw.length === 0) r.error('steps', 'a lesson needs at least one step');
  const steps = stepsRaw.map((s, i) => readStep(r, files, s, `steps[${i}]`, errors, starter)).filter((s): s is LessonStep => !!s);
  const ids = new Set<string>();
  steps.forEach((s, i) => {
    if (ids.has(s.id)) r.error(`steps[${i}].id`, `duplicate step id "${s.id}"`);
    ids.add(s.id);
  });
  const snapshots = new Set<string>();
  steps.forEach((s, i) => {
    for (const key of ['podsMatchSnapshot', 'podsDifferFromSnapshot']) {
      const ref = s.check[key];
      if (isObj(ref)) {
        for (const [k, v] of Object.entries(ref)) {
          if (k !== 'nodes' && (typeof v !== 'string' || !snapshots.has(v))) r.error(`steps[${i}].check.${key}.${k}`, `no earlier step takes snapshot "${String(v)}"`);
        }
      }
    }
    if (s.snapshot) snapshots.add(s.snapshot);
  });
  const quiz = (r.list(o, 'quiz', '', false) ?? []).map((q, i) => readQuiz(r, q, `quiz[${i}]`)).filter((q): q is QuizQuestion => !!q);

  const body = { en: files[BODY_FILES.en], ko: files[BODY_FILES.ko] };
  for (const lang of ['en', 'ko'] as const) {
    if (body[lang] === undefined || body[lang].trim() === '') errors.push({ file: BODY_FILES[lang], field: '', message: 'missing or empty reading material' });
  }
  if (body.ko && !/[\uac00-\ud7a3]/.test(body.ko)) errors.push({ file: BODY_FILES.ko, field: '', message: 'Korean reading material contains no Hangul' });

  errors.unshift(...r.errors);
  if (errors.length || id === undefined || order === undefined || !title || !summary) return { ok: false, errors };
  const lesson: Lesson = {
    id, order, title, summary, namespace, readiness, deletion, nodes, starter, steps, quiz,
    body: { en: body.en, ko: body.ko }, files: { ...files },
  };
  return { ok: true, lesson };
}

function checkManifestFile(r: FieldReader, files: Record<string, string>, name: string, field: string, errors: LessonError[]): void {
  const text = files[name];
  if (text === undefined) {
    r.error(field, `file "${name}" is not in the lesson folder`);
    return;
  }
  if (!/\.ya?ml$/.test(name)) r.error(field, `"${name}" must be a .yaml file`);
  const parsed = parseYamlFile(name, text);
  errors.push(...parsed.errors);
  if (!parsed.errors.length && !isObj(parsed.value)) errors.push({ file: name, field: '', message: 'a manifest must be a YAML mapping' });
}

function readNode(r: FieldReader, raw: unknown, path: string): NodeInput {
  if (!isObj(raw)) {
    r.error(path, 'must be a mapping');
    return { name: '' };
  }
  r.onlyKeys(raw, path, NODE_KEYS);
  const node: NodeInput = { name: r.str(raw, 'name', path) ?? '' };
  const labels = r.obj(raw, 'labels', path, false);
  if (labels) {
    for (const [k, v] of Object.entries(labels)) if (typeof v !== 'string') r.error(join(join(path, 'labels'), k), 'label values must be strings (quote "" and numbers)');
    node.labels = labels as Record<string, string>;
  }
  const taints = r.list(raw, 'taints', path, false);
  if (taints) {
    taints.forEach((t, i) => {
      const p = `${path}.taints[${i}]`;
      if (!isObj(t)) return r.error(p, 'must be a mapping');
      r.onlyKeys(t, p, ['key', 'value', 'effect']);
      r.str(t, 'key', p);
      r.str(t, 'value', p, false);
      if (!EFFECTS.includes(String(t.effect))) r.error(`${p}.effect`, `must be one of ${EFFECTS.join(', ')}`);
    });
    node.taints = taints as NodeInput['taints'];
  }
  if (raw.unschedulable !== undefined) {
    if (typeof raw.unschedulable !== 'boolean') r.error(`${path}.unschedulable`, 'must be true or false');
    else node.unschedulable = raw.unschedulable;
  }
  if (raw.ready !== undefined) node.ready = r.oneOf(raw, 'ready', path, ['True', 'False', 'Unknown'] as const, 'True');
  const alloc = r.obj(raw, 'allocatable', path, false);
  if (alloc) {
    r.onlyKeys(alloc, `${path}.allocatable`, ['cpu', 'memory', 'pods']);
    node.allocatable = alloc as NodeInput['allocatable'];
  }
  const pods = r.list(raw, 'pods', path, false);
  if (pods) {
    pods.forEach((p, i) => {
      const pp = `${path}.pods[${i}]`;
      if (!isObj(p)) return r.error(pp, 'must be a mapping');
      r.onlyKeys(p, pp, ['name', 'labels', 'requests', 'hostPorts', 'ready']);
      r.str(p, 'name', pp);
    });
    node.pods = pods as NodeInput['pods'];
  }
  return node;
}

function readStep(r: FieldReader, files: Record<string, string>, raw: unknown, path: string, errors: LessonError[], starter: string[]): LessonStep | undefined {
  if (!isObj(raw)) {
    r.error(path, 'must be a mapping');
    return undefined;
  }
  r.onlyKeys(raw, path, STEP_KEYS);
  const id = r.str(raw, 'id', path);
  const title = r.localized(raw, 'title', path);
  const instruction = r.localized(raw, 'instruction', path);
  const hint = r.localized(raw, 'hint', path);
  const file = r.str(raw, 'file', path, false);
  if (file !== undefined && !starter.includes(file)) r.error(`${path}.file`, `"${file}" is not one of the lesson's starter files`);
  const snapshot = r.str(raw, 'snapshot', path, false);
  const solution = readSolution(r, files, raw, `${path}.solution`, errors);
  const check = readCheck(r, raw, `${path}.check`);
  const actionsRaw = r.list(raw, 'actions', path, false);
  const actions = actionsRaw ? readActions(r, files, actionsRaw, `${path}.actions`, errors) : undefined;
  if (!id || !title || !instruction || !hint || !solution || !check) return undefined;
  const step: LessonStep = { id, title, instruction, hint, solution, check };
  if (file) step.file = file;
  if (snapshot) step.snapshot = snapshot;
  if (actions) step.actions = actions;
  return step;
}

function readSolution(r: FieldReader, files: Record<string, string>, step: Obj, path: string, errors: LessonError[]): StepSolution | undefined {
  const o = r.obj(step, 'solution', path.slice(0, path.lastIndexOf('.')));
  if (!o) return undefined;
  r.onlyKeys(o, path, ['file', 'templateId', 'kubectl', 'actions']);
  const sol: StepSolution = {};
  const file = r.str(o, 'file', path, false);
  if (file !== undefined) {
    checkManifestFile(r, files, file, `${path}.file`, errors);
    sol.file = file;
  }
  const templateId = r.str(o, 'templateId', path, false);
  if (templateId !== undefined) {
    if (file === undefined) r.error(`${path}.templateId`, 'templateId names the template of `file`; add `file`');
    sol.templateId = templateId;
  }
  const kubectl = r.stringList(o, 'kubectl', path, false);
  if (kubectl) {
    kubectl.forEach((line, i) => { if (/^\s*kubectl\s/.test(line)) r.error(`${path}.kubectl[${i}]`, 'write the command without the word "kubectl"'); });
    sol.kubectl = kubectl;
  }
  const actionsRaw = r.list(o, 'actions', path, false);
  if (actionsRaw) sol.actions = readActions(r, files, actionsRaw, `${path}.actions`, errors);
  if (!sol.file && !sol.kubectl?.length && !sol.actions?.length) r.error(path, 'a solution needs a file, kubectl lines or actions');
  return sol;
}

function readActions(r: FieldReader, files: Record<string, string>, raw: unknown[], path: string, errors: LessonError[]): LessonAction[] {
  return raw.map((a, i) => {
    const p = `${path}[${i}]`;
    if (!isObj(a)) {
      r.error(p, 'must be a mapping with one action key');
      return {};
    }
    const keys = Object.keys(a).filter((k) => k !== 'templateId');
    const actionKeys = keys.filter((k) => (lessonActionKeys as readonly string[]).includes(k));
    if (keys.length !== 1 || actionKeys.length !== 1) {
      r.error(p, `needs exactly one action key of ${lessonActionKeys.join(', ')} (found: ${keys.join(', ') || 'none'})`);
      return a;
    }
    const key = actionKeys[0];
    if (a.templateId !== undefined && key !== 'apply') r.error(`${p}.templateId`, 'only an `apply` action names a template');
    if (key === 'apply') {
      if (typeof a.apply !== 'string') r.error(`${p}.apply`, 'names a manifest file of the lesson folder');
      else checkManifestFile(r, files, a.apply, `${p}.apply`, errors);
    }
    if (key === 'kubectl' && (typeof a.kubectl !== 'string' || /^\s*kubectl\s/.test(a.kubectl))) {
      r.error(`${p}.kubectl`, 'must be a command line without the word "kubectl"');
    }
    if (key === 'advance' && (typeof a.advance !== 'number' || a.advance <= 0)) r.error(`${p}.advance`, 'must be a positive number of seconds');
    return a;
  });
}

function readCheck(r: FieldReader, step: Obj, path: string): StepCheck | undefined {
  const o = r.obj(step, 'check', path.slice(0, path.lastIndexOf('.')));
  if (!o) return undefined;
  r.onlyKeys(o, path, [...scenarioExpectKeys, ...editorCheckKeys]);
  if (Object.keys(o).length === 0) r.error(path, 'a check needs at least one expectation');
  if (o.diagnosticsGone !== undefined) {
    (r.stringList(o, 'diagnosticsGone', path) ?? []).forEach((code, i) => {
      if (!Object.prototype.hasOwnProperty.call(codeInfo, code)) r.error(`${path}.diagnosticsGone[${i}]`, `"${code}" is not a diagnostic code of src/core/manifest/problemCodes.ts`);
    });
  }
  if (o.noErrors !== undefined && o.noErrors !== true) r.error(`${path}.noErrors`, 'must be true when present');
  return o as StepCheck;
}

function readQuiz(r: FieldReader, raw: unknown, path: string): QuizQuestion | undefined {
  if (!isObj(raw)) {
    r.error(path, 'must be a mapping');
    return undefined;
  }
  r.onlyKeys(raw, path, ['question', 'choices', 'answer', 'explanation']);
  const question = r.localized(raw, 'question', path);
  const explanation = r.localized(raw, 'explanation', path);
  const choicesRaw = r.list(raw, 'choices', path) ?? [];
  if (choicesRaw.length < 2) r.error(`${path}.choices`, 'needs at least two choices');
  const choices = choicesRaw.map((c, i) => r.localized({ [`choices[${i}]`]: c }, `choices[${i}]`, path));
  const answer = r.num(raw, 'answer', path);
  if (answer !== undefined && answer >= choicesRaw.length) r.error(`${path}.answer`, `must index one of the ${choicesRaw.length} choices`);
  if (!question || !explanation || answer === undefined || choices.some((c) => !c)) return undefined;
  return { question, choices: choices as QuizQuestion['choices'], answer, explanation };
}
