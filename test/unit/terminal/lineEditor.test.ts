import * as assert from 'node:assert/strict';
import { LineEditor } from '../../../src/core/terminal/lineEditor';

const words = ['get', 'describe', 'delete', 'daemonsets'];
const completer = (before: string) => { const p = /(\S*)$/.exec(before)?.[1] ?? ''; return words.filter((w) => w.startsWith(p)); };

suite('terminal: LineEditor', () => {
  test('typing, Enter submits and echoes a newline', () => {
    const ed = new LineEditor('$ ', completer);
    const out = ed.feed('get ds\r');
    assert.deepEqual(out.submitted, ['get ds']);
    assert.ok(out.write.startsWith('get ds\r\n'));
    assert.equal(ed.line, '');
  });

  test('a paste of several lines submits each (CRLF counts once)', () => {
    const ed = new LineEditor('$ ', completer);
    assert.deepEqual(ed.feed('a\r\nb\nc').submitted, ['a', 'b']);
    assert.equal(ed.line, 'c');
  });

  test('backspace, left arrow and insertion in the middle, Delete, Home/End', () => {
    const ed = new LineEditor('$ ', completer);
    ed.feed('gt');
    ed.feed('\x1b[D');
    ed.feed('e');
    assert.equal(ed.line, 'get');
    ed.feed('\x7f');
    assert.deepEqual([ed.line, ed.cursor], ['gt', 1]);
    ed.feed('\x1b[H\x1b[3~');
    assert.deepEqual([ed.line, ed.cursor], ['t', 0]);
    ed.feed('\x1b[Fx');
    assert.equal(ed.line, 'tx');
  });

  test('history: up recalls older lines, down returns to the draft; duplicates collapse', () => {
    const ed = new LineEditor('$ ', completer);
    ed.feed('one\rtwo\rtwo\rdra');
    ed.feed('\x1b[A');
    assert.equal(ed.line, 'two');
    ed.feed('\x1b[A');
    assert.equal(ed.line, 'one');
    ed.feed('\x1b[A');
    assert.equal(ed.line, 'one');
    ed.feed('\x1b[B\x1b[B');
    assert.equal(ed.line, 'dra');
  });

  test('tab: a single candidate completes with a space; several extend the common prefix or list', () => {
    const ed = new LineEditor('$ ', completer);
    ed.feed('ge\t');
    assert.equal(ed.line, 'get ');
    const ed2 = new LineEditor('$ ', completer);
    ed2.feed('de');
    const listed = ed2.feed('\t');
    assert.equal(ed2.line, 'de');
    assert.match(listed.write, /describe {2}delete/);
    const ed3 = new LineEditor('$ ', completer);
    ed3.feed('d\t');
    assert.equal(ed3.line, 'd');
    assert.ok(new LineEditor('$ ', completer).feed('zz\t').write.includes('\x07'), 'no candidate rings the bell');
  });

  test('Ctrl+C clears the line, Ctrl+U kills before the cursor', () => {
    const ed = new LineEditor('$ ', completer);
    ed.feed('abc\x03');
    assert.equal(ed.line, '');
    ed.feed('abc\x1b[D\x15');
    assert.deepEqual([ed.line, ed.cursor], ['c', 0]);
  });
});
