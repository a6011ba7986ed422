import { DEFAULT_SETTINGS, MODES, type SettingKey, type Settings } from './schema';

export type ProblemCode = 'not-object' | 'unknown-setting' | 'invalid-value';

export interface ValidationProblem {
  readonly key: string;
  readonly source: 'user' | 'managed';
  /** Machine-readable kind of problem; the diagnostics view localises it. */
  readonly code: ProblemCode;
  /** The offending value, shortened, as JSON (empty when there is none). */
  readonly value: string;
  /** The same in English, for logs. */
  readonly reason: string;
}

const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function httpsUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (value === '') return '';
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A host entry: `example.com`, `*.example.com` (the same: subdomains always count) or,
 * because admins paste them, a URL whose host is taken. Lower-cased, without `*.`.
 */
function hostName(entry: string): string | null {
  let host = entry;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry)) {
    try {
      host = new URL(entry).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '');
  return HOST.test(host) ? host.toLowerCase().replace(/^\*\./, '') : null;
}

function stringList(value: unknown, each: (item: string) => string | null): string[] | null {
  // Firefox policies.json may deliver arrays as JSON strings.
  if (typeof value === 'string') {
    try {
      return stringList(JSON.parse(value), each);
    } catch {
      return null;
    }
  }
  if (!Array.isArray(value) || value.length > 1000) return null;
  const out: string[] = [];
  for (const item of value) {
    const checked = typeof item === 'string' ? each(item.trim()) : null;
    if (checked === null) return null;
    out.push(checked);
  }
  return out;
}

function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1) return true;
  if (value === 'false' || value === 0) return false;
  return null;
}

const text = (max: number) => (value: unknown): string | null => (typeof value === 'string' && value.length <= max ? value : null);

/** One validator per key: returns the clean value or null when the value is unusable. */
const VALIDATORS: { [K in SettingKey]: (value: unknown) => Settings[K] | null } = {
  mode: (v) => (typeof v === 'string' && (MODES as readonly string[]).includes(v) ? (v as Settings['mode']) : null),
  showNotices: bool,
  confirmPurchases: bool,
  allowUserDismiss: bool,
  dismissDays: (v) => {
    const n = typeof v === 'string' ? Number(v) : v;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 3650 ? n : null;
  },
  organizationName: text(120),
  message: text(500),
  supportUrl: httpsUrl,
  supportEmail: (v) => (typeof v === 'string' && (v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) && v.length <= 254 ? v : null),
  excludedHosts: (v) => stringList(v, hostName),
  extraHosts: (v) => stringList(v, hostName),
  extraProductTerms: (v) => stringList(v, (term) => (term.length >= 3 && term.length <= 80 ? term : null)),
  showFirstRunPage: bool,
  reportUrl: httpsUrl,
  detectInstalled: bool,
};

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

function shorten(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    json = String(value);
  }
  return (json ?? '').slice(0, 80);
}

export interface ValidatedLayer {
  readonly values: Partial<Settings>;
  readonly problems: ValidationProblem[];
}

/** Keeps the valid keys of a stored or managed object; reports the rest. Never throws. */
export function validateLayer(raw: unknown, source: ValidationProblem['source']): ValidatedLayer {
  const values: Record<string, unknown> = {};
  const problems: ValidationProblem[] = [];
  // Firefox hands policies.json values over as they were written, so a whole layer may
  // arrive as a JSON string.
  const layer = typeof raw === 'string' ? parseJson(raw) : raw;
  if (layer === undefined || layer === null) return { values, problems };
  if (typeof layer !== 'object' || Array.isArray(layer)) {
    return { values, problems: [{ key: '*', source, code: 'not-object', value: shorten(raw), reason: 'not an object' }] };
  }
  for (const [key, value] of Object.entries(layer as Record<string, unknown>)) {
    if (!Object.hasOwn(DEFAULT_SETTINGS, key)) {
      problems.push({ key, source, code: 'unknown-setting', value: shorten(value), reason: 'unknown setting' });
      continue;
    }
    const clean = VALIDATORS[key as SettingKey](value);
    if (clean === null) problems.push({ key, source, code: 'invalid-value', value: shorten(value), reason: `invalid value ${shorten(value)}` });
    else values[key] = clean;
  }
  return { values: values as Partial<Settings>, problems };
}
