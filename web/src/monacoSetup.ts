/** Monaco with only what the playground needs: the editor core, YAML highlighting and monaco-yaml. */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import 'monaco-editor/esm/vs/editor/editor.all.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.js?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import schema from './daemonset.schema.json';

declare global {
  interface Window { MonacoEnvironment?: monaco.Environment }
}

window.MonacoEnvironment = {
  getWorker(_moduleId: string, label: string) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  validate: true,
  hover: true,
  completion: true,
  schemas: [{ uri: 'inmemory://daemonset-lab/daemonset-apps-v1.json', fileMatch: ['*.yaml'], schema: schema as never }],
});

export { monaco };
