/** Define custom elements by tag; a second copy of the bundle on the page changes nothing. */
export function define(elements: Record<string, CustomElementConstructor>): void {
  for (const name in elements) {
    if (!customElements.get(name)) customElements.define(name, elements[name]);
  }
}
