// Lesson view script: buttons post validated-by-the-extension messages; focus survives re-renders.
(function () {
  const vscode = acquireVsCodeApi();
  const state = vscode.getState() || {};
  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest('button') : null;
    if (!target) return;
    if (target.dataset.command) {
      vscode.setState({ focus: `[data-command="${target.dataset.command}"]` });
      vscode.postMessage({ type: target.dataset.command });
    } else if (target.dataset.select !== undefined) {
      vscode.setState({ focus: `[data-select="${target.dataset.select}"]` });
      vscode.postMessage({ type: 'selectStep', index: Number(target.dataset.select) });
    }
  });
  if (state.focus && document.body.dataset.restoreFocus === 'true') {
    const el = document.querySelector(state.focus);
    if (el instanceof HTMLElement) el.focus();
  }
})();
