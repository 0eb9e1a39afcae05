// Lesson view script: buttons post validated-by-the-extension messages; focus survives re-renders.
(function () {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  // The lesson shown, kept so that VS Code can bring the view back after a reload.
  const save = (extra) => vscode.setState({ lesson: document.body.dataset.lesson, ...extra });
  save({ focus: state.focus });
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest('button') : null;
    if (!target) return;
    if (target.dataset.command) {
      save({ focus: `[data-command="${target.dataset.command}"]` });
      vscode.postMessage({ type: target.dataset.command });
    } else if (target.dataset.select !== undefined) {
      save({ focus: `[data-select="${target.dataset.select}"]` });
      vscode.postMessage({ type: 'selectStep', index: Number(target.dataset.select) });
    }
  });
  if (state.focus && document.body.dataset.restoreFocus === 'true') {
    const el = document.querySelector(state.focus);
    if (el instanceof HTMLElement) el.focus();
  }
})();
