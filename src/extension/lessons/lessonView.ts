import * as vscode from 'vscode';
import { stringify } from 'yaml';
import type { Lesson, LessonStep } from '../../core/lessons/lessonFormat';
import { lessonLanguage, loc, s } from './lessonStrings';

export const lessonViewType = 'daemonsetLab.lesson';

/** What the view shows; the controller owns it and calls `render` after every change. */
export interface LessonViewModel {
  lesson: Lesson;
  done: string[];
  selected: number;
  hints: Set<string>;
  solutions: Set<string>;
  problems: string[];
}

/** A message the lesson webview may send; anything else is ignored. */
export type LessonViewMessage =
  | { type: 'openStarter' | 'kubectl' | 'hint' | 'solution' | 'reset' | 'next' }
  | { type: 'selectStep'; index: number };

const buttonTypes = ['openStarter', 'kubectl', 'hint', 'solution', 'reset', 'next'] as const;

/** Validates a message received from the webview. */
export function parseLessonViewMessage(m: unknown): LessonViewMessage | undefined {
  if (typeof m !== 'object' || m === null) return undefined;
  const o = m as Record<string, unknown>;
  if ((buttonTypes as readonly unknown[]).includes(o.type) && Object.keys(o).length === 1) return { type: o.type as (typeof buttonTypes)[number] };
  if (o.type === 'selectStep' && Number.isInteger(o.index) && (o.index as number) >= 0 && (o.index as number) < 1000) return { type: 'selectStep', index: o.index as number };
  return undefined;
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars.charAt(Math.floor(Math.random() * chars.length));
  return out;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function md(text: string): Promise<string> {
  try {
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', text);
    if (typeof html === 'string') return html;
  } catch {
    // the built-in markdown extension is missing: show the text as it is
  }
  return `<p>${esc(text)}</p>`;
}

function solutionText(lesson: Lesson, step: LessonStep): string {
  const parts: string[] = [];
  if (step.solution.file) parts.push(lesson.files[step.solution.file] ?? '');
  for (const line of step.solution.kubectl ?? []) parts.push(`kubectl ${line}`);
  if (step.solution.actions?.length) parts.push(stringify(step.solution.actions).trimEnd());
  return parts.join('\n');
}

/** The lesson id a restored lesson view kept in its webview state (media/lesson.js saves it), if well-formed. */
export function lessonIdOfState(state: unknown): string | undefined {
  const id = typeof state === 'object' && state !== null ? (state as Record<string, unknown>).lesson : undefined;
  return typeof id === 'string' && /^[a-z0-9-]{1,100}$/.test(id) ? id : undefined;
}

/** The lesson webview: reading material, the steps with ticks, and the lesson buttons. */
export class LessonView {
  readonly panel: vscode.WebviewPanel;
  private renderSeq = 0;
  private lastKey = '';

  /** `restored`: the panel VS Code brings back after a reload (see `lessonIdOfState`); otherwise a new one. */
  constructor(private readonly extensionUri: vscode.Uri, onMessage: (m: LessonViewMessage) => void, onDispose: () => void, restored?: vscode.WebviewPanel) {
    const options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist')],
    };
    if (restored) restored.webview.options = options;
    this.panel = restored ?? vscode.window.createWebviewPanel(lessonViewType, 'DaemonSet Lab', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...options, retainContextWhenHidden: true });
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
    this.panel.webview.onDidReceiveMessage((raw: unknown) => {
      const m = parseLessonViewMessage(raw);
      if (m) onMessage(m);
    });
    this.panel.onDidDispose(onDispose);
  }

  /** Renders the model; `restoreFocus` (after a click in the view) puts focus back on the clicked button. */
  async render(model: LessonViewModel, restoreFocus = false): Promise<void> {
    const seq = ++this.renderSeq;
    const { lesson } = model;
    const lang = lessonLanguage();
    this.panel.title = loc(lesson.title);
    const body = await md(loc(lesson.body));
    const steps: string[] = [];
    for (const [i, step] of lesson.steps.entries()) {
      const passed = model.done.includes(step.id);
      const current = i === model.selected;
      const hint = model.hints.has(step.id) ? `<div class="hint" role="note"><strong>${esc(s('hint'))}</strong>${await md(loc(step.hint))}</div>` : '';
      const sol = model.solutions.has(step.id) ? `<div class="solution"><strong>${esc(s('solution'))}</strong><pre><code>${esc(solutionText(lesson, step))}</code></pre></div>` : '';
      steps.push(`<li class="step${passed ? ' passed' : ''}${current ? ' current' : ''}" data-step="${esc(step.id)}" aria-current="${current ? 'step' : 'false'}">
<button class="step-title" data-select="${i}" aria-label="${esc(`${i + 1}. ${loc(step.title)}, ${passed ? s('passed') : s('notPassed')}`)}"><span class="codicon codicon-${passed ? 'pass-filled' : 'circle-large-outline'}" aria-hidden="true"></span><span>${i + 1}. ${esc(loc(step.title))}</span><span class="status">${esc(passed ? s('passed') : '')}</span></button>
${current ? `<div class="instruction">${await md(loc(step.instruction))}</div>${hint}${sol}` : ''}
</li>`);
    }
    const quiz: string[] = [];
    for (const [i, q] of lesson.quiz.entries()) {
      const choices = q.choices.map((c) => `<li>${esc(loc(c))}</li>`).join('');
      quiz.push(`<li class="quiz-question"><div>${await md(loc(q.question))}</div><ol type="a">${choices}</ol>
<details><summary>${esc(s('answer'))} ${i + 1}</summary><p><strong>${esc(loc(q.choices[q.answer]))}</strong></p>${await md(loc(q.explanation))}</details></li>`);
    }
    if (seq !== this.renderSeq) return;
    const complete = lesson.steps.every((st) => model.done.includes(st.id));
    const w = this.panel.webview;
    const uri = (...p: string[]) => w.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...p)).toString();
    const key = JSON.stringify([model.done, model.selected, [...model.hints], [...model.solutions], model.problems, lang, lesson.id]);
    if (key === this.lastKey && !restoreFocus) return;
    this.lastKey = key;
    const n = nonce();
    const problems = model.problems.length
      ? `<div class="problems" role="alert"><strong>${esc(s('problems'))}</strong><ul>${model.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>` : '';
    w.html = `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${w.cspSource}; font-src ${w.cspSource}; img-src ${w.cspSource}; script-src 'nonce-${n}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link href="${uri('dist', 'codicons', 'codicon.css')}" rel="stylesheet">
<link href="${uri('media', 'lesson.css')}" rel="stylesheet">
<title>${esc(loc(lesson.title))}</title>
</head>
<body data-restore-focus="${restoreFocus}" data-lesson="${esc(lesson.id)}">
<main>
<h1>${String(lesson.order).padStart(2, '0')}. ${esc(loc(lesson.title))}</h1>
<p class="summary">${esc(loc(lesson.summary))}</p>
<nav class="toolbar" aria-label="${esc(loc(lesson.title))}">
<button data-command="openStarter"><span class="codicon codicon-go-to-file" aria-hidden="true"></span>${esc(s('openStarter'))}</button>
<button data-command="kubectl" class="secondary"><span class="codicon codicon-terminal" aria-hidden="true"></span>kubectl</button>
<button data-command="hint"><span class="codicon codicon-lightbulb" aria-hidden="true"></span>${esc(s('hint'))}</button>
<button data-command="solution" class="secondary"><span class="codicon codicon-eye" aria-hidden="true"></span>${esc(s('solution'))}</button>
<button data-command="reset" class="secondary"><span class="codicon codicon-discard" aria-hidden="true"></span>${esc(s('reset'))}</button>
<button data-command="next"><span class="codicon codicon-arrow-right" aria-hidden="true"></span>${esc(s('next'))}</button>
</nav>
<p class="note">${esc(s('checks'))}</p>
${problems}
<section aria-labelledby="steps-h"><h2 id="steps-h">${esc(s('steps'))}</h2>
<ol class="steps">${steps.join('\n')}</ol>
${complete ? `<p class="complete" role="status"><span class="codicon codicon-pass-filled" aria-hidden="true"></span>${esc(s('complete'))}</p>` : ''}
</section>
<section class="body markdown-body">${body}</section>
${quiz.length ? `<section class="quiz" aria-labelledby="quiz-h"><h2 id="quiz-h">${esc(s('quiz'))}</h2><ol>${quiz.join('\n')}</ol></section>` : ''}
</main>
<script nonce="${n}" src="${uri('media', 'lesson.js')}"></script>
</body>
</html>`;
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  dispose(): void {
    this.panel.dispose();
  }
}
