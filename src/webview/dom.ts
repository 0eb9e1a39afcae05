/** Tiny DOM builder: text only through textContent, attributes through setAttribute (no innerHTML). */
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export function icon(name: string, label?: string): HTMLElement {
  const el = h('span', { class: `codicon codicon-${name}`, 'aria-hidden': label ? undefined : 'true', role: label ? 'img' : undefined, 'aria-label': label });
  return el;
}

/** A button with a codicon and a label (visible text, or aria-label + title when `iconOnly`). */
export function button(iconName: string, label: string, onClick: () => void, opts: { iconOnly?: boolean; cls?: string; pressed?: boolean } = {}): HTMLButtonElement {
  const b = h('button', { type: 'button', class: `btn ${opts.cls ?? ''}${opts.iconOnly ? ' icon-only' : ''}`, title: label, 'aria-label': opts.iconOnly ? label : undefined,
    'aria-pressed': opts.pressed === undefined ? undefined : String(opts.pressed) }, icon(iconName), opts.iconOnly ? null : h('span', {}, label));
  b.addEventListener('click', onClick);
  return b;
}

/** Makes `children` the element's children in that order, moving, adding and removing as few nodes as it can. */
export function placeChildren(parent: HTMLElement, children: readonly HTMLElement[]): void {
  let cursor = parent.firstChild;
  for (const el of children) {
    if (el === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    parent.insertBefore(el, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}
