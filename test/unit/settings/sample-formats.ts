/**
 * Readers for the formats of the admin kit's sample files (policies/), so tests can
 * take the extension's policy out of each and check it against the schema.
 */
import type { ChromeSchema } from './chrome-schema';

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

/** A minimal XML property-list reader: dict, array, key, string, integer, real, true, false. */
export function parsePlist(xml: string): PlistValue {
  const tokens = [...xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>|<plist[^>]*>|<\/plist>/g, '').matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g)];
  let i = 0;
  const decode = (text: string): string =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const value = (): PlistValue => {
    const [, closing, tag, selfClosing, text] = tokens[i++]!;
    if (closing) throw new Error(`unexpected </${tag}>`);
    if (selfClosing) {
      if (tag === 'true') return true;
      if (tag === 'false') return false;
      if (tag === 'dict') return {};
      if (tag === 'array') return [];
      throw new Error(`unexpected <${tag}/>`);
    }
    if (tag === 'string' || tag === 'integer' || tag === 'real') {
      const close = tokens[i++]!;
      if (close[2] !== tag || !close[1]) throw new Error(`unclosed <${tag}>`);
      return tag === 'string' ? decode(text ?? '') : Number(text);
    }
    if (tag === 'array') {
      const out: PlistValue[] = [];
      while (!(tokens[i]![1] && tokens[i]![2] === 'array')) out.push(value());
      i++;
      return out;
    }
    if (tag === 'dict') {
      const out: Record<string, PlistValue> = {};
      while (!(tokens[i]![1] && tokens[i]![2] === 'dict')) {
        const [, , keyTag, , keyText] = tokens[i++]!;
        if (keyTag !== 'key') throw new Error(`expected <key>, got <${keyTag}>`);
        i++; // </key>
        out[decode(keyText ?? '')] = value();
      }
      i++;
      return out;
    }
    throw new Error(`unknown plist element <${tag}>`);
  };
  const root = value();
  if (i !== tokens.length) throw new Error('trailing content after the root element');
  return root;
}

export type RegistryValue = string | number;

/** A .reg file as key path → value name → value (REG_SZ strings and REG_DWORD numbers). */
export function parseRegFile(text: string): Map<string, Map<string, RegistryValue>> {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing the "Windows Registry Editor Version 5.00" header');
  const keys = new Map<string, Map<string, RegistryValue>>();
  let current: Map<string, RegistryValue> | null = null;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      current = new Map();
      keys.set(section[1]!, current);
      continue;
    }
    const entry = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!entry || !current) throw new Error(`cannot read .reg line: ${line}`);
    const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');
    current.set(unescape(entry[1]!), entry[2] !== undefined ? unescape(entry[2]) : parseInt(entry[3]!, 16));
  }
  return keys;
}

/**
 * The policy object Chrome/Edge build from the registry key `base`: values become
 * properties, subkeys with values 1..n become lists, and a DWORD becomes a boolean where
 * the schema says boolean (Chrome converts registry values by the schema).
 */
export function policyFromRegistry(keys: Map<string, Map<string, RegistryValue>>, base: string, schema: ChromeSchema): Record<string, unknown> {
  const values = keys.get(base);
  if (!values) throw new Error(`no key ${base}`);
  const policy: Record<string, unknown> = {};
  for (const [name, value] of values) {
    const type = schema.properties?.[name]?.type;
    if (type === 'boolean' && typeof value === 'number') {
      if (value !== 0 && value !== 1) throw new Error(`${name}: a boolean DWORD must be 0 or 1`);
      policy[name] = value === 1;
    } else {
      policy[name] = value;
    }
  }
  for (const [path, subValues] of keys) {
    if (!path.startsWith(`${base}\\`)) continue;
    const name = path.slice(base.length + 1);
    const list = [...subValues.entries()];
    list.forEach(([index], i) => {
      if (index !== String(i + 1)) throw new Error(`${path}: list values must be named 1, 2, 3... in order`);
    });
    policy[name] = list.map(([, value]) => value);
  }
  return policy;
}
