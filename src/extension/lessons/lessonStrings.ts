import { panelLanguage } from '../disposable';
import type { Localized } from '../../core/lessons/lessonFormat';

/** The lesson UI's language: daemonsetLab.language, else VS Code's display language. */
export const lessonLanguage = panelLanguage;

/** A lesson text in the current language. */
export function loc(text: Localized): string {
  return text[lessonLanguage()];
}

const strings = {
  openStarter: { en: 'Open starter', ko: '시작 파일 열기' },
  hint: { en: 'Hint', ko: '힌트' },
  solution: { en: 'Solution', ko: '풀이' },
  reset: { en: 'Reset', ko: '초기화' },
  next: { en: 'Next', ko: '다음' },
  steps: { en: 'Steps', ko: '단계' },
  passed: { en: 'passed', ko: '통과' },
  notPassed: { en: 'not passed yet', ko: '아직 통과 전' },
  current: { en: 'current step', ko: '현재 단계' },
  complete: { en: 'Lesson complete. Well done!', ko: '레슨을 모두 마쳤습니다. 잘하셨어요!' },
  checks: { en: 'Checks run by themselves as you edit the starter.', ko: '시작 파일을 고치면 검사가 저절로 실행됩니다.' },
  problems: { en: 'The lesson cluster did not accept the manifest', ko: '레슨 클러스터가 매니페스트를 받아들이지 않았습니다' },
  resetDone: { en: 'Lesson progress was reset.', ko: '레슨 진행 상황을 초기화했습니다.' },
  noLessons: { en: 'No lessons could be loaded.', ko: '레슨을 불러오지 못했습니다.' },
  quiz: { en: 'Quiz', ko: '퀴즈' },
  lesson: { en: 'lesson', ko: '레슨' },
  answer: { en: 'Answer', ko: '정답' },
} satisfies Record<string, Localized>;

export type StringKey = keyof typeof strings;

/** A UI string of the lessons in the current language. */
export function s(key: StringKey): string {
  return strings[key][lessonLanguage()];
}
