// XML read with the browser's own DOMParser, after refusing what a topology export never contains: a DOCTYPE or an
// entity declaration (never expanded: the text is refused before the parser sees it), and after a size check.
// The element tree is then walked iteratively with a bound on depth and element count.
import { checkSize, ImportError, MAX_DEPTH, MAX_NODES } from "./limits";

/** `<!DOCTYPE` or `<!ENTITY` anywhere (also inside comments: refusing is cheaper than being clever). */
const DECLARATION = /<!\s*(DOCTYPE|ENTITY)/i;

export function parseXml(textIn: string, what: string): Document {
  checkSize(textIn, what);
  const text = textIn.charCodeAt(0) === 0xfeff ? textIn.slice(1) : textIn;
  const m = DECLARATION.exec(text);
  if (m) {
    throw new ImportError(
      `${what} contains a ${m[1]?.toUpperCase()} declaration (line ${lineOf(text, m.index)}). Topology exports never have one, and entities are not expanded here: the file was refused, nothing was imported and your plan is unchanged.`,
    );
  }
  if (typeof DOMParser === "undefined") throw new ImportError("This browser cannot read XML files.");
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const err = doc.getElementsByTagName("parsererror")[0];
  if (err || !doc.documentElement || doc.documentElement.localName === "parsererror") {
    const detail = (err?.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
    throw new ImportError(
      `${what} is not well-formed XML${detail ? ` (${detail})` : ""}. Nothing was imported and your plan is unchanged.`,
    );
  }
  checkShape(doc.documentElement, what);
  return doc;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Depth and element-count bounds, checked without recursion. */
function checkShape(root: Element, what: string): void {
  const stack: [Element, number][] = [[root, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (++count > MAX_NODES) {
      throw new ImportError(
        `${what} has more than ${MAX_NODES.toLocaleString("en")} elements; a topology export has far fewer. Nothing was imported and your plan is unchanged.`,
      );
    }
    if (depth > MAX_DEPTH) {
      throw new ImportError(
        `${what} is nested more than ${MAX_DEPTH} levels deep; a topology export is about a dozen. Nothing was imported and your plan is unchanged.`,
      );
    }
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) stack.push([c, depth + 1]);
  }
}

/** Child elements with this local name (any namespace: the topology mixes several). */
export function children(el: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === localName) out.push(c);
  return out;
}

export function child(el: Element, localName: string): Element | undefined {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.localName === localName) return c;
  return undefined;
}

/** Descendant elements with this local name, in document order (bounded by checkShape's element count). */
export function descendants(el: Element, localName: string): Element[] {
  return Array.from(el.getElementsByTagNameNS("*", localName));
}

export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttribute(name);
  return v === null ? undefined : v;
}
