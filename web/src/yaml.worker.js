// monaco-yaml's language worker, re-exported so Vite bundles it as our own worker (see monaco-yaml's README, "Vite").
import 'monaco-yaml/yaml.worker.js';
