/**
 * A strict parser for the XML 1.0 subset reports write (declaration, elements, attributes, text, character
 * and the five predefined entity references, comments): it throws on anything not well-formed, so a test
 * can hold a report to the XML rules without a dependency.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][-A-Za-z0-9._:]*/;
const FORBIDDEN = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlElement {
  const bad = FORBIDDEN.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)?.toString(16)} is not allowed in XML`);
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at++;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (xml.startsWith('<!--', at)) {
        const end = xml.indexOf('-->', at + 4);
        if (end < 0) fail('unterminated comment');
        at = end + 3;
      } else return;
    }
  };
  // Literal whitespace in an attribute becomes a space; a character reference (&#10;) is kept as written.
  const decode = (raw: string, inAttribute: boolean): string =>
    (inAttribute ? raw.replace(/[\t\n\r]/g, ' ') : raw).replace(/&([^;]*);|&|</g, (match, ref: string | undefined) => {
      if (match === '<') return fail('"<" in text or attribute');
      if (ref === undefined) return fail('"&" that starts no reference');
      const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
        const char = String.fromCodePoint(code);
        if (FORBIDDEN.test(char)) fail(`reference to a character XML does not allow (&${ref};)`);
        return char;
      }
      const named = ENTITIES[ref];
      return named ?? fail(`unknown entity &${ref};`);
    });
  const element = (): XmlElement => {
    if (xml[at] !== '<') fail('expected an element');
    at++;
    const name = NAME.exec(xml.slice(at))?.[0] ?? fail('bad element name');
    at += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = at;
      skipSpace();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (xml[at] === '>') {
        at++;
        break;
      }
      if (before === at) fail('expected whitespace before an attribute');
      const key = NAME.exec(xml.slice(at))?.[0] ?? fail('bad attribute name');
      at += key.length;
      if (xml[at] !== '=') fail('expected = after an attribute name');
      const quote = xml[at + 1] === '"' || xml[at + 1] === "'" ? (xml[at + 1] ?? '"') : fail('attribute value must be quoted');
      const end = xml.indexOf(quote, at + 2);
      if (end < 0) fail('unterminated attribute value');
      if (key in attributes) fail(`duplicate attribute ${key}`);
      attributes[key] = decode(xml.slice(at + 2, end), true);
      at = end + 1;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      const next = xml.indexOf('<', at);
      if (next < 0) fail(`unclosed <${name}>`);
      const raw = xml.slice(at, next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      text += decode(raw, false);
      at = next;
      if (xml.startsWith('</', at)) {
        at += 2;
        if (!xml.startsWith(name, at)) fail(`mismatched end tag for <${name}>`);
        at += name.length;
        skipSpace();
        if (xml[at] !== '>') fail('bad end tag');
        at++;
        return { name, attributes, children, text };
      }
      if (xml.startsWith('<!--', at)) {
        skipMisc();
        continue;
      }
      children.push(element());
    }
  };
  if (xml.startsWith('<?xml', 0)) {
    const end = xml.indexOf('?>');
    if (end < 0 || !/^<\?xml version="1\.0"( encoding="UTF-8")?\?>$/.test(xml.slice(0, end + 2))) fail('bad XML declaration');
    at = end + 2;
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (at !== xml.length) fail('content after the root element');
  return root;
}
