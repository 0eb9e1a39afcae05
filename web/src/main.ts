import { monaco } from './monacoSetup';

const starter = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: fluentd-elasticsearch
spec:
  selector:
    matchLabels:
      name: fluentd-elasticsearch
  template:
    metadata:
      labels:
        name: fluentd-elasticsearch
    spec:
      containers:
      - name: fluentd-elasticsearch
        image: quay.io/fluentd_elasticsearch/fluentd:v2.5.2
`;

const model = monaco.editor.createModel(starter, 'yaml', monaco.Uri.parse('inmemory://daemonset-lab/daemonset.yaml'));
monaco.editor.create(document.getElementById('editor') as HTMLElement, { model, automaticLayout: true, minimap: { enabled: false } });
