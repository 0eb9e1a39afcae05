import { runKubectl } from '../../core/kubectl/index';
import { KubectlPromptPty } from '../kubectlPty';
import { lessonLanguage } from './lessonStrings';
import type { LessonSession } from './lessonChecks';

const prompt = '\x1b[1;36mlesson\x1b[0m \x1b[1;32mkubectl\x1b[0m$ ';

/**
 * kubectl against the active lesson's own cluster (not the workspace cluster). `-f FILE` reads the learner's
 * current text of a lesson file (e.g. `apply -f start.yaml`). After every command the lesson re-checks its steps.
 */
export class LessonKubectlPty extends KubectlPromptPty {
  constructor(private readonly session: () => LessonSession | undefined, private readonly afterCommand: () => void) {
    super(prompt, () => session()?.run.sim);
  }

  protected greeting(): string {
    const title = this.session()?.lesson.title[lessonLanguage()] ?? '';
    return lessonLanguage() === 'ko'
      ? `레슨 "${title}"의 가상 클러스터에서 동작하는 kubectl입니다. 예: get ds, get pods -o wide, delete pod NAME, apply -f start.yaml\n`
      : `kubectl on the virtual cluster of the lesson "${title}". Try: get ds, get pods -o wide, delete pod NAME, apply -f start.yaml\n`;
  }

  protected execute(line: string): void {
    const session = this.session();
    if (!session) return;
    const run = session.run;
    const result = runKubectl(run.sim, line, { language: lessonLanguage(), readFile: (p) => run.fileTexts[p.replace(/^\.\//, '')] });
    run.sim.settle();
    run.lastKubectl = result;
    this.write(result.stdout);
    this.write(result.stderr, true);
    this.afterCommand();
  }
}
