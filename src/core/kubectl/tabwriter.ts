/**
 * A port of the semantics of Go's text/tabwriter (no flags) that kubectl uses: a cell is text terminated
 * by a tab; consecutive lines with a cell in column k form a block whose width is the widest cell + padding
 * (at least minWidth); the last, unterminated cell of a line is not aligned. Width counts code points.
 */
export function tabwrite(text: string, minWidth: number, padding: number): string {
  const lines = text.split('\n');
  const cells = lines.map((l) => l.split('\t'));
  const widths: number[][] = cells.map((c) => new Array(Math.max(0, c.length - 1)).fill(0));
  formatBlock(cells, widths, 0, 0, lines.length, minWidth, padding);
  return cells
    .map((row, r) => row.map((cell, k) => (k < row.length - 1 ? cell + ' '.repeat(widths[r][k] - width(cell)) : cell)).join(''))
    .join('\n');
}

function width(s: string): number {
  let n = 0;
  for (const ch of s) n += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return n;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60);
}

/** Go's Writer.format: recursively find column blocks of column `col` within lines [line0, line1). */
function formatBlock(cells: string[][], widths: number[][], col: number, line0: number, line1: number, minWidth: number, padding: number): void {
  let line = line0;
  while (line < line1) {
    if (cells[line].length - 1 > col) {
      const start = line;
      let w = minWidth;
      for (; line < line1 && cells[line].length - 1 > col; line++) {
        w = Math.max(w, width(cells[line][col]) + padding);
      }
      for (let r = start; r < line; r++) widths[r][col] = w;
      formatBlock(cells, widths, col + 1, start, line, minWidth, padding);
    } else {
      line++;
    }
  }
}

/** kubectl get tables: printers.GetNewTabWriter (minwidth 6, padding 3). */
export function getTable(rows: string[][]): string {
  return tabwrite(rows.map((r) => r.join('\t')).join('\n'), 6, 3) + '\n';
}
