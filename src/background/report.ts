/**
 * Warning events for an administrator's `reportUrl`. Off unless a policy sets the URL.
 * Each event is one small JSON object — time, host, kind, product, action — with no path,
 * no query and nothing that identifies the user. The content script does not wait for it:
 * the route answers at once and the POST runs on its own, with a few retries.
 */
import { webHost, type Route } from './router';
import type { WarningEvent } from '../shared/messages';
import { loadSettings } from '../settings/store';

export interface ReportedEvent extends WarningEvent {
  /** ISO 8601, UTC. */
  readonly time: string;
  readonly host: string;
}

const KINDS: ReadonlySet<string> = new Set<WarningEvent['kind']>(['product', 'checkout', 'confirm', 'listing']);
const ACTIONS: ReadonlySet<string> = new Set<WarningEvent['action']>(['shown', 'continued', 'went_back']);

/** Checks a content script's event and builds what is sent; null when it is malformed. */
export function buildReportedEvent(request: WarningEvent, senderUrl: string, now: Date): ReportedEvent | null {
  if (!KINDS.has(request.kind) || !ACTIONS.has(request.action) || typeof request.product !== 'string') return null;
  const host = webHost(senderUrl);
  if (!host) return null;
  return { time: now.toISOString(), host, kind: request.kind, product: request.product.slice(0, 120), action: request.action };
}

export interface PostOptions {
  readonly attempts?: number;
  /** Delay before retry n (1-based), in ms. */
  readonly backoffMs?: (retry: number) => number;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POSTs `body` to `url`, retrying when the request could not be delivered (network error)
 * up to `attempts` times in all with growing delays. Resolves true when it was delivered.
 *
 * The request is a "no-cors" POST with a text/plain body: browsers send it to any http(s)
 * URL without a CORS preflight and without a host permission, so the extension asks for
 * no extra permission. The response is opaque, so only delivery can be known, not the
 * server's status; a server that failed after receiving the event is not asked again,
 * which also avoids duplicates.
 */
export async function postWithRetry(url: string, body: string, options: PostOptions = {}): Promise<boolean> {
  const attempts = options.attempts ?? 3;
  const backoff = options.backoffMs ?? ((retry: number) => 2_000 * 3 ** (retry - 1));
  const send = options.fetch ?? fetch;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    try {
      await send(url, {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        keepalive: true,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        body,
      });
      return true;
    } catch {
      if (attempt < attempts) await sleep(backoff(attempt));
    }
  }
  return false;
}

/** Events in flight; beyond this many, new ones are dropped rather than piling up. */
const MAX_IN_FLIGHT = 20;
let inFlight = 0;

/** Sends one event if a reportUrl is set. Never throws. */
export async function reportEvent(event: ReportedEvent, options?: PostOptions): Promise<void> {
  const { values } = await loadSettings();
  if (!values.reportUrl || inFlight >= MAX_IN_FLIGHT) return;
  inFlight += 1;
  try {
    await postWithRetry(values.reportUrl, JSON.stringify(event), options);
  } finally {
    inFlight -= 1;
  }
}

/** Content → background: a warning event; answered at once, sent in the background. */
export const reportEventRoute: Route<'report-event'> = {
  from: 'content',
  handle(request, sender) {
    const event = buildReportedEvent(request, sender?.url ?? '', new Date());
    if (event) void reportEvent(event).catch(() => undefined);
    return undefined;
  },
};
