import * as vscode from 'vscode';
import { hoverAt } from '../core/manifest/hover';
import { toHover } from './convert';
import { panelLanguage } from './disposable';
import { yamlSelector } from './manifestDiagnostics';

/** Hover docs on the keys of DaemonSet documents. */
export const ManifestHover = {
  register(): vscode.Disposable {
    return vscode.languages.registerHoverProvider(yamlSelector, {
      provideHover(doc, position) {
        const h = hoverAt(doc.getText(), doc.offsetAt(position), panelLanguage());
        return h && toHover(doc, h);
      },
    });
  },
};
