/// <reference types="vite/client" />
declare module '*?worker' {
  const WorkerCtor: { new (): Worker };
  export default WorkerCtor;
}
declare module 'monaco-editor/esm/vs/editor/editor.all.js';
declare module 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
