// Lessons in the offline VS Code, as a person would: the DaemonSet Lab activity bar, lesson 1, the starter,
// editing the YAML, and the ticks in the lesson view and the Lessons tree. English and Korean.
import * as assert from 'node:assert/strict';
import { openWorkbench } from './workbench.mjs';

const settings = { 'terminal.integrated.gpuAcceleration': 'off', 'editor.autoIndent': 'none', 'editor.formatOnType': false, 'editor.autoClosingBrackets': 'never' };

/** The lesson view's document inside code-server's nested webview iframes. */
function lessonView(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

/** Runs lesson 1 through the UI; `t` holds the texts of the language under test. */
async function lessonOne(wb, t) {
  const { page } = wb;
  await page.locator(`.activitybar .action-label[aria-label^="${t.container}"]`).click();
  const lessonRow = page.locator('.pane-body .monaco-list-row', { hasText: t.lesson1 }).first();
  await lessonRow.waitFor({ timeout: 30_000 });
  await lessonRow.click();

  // The starter opens as an untitled YAML document; the lesson view beside it.
  const view = lessonView(page);
  await view.locator('main > h1', { hasText: t.lesson1 }).waitFor({ timeout: 30_000 });
  await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor();
  const editorText = page.locator('.editor-instance .view-lines').first();
  await editorText.waitFor();
  assert.match(await editorText.innerText(), /kind:\s*ReplicaSet/);
  assert.equal(await view.locator('.step.passed').count(), 0, 'the starter passes no step');

  // Edit as the learner: delete `replicas: 3` (line 12), then change the kind (line 6).
  await editorText.click();
  await goToLine(page, 12);
  await page.keyboard.press('Control+Shift+K');
  await goToLine(page, 6);
  await page.keyboard.press('End');
  for (let i = 0; i < 'ReplicaSet'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.type('DaemonSet');
  await page.waitForFunction(() => /kind:\s*DaemonSet\n/.test(document.querySelector('.editor-instance .view-lines')?.innerText ?? ''));
  assert.doesNotMatch(await editorText.innerText(), /replicas/);

  // Step 1 ticks by itself (debounced apply + check).
  await view.locator('.step.passed').first().waitFor({ timeout: 20_000 });
  assert.equal(await view.locator('.step.passed').count(), 1);
  await view.locator('.step.current', { hasText: t.step2 }).waitFor();

  // The tree shows the tick too.
  await page.locator('.pane-body .monaco-list-row[aria-expanded="false"]', { hasText: t.lesson1 }).first().locator('.monaco-tl-twistie').click().catch(() => undefined);
  const stepRow = page.locator('.pane-body .monaco-list-row', { hasText: t.step1 }).first();
  await stepRow.waitFor();
  await stepRow.locator('.codicon-pass-filled').waitFor({ timeout: 10_000 });

  // Step 2: open the hint with the keyboard.
  await view.getByRole('button', { name: t.hint, exact: true }).focus();
  await page.keyboard.press('Enter');
  await view.locator('.hint').waitFor();
  if (t.useKubectl) {
    // The lesson's own kubectl: find the pod on worker-2 and delete it.
    await view.getByRole('button', { name: 'kubectl', exact: true }).click();
    const rows = page.locator('.terminal-wrapper.active .xterm-rows');
    await rows.waitFor({ timeout: 20_000 });
    await page.locator('.terminal-wrapper.active .xterm').click();
    await page.keyboard.type('get pods -o wide\n');
    await rows.filter({ hasText: /worker-2/ }).waitFor({ timeout: 10_000 });
    const name = /(monitoring-daemon-[a-z0-9]{5})\s+1\/1\s+Running\s+\d+\s+\S+\s+\S+\s+worker-2/.exec(await rows.innerText())?.[1];
    assert.ok(name, 'a pod runs on worker-2');
    await page.keyboard.type(`delete pod ${name}\n`);
    await rows.filter({ hasText: /deleted/ }).waitFor({ timeout: 10_000 });
  } else {
    // The Solution button runs the step's solution (deletes the pod on worker-2).
    await view.getByRole('button', { name: t.solution, exact: true }).click();
  }
  await view.locator('.complete').waitFor({ timeout: 20_000 });
  assert.equal(await view.locator('.step.passed').count(), 2);
  await page.locator('.pane-body .monaco-list-row', { hasText: t.step2 }).first().locator('.codicon-pass-filled').waitFor({ timeout: 10_000 });

  // The quiz: the answer opens from the keyboard.
  const summary = view.locator('.quiz details summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  await view.locator('.quiz details[open]', { hasText: t.quizAnswer }).waitFor();
}

suite('e2e: lessons (English)', function () {
  this.timeout(240_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ settings }); });
  suiteTeardown(async () => { await wb?.close(); });

  test('lesson 1 from the activity bar: starter, YAML edit, ticks', async () => {
    await lessonOne(wb, {
      container: 'DaemonSet Lab', lesson1: 'What a DaemonSet is for', step1: 'Turn the ReplicaSet into a DaemonSet',
      step2: 'Delete a pod and watch it come back', hint: 'Hint', solution: 'Solution', useKubectl: true, quizAnswer: 'control-plane',
    });
    await wb.screenshot('lessons-en');
  });

  test('after a window reload the lesson view comes back on the same lesson with its ticks', async () => {
    const { page } = wb;
    await page.reload();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const view = lessonView(page);
    await view.locator('main > h1', { hasText: 'What a DaemonSet is for' }).waitFor({ timeout: 60_000 });
    await view.locator('.step.passed').nth(1).waitFor({ timeout: 20_000 });
    assert.equal(await view.locator('.step.passed').count(), 2);
    await wb.screenshot('lessons-en-restored');
  });
});

