/** -o yaml / -o json / -o name printers (cli-runtime's YAMLPrinter, JSONPrinter, NamePrinter). */
import { stringify } from 'yaml';
import type { KObject, ResourceInfo } from '../resources';

/** The object as the API returns it: apiVersion and kind first set, keys sorted like an unstructured map. */
export function withTypeMeta(o: KObject, info: ResourceInfo): Record<string, unknown> {
  return sortKeys({ ...(o as Record<string, unknown>), apiVersion: o.apiVersion ?? info.apiVersion, kind: o.kind ?? info.kind }) as Record<string, unknown>;
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = sortKeys(x);
    }
    return out;
  }
  return v;
}

/** A single object, or a `kind: List` when several objects (or a list request) are printed. */
export function listOrSingle(objects: Record<string, unknown>[], asList: boolean): Record<string, unknown> {
  if (!asList && objects.length === 1) return objects[0];
  return { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
}

/**
 * sigs.k8s.io/yaml (go-yaml v2) style: YAML 1.1 scalars that would change type are double-quoted
 * ("15", "true", "2025-01-01T00:00:00Z", "on"), sequences are not indented, lines are not folded.
 */
export function toYaml(v: unknown): string {
  return stringify(v, { version: '1.1', indentSeq: false, lineWidth: 0, minContentWidth: 0, sortMapEntries: true });
}

export function toJson(v: unknown): string {
  return JSON.stringify(v, null, 4) + '\n';
}

export function toName(o: KObject, info: ResourceInfo): string {
  return `${info.kindString}/${o.metadata?.name ?? ''}\n`;
}
