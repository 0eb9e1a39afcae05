/**
 * The cluster panel's webview code expects VS Code's `acquireVsCodeApi`. In the playground the panel runs in an
 * iframe and this shim carries its messages to the page (which owns the simulation), exactly as VS Code would.
 */
interface ShimApi { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void }
const KEY = 'daemonset-lab.panel-state';

(globalThis as unknown as { acquireVsCodeApi: () => ShimApi }).acquireVsCodeApi = () => ({
  postMessage: (message: unknown) => window.parent.postMessage({ source: 'daemonset-lab-panel', message }, window.location.origin),
  getState: () => {
    try { return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') ?? undefined; } catch { return undefined; }
  },
  setState: (state: unknown) => { try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch { /* no storage */ } },
});
