/** Our own diagnostics, hover and completion from src/core/manifest, registered as Monaco providers. */
import type { monaco as Monaco } from './monacoSetup';

export function registerManifestProviders(_monaco: typeof Monaco, _model: Monaco.editor.ITextModel, _lang: () => 'en' | 'ko'): void {
  // filled in when src/core/manifest lands
}
