/** A small kubectl console for the playground: output, a prompt, history (↑/↓) and Tab completion. */

export interface KubectlBackend {
  run(line: string): { stdout: string; stderr: string; exitCode: number };
  complete(line: string): string[];
}

export function mountKubectlConsole(host: HTMLElement, backend: KubectlBackend, labels: { placeholder: string; title: string }): { run(line: string): void } {
  host.replaceChildren();
  host.classList.add('console');
  const title = el('div', 'console-title', labels.title);
  const out = el('pre', 'console-out');
  out.setAttribute('role', 'log');
  out.setAttribute('aria-live', 'polite');
  const form = el('form', 'console-form') as HTMLFormElement;
  const prompt = el('span', 'console-prompt', '$ kubectl');
  const input = document.createElement('input');
  input.className = 'console-input';
  input.id = 'kubectl-input';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = labels.placeholder;
  input.setAttribute('aria-label', labels.title);
  form.append(prompt, input);
  host.append(title, out, form);

  const history: string[] = [];
  let cursor = 0;
  const print = (text: string, cls?: string) => {
    const span = el('span', cls ?? '', text.endsWith('\n') || text === '' ? text : `${text}\n`);
    out.append(span);
    out.scrollTop = out.scrollHeight;
  };
  const run = (line: string) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    print(`$ kubectl ${trimmed}`, 'console-echo');
    history.push(trimmed);
    cursor = history.length;
    const result = backend.run(trimmed);
    if (result.stdout) print(result.stdout);
    if (result.stderr) print(result.stderr, 'console-err');
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(input.value);
    input.value = '';
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowUp' && cursor > 0) {
      input.value = history[--cursor];
      e.preventDefault();
    } else if (e.key === 'ArrowDown') {
      cursor = Math.min(history.length, cursor + 1);
      input.value = history[cursor] ?? '';
      e.preventDefault();
    } else if (e.key === 'Tab') {
      e.preventDefault();
      const options = backend.complete(input.value);
      if (options.length === 1) {
        input.value = input.value.replace(/\S*$/, options[0]) + ' ';
      } else if (options.length > 1) {
        print(options.join('  '), 'console-hint');
        const prefix = commonPrefix(options);
        if (prefix) input.value = input.value.replace(/\S*$/, prefix);
      }
    }
  });
  return { run };
}

function commonPrefix(words: string[]): string {
  let p = words[0] ?? '';
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function el(tag: string, cls: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