suite('e2e: lessons (Korean)', function () {
  this.timeout(240_000);
  let wb;
  suiteSetup(async () => { wb = await openWorkbench({ locale: 'ko', theme: 'Default Light Modern', settings }); });
  suiteTeardown(async () => { await wb?.close(); });

  /** Opens our Getting Started walkthrough from the palette and returns the locator of its first step. */
  async function openWalkthrough() {
    await wb.runCommand('Welcome: Open Walkthrough...');
    await wb.pick('데몬셋 배우기');
    const step1 = wb.page.locator('.getting-started-step', { hasText: '01. 데몬셋은 어디에 쓰나' }).first();
    await step1.waitFor({ timeout: 30_000 });
    return step1;
  }

  test('the Getting Started walkthrough is in Korean, with the Korean lesson as its media', async () => {
    const step1 = await openWalkthrough();
    await step1.getByRole('button', { name: '레슨 열기' }).waitFor();
    assert.equal(await step1.getAttribute('aria-checked'), 'false');
    const media = wb.page.frameLocator('.gettingStartedSlideDetails iframe.webview.ready').frameLocator('iframe#active-frame');
    await media.locator('h1', { hasText: '데몬셋은 어디에 쓰나' }).waitFor({ timeout: 30_000 });
    assert.match(await media.locator('body').innerText(), /모든 노드/);
    await wb.screenshot('walkthrough-ko');
    await wb.runCommand('View: Close Editor');
    await wb.page.locator('.gettingStartedContainer').waitFor({ state: 'detached' });
  });

  test('lesson 1 in Korean', async () => {
    await lessonOne(wb, {
      container: '데몬셋 실습실', lesson1: '데몬셋은 어디에 쓰나', step1: 'ReplicaSet을 데몬셋으로 바꾸기',
      step2: '파드를 지우고 다시 생기는지 보기', hint: '힌트', solution: '풀이', quizAnswer: '컨트롤 플레인',
    });
    await wb.screenshot('lessons-ko');
  });


  test('completing lesson 1 ticks its walkthrough step (completionEvents onContext)', async () => {
    const step1 = await openWalkthrough();
    await wb.page.waitForFunction(() => document.querySelector('.getting-started-step[data-step-id$="#lesson01"]')?.getAttribute('aria-checked') === 'true', undefined, { timeout: 10_000 });
    await wb.screenshot('walkthrough-ko-done');
    assert.equal(await step1.getAttribute('aria-checked'), 'true');
  });
});
