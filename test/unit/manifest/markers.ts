/** Test helper: `«…»` marks an expected range and `|` a caret; returns the clean text and offsets. */
export function marked(src: string): { text: string; ranges: Array<{ start: number; end: number }>; caret: number } {
  let text = '';
  const ranges: Array<{ start: number; end: number }> = [];
  let open = -1;
  let caret = -1;
  for (const ch of src) {
    if (ch === '«') open = text.length;
    else if (ch === '»') { ranges.push({ start: open, end: text.length }); open = -1; }
    else if (ch === '|') caret = text.length;
    else text += ch;
  }
  return { text, ranges, caret };
}

export function applyEdits(text: string, edits: Array<{ start: number; end: number; newText: string }>): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
