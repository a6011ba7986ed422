/** A few lines of DOM building instead of a UI library: the content module stays small. */
export interface ElementOptions {
  readonly className?: string;
  /** Text content; must come from UiText.t (test/unit/i18n checks). */
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Node[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The warning triangle; decorative (the text says everything). */
export function warningIcon(className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  const triangle = document.createElementNS(SVG, 'path');
  triangle.setAttribute('d', 'M12 2.5 1.5 21h21L12 2.5Z');
  triangle.setAttribute('class', 'icon-shape');
  const mark = document.createElementNS(SVG, 'path');
  mark.setAttribute('d', 'M11 9h2v6h-2zM11 16.5h2v2h-2z');
  mark.setAttribute('class', 'icon-mark');
  svg.append(triangle, mark);
  return svg;
}
