import * as vscode from 'vscode';
import type { Lesson } from '../../core/lessons/lessonFormat';
import { parseLessonSet } from '../../core/lessons/lessonSet';

/** Reads the lessons/ folder shipped inside the extension and parses it with the core loader. */
export async function loadLessons(extensionUri: vscode.Uri): Promise<{ lessons: Lesson[]; problems: string[] }> {
  const root = vscode.Uri.joinPath(extensionUri, 'lessons');
  const folders: Record<string, Record<string, string>> = {};
  let entries: [string, vscode.FileType][] = [];
  try {
    entries = await vscode.workspace.fs.readDirectory(root);
  } catch (e) {
    return { lessons: [], problems: [`lessons/: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const decoder = new TextDecoder();
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.Directory || !/^\d+-/.test(name)) continue;
    const files: Record<string, string> = {};
    for (const [file, ft] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, name))) {
      if (ft !== vscode.FileType.File || !/\.(ya?ml|md)$/.test(file)) continue;
      files[file] = decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, name, file)));
    }
    folders[name] = files;
  }
  return parseLessonSet(folders);
}
