/** Playground state kept in localStorage, and the share link that carries a manifest in the URL fragment. */

export interface PlaygroundState {
  text: string;
  /** Scenario-format nodes of the virtual cluster (as the panel edited them). */
  nodes?: unknown[];
  /** lesson id → ids of passed steps. */
  progress: Record<string, string[]>;
  lessonId?: string;
  language?: 'en' | 'ko';
}

const KEY = 'daemonset-lab.playground.v1';

export function loadState(storage: Storage = localStorage): PlaygroundState | undefined {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<PlaygroundState>;
    if (typeof parsed.text !== 'string') return undefined;
    return { text: parsed.text, nodes: Array.isArray(parsed.nodes) ? parsed.nodes : undefined, progress: isProgress(parsed.progress) ? parsed.progress : {}, lessonId: typeof parsed.lessonId === 'string' ? parsed.lessonId : undefined, language: parsed.language === 'ko' || parsed.language === 'en' ? parsed.language : undefined };
  } catch {
    return undefined; // a corrupt entry is ignored, never fatal
  }
}

export function saveState(state: PlaygroundState, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY, JSON.stringify(state));
  } catch {
    // quota or privacy mode: the playground keeps working without persistence
  }
}

function isProgress(v: unknown): v is Record<string, string[]> {
  return typeof v === 'object' && v !== null && Object.values(v).every((a) => Array.isArray(a) && a.every((s) => typeof s === 'string'));
}

/** `#m=<base64url(utf-8 manifest)>` */
export function encodeShareFragment(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `#m=${btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export function decodeShareFragment(hash: string): string | undefined {
  const m = /^#m=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!m) return undefined;
  try {
    const b64 = m[1].replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}
