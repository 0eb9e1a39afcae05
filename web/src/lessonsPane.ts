/** The playground's lesson pane: list, reading material, steps with hint/solution, and ticks for passed steps. */
import MarkdownIt from 'markdown-it';
import type { Language, Lesson, LessonStep } from '../../src/core/lessons/lessonFormat';

const md = new MarkdownIt({ html: false, linkify: true });

export interface LessonsPaneHooks {
  language(): Language;
  passed(lesson: Lesson, step: LessonStep): boolean;
  openStarter(lesson: Lesson): void;
  showSolution(lesson: Lesson, step: LessonStep): void;
  reset(lesson: Lesson): void;
  selected(lesson: Lesson): void;
}

const text = {
  en: { lessons: 'Lessons', starter: 'Open starter', hint: 'Hint', solution: 'Solution', reset: 'Reset', back: 'All lessons', done: 'done', step: 'Step' },
  ko: { lessons: '실습', starter: '시작 파일 열기', hint: '힌트', solution: '정답 보기', reset: '처음부터', back: '실습 목록', done: '완료', step: '단계' },
};

export class LessonsPane {
  private current: Lesson | undefined;
  constructor(private readonly host: HTMLElement, private readonly lessons: Lesson[], private readonly hooks: LessonsPaneHooks) {}

  open(lessonId: string | undefined): void {
    this.current = this.lessons.find((l) => l.id === lessonId);
    if (this.current) this.hooks.selected(this.current);
    this.render();
  }

  render(): void {
    const lang = this.hooks.language();
    const t = text[lang];
    this.host.replaceChildren();
    if (!this.current) {
      this.host.append(h('h2', {}, t.lessons));
      const list = h('ol', { class: 'lesson-list' });
      for (const lesson of this.lessons) {
        const done = lesson.steps.every((s) => this.hooks.passed(lesson, s));
        const button = h('button', { type: 'button', class: 'link', 'data-lesson': lesson.id }, `${lesson.title[lang]}${done ? ` ✓` : ''}`);
        button.addEventListener('click', () => this.open(lesson.id));
        list.append(h('li', {}, button));
      }
      this.host.append(list);
      return;
    }
    const lesson = this.current;
    const back = h('button', { type: 'button', class: 'link' }, `← ${t.back}`);
    back.addEventListener('click', () => this.open(undefined));
    const actions = h('div', { class: 'lesson-actions' });
    const starter = h('button', { type: 'button', id: 'lesson-starter' }, t.starter);
    starter.addEventListener('click', () => this.hooks.openStarter(lesson));
    const reset = h('button', { type: 'button' }, t.reset);
    reset.addEventListener('click', () => this.hooks.reset(lesson));
    actions.append(starter, reset);
    const body = h('div', { class: 'lesson-body' });
    body.innerHTML = md.render(lesson.body[lang]); // markdown-it with html disabled escapes raw HTML
    const steps = h('ol', { class: 'lesson-steps' });
    lesson.steps.forEach((step, i) => {
      const ok = this.hooks.passed(lesson, step);
      const li = h('li', { class: ok ? 'step passed' : 'step', 'data-step': step.id, 'aria-label': `${t.step} ${i + 1}${ok ? `, ${t.done}` : ''}` });
      li.append(h('h3', {}, `${ok ? '✓ ' : ''}${step.title[lang]}`));
      const instr = h('div', { class: 'instruction' });
      instr.innerHTML = md.render(step.instruction[lang]);
      const hint = h('details', {}, h('summary', {}, t.hint), h('p', {}, step.hint[lang]));
      const solution = h('button', { type: 'button', class: 'secondary' }, t.solution);
      solution.addEventListener('click', () => this.hooks.showSolution(lesson, step));
      li.append(instr, hint, solution);
      steps.append(li);
    });
    this.host.append(back, h('h2', {}, lesson.title[lang]), actions, steps, h('hr', {}), body);
  }
}

function h(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}
