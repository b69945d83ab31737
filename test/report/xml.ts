// A strict little XML well-formedness checker for the JUnit report: balanced, properly nested
// tags, quoted attributes without duplicates, only the five predefined entities or character
// references, no raw `<` or `&` in text, no characters XML 1.0 forbids.
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (/[<]/.test(raw)) throw new Error(`raw < at ${where}`);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(raw)) throw new Error(`forbidden character at ${where}`);
  return raw.replace(/&([^;]*);?/g, (m, body: string) => {
    if (!m.endsWith(';')) throw new Error(`bare & at ${where}`);
    if (body in ENTITY) return ENTITY[body];
    const num = /^#x([0-9a-f]+)$/i.exec(body) ?? /^#([0-9]+)$/.exec(body);
    if (!num) throw new Error(`unknown entity &${body}; at ${where}`);
    return String.fromCodePoint(parseInt(num[1], body[1] === 'x' ? 16 : 10));
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  if (xml.startsWith('<?xml')) i = xml.indexOf('?>') + 2;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length) stack[stack.length - 1].text += decode(text, i);
    else if (text.trim()) throw new Error(`text outside the root at ${i}`);
    if (lt < 0) break;
    if (xml.startsWith('</', lt)) {
      const gt = xml.indexOf('>', lt);
      const name = xml.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`</${name}> closes <${open?.name}> at ${lt}`);
      i = gt + 1;
      continue;
    }
    let j = lt + 1;
    const name = NAME.exec(xml.slice(j))?.[0];
    if (!name) throw new Error(`bad tag at ${lt}`);
    j += name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(j))![0].length;
      j += ws;
      if (xml.startsWith('/>', j) || xml[j] === '>') break;
      if (ws === 0) throw new Error(`attributes must be separated by space at ${j}`);
      const m = /^([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(xml.slice(j));
      if (!m) throw new Error(`bad attribute at ${j}: ${xml.slice(j, j + 30)}`);
      if (m[1] in el.attrs) throw new Error(`duplicate attribute ${m[1]} at ${j}`);
      el.attrs[m[1]] = decode(m[2], j);
      j += m[0].length;
    }
    if (stack.length) stack[stack.length - 1].children.push(el);
    else if (root) throw new Error('two root elements');
    else root = el;
    if (xml.startsWith('/>', j)) i = j + 2;
    else {
      stack.push(el);
      i = j + 1;
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> never closed`);
  if (!root) throw new Error('no root element');
  return root;
}
