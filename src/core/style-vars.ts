/**
 * Custom properties of one element (`style=${vars({ '--_ee-ratio': 1.5 })}`): set through the
 * CSSOM in the browser, which a strict CSP allows where it refuses a `style` attribute (Lit's
 * `styleMap` writes the attribute on its first render), and written as the attribute on the
 * server (`event-embed/ssr`), whose HTML already holds `<style>`s.
 */
import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

type Vars = Record<`--${string}`, string | number>;

class StyleVars extends Directive {
  render(values: Vars) {
    return Object.entries(values)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [values]: [Vars]) {
    for (const [name, value] of Object.entries(values)) part.element.style.setProperty(name, String(value));
    return noChange;
  }
}

export const vars = directive(StyleVars);
