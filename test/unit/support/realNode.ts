/**
 * A real Node from a public Kubernetes test fixture: `internal/testdata/node.yaml` of kubernetes-sigs/structured-merge-diff
 * (a GKE node as `kubectl get node NAME -o yaml` prints it), which Debian ships in its package
 * golang-k8s-sigs-structured-merge-diff-dev (installed by .ci/setup). It is read from there, not copied into this repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const realNodePackage = 'golang-k8s-sigs-structured-merge-diff-dev';

/** The fixture's path and text; a clear error when the package is missing. */
export function realNodeFixture(): { path: string; text: string } {
  let files: string[];
  try {
    files = execFileSync('dpkg', ['-L', realNodePackage], { encoding: 'utf8' }).split('\n');
  } catch {
    throw new Error(`the real-node fixture comes from the Debian package ${realNodePackage}: run bash .ci/setup (or apt-get install ${realNodePackage})`);
  }
  const path = files.find((f) => f.endsWith('/internal/testdata/node.yaml'));
  if (!path) throw new Error(`${realNodePackage} has no internal/testdata/node.yaml`);
  return { path, text: readFileSync(path, 'utf8') };
}

/** What `kubectl get nodes -o json` prints for these Node objects: a v1 List, indented by four spaces. */
export function kubectlGetNodesJson(nodes: unknown[]): string {
  return `${JSON.stringify({ apiVersion: 'v1', items: nodes, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`;
}
