/**
 * Records a Chrome trace around one page visit and attributes main-thread time to the
 * extension. An event belongs to the extension when the script it runs (its URL) is the
 * extension's; nested events are never counted twice because intervals are merged
 * before they are summed. The page's own script time is every other script event on the
 * same thread, minus whatever the extension ran inside it (microtask checkpoints can run
 * our observer callback inside the page's own function call).
 */
import type { CDPSession } from 'playwright-core';

export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  // Blink's own garbage collector (Oilpan, now cppgc): its marking steps run inside whatever
  // script allocates during a page's marking cycle, ours included; without this category they
  // would be billed to that script instead of being left out with V8's GC.
  'cppgc',
  // Stack samples every ~100 µs: the only way to see whose code runs inside a microtask
  // checkpoint (promise continuations carry no script URL of their own).
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

/** Events that run or prepare script. Their `url` says whose script it is. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
  'v8.produceCache',
  'CacheScript',
  'FunctionCall',
  'v8.callFunction',
  'v8.run',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EventDispatch',
  'RunMicrotasks',
]);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/** Garbage collection is the heap's cost, mostly the page's: it is left out of script time, as DevTools does. */
const GC_EVENT = /^(?:MajorGC|MinorGC|V8\.GC|BlinkGC|CppGC)/;
export const LONG_TASK_MS = 50;

interface ProfileNode {
  readonly id: number;
  readonly parent?: number;
  readonly callFrame: { readonly url?: string };
}

export interface TraceEvent {
  readonly name: string;
  readonly id?: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time at the start and its duration: unlike `ts`/`dur`, not inflated when the OS preempts the thread. */
  readonly tts?: number;
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly cat?: string;
  readonly args?: {
    readonly name?: string;
    readonly fileName?: string;
    /** Set on script run in an isolated world: a content script's. */
    readonly worldName?: string;
    readonly beginData?: { readonly url?: string; readonly frame?: string };
    readonly data?: {
      readonly url?: string;
      readonly scriptName?: string;
      readonly frame?: string;
      readonly stackTrace?: ReadonlyArray<{ readonly url?: string }>;
      readonly startTime?: number;
      readonly cpuProfile?: { readonly nodes?: readonly ProfileNode[]; readonly samples?: readonly number[] };
      readonly timeDeltas?: readonly number[];
    };
  };
}

type Interval = readonly [number, number];

export interface Attribution {
  /** Main-thread ms spent in the extension's scripts (union of outermost events). */
  readonly extensionMs: number;
  /** Main-thread ms spent in the page's own scripts, extension time removed. */
  readonly pageScriptMs: number;
  /** Tasks over 50 ms that would have stayed under 50 ms without the extension's part. */
  readonly extensionLongTasks: number;
  /** The extension's script files seen compiled or evaluated in the page (path inside the extension). */
  readonly extensionScripts: readonly string[];
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (message) => {
    for (const event of message.value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

function scriptUrl(event: TraceEvent): string {
  const args = event.args;
  return args?.data?.url ?? args?.data?.scriptName ?? args?.fileName ?? args?.data?.stackTrace?.[0]?.url ?? '';
}

/** Script the extension runs: its URL is the extension's, or it runs in an isolated world (only one extension is loaded per browser, so any isolated world is its). */
function isExtensionEvent(event: TraceEvent, extensionOrigin: string): boolean {
  return scriptUrl(event).startsWith(extensionOrigin) || Boolean(event.args?.worldName);
}

interface Timed {
  readonly event: TraceEvent;
  /** Wall-clock interval (µs). */
  readonly start: number;
  readonly end: number;
  /** Thread-time interval (µs), when the event records thread time. */
  readonly threadStart?: number;
  readonly threadEnd?: number;
}

/** Complete ('X') events plus begin/end pairs turned into intervals, for one thread. */
function intervalsOf(events: readonly TraceEvent[]): Timed[] {
  const out: Timed[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph === 'X') {
      const thread = event.tts !== undefined && event.tdur !== undefined ? { threadStart: event.tts, threadEnd: event.tts + event.tdur } : {};
      out.push({ event, start: event.ts, end: event.ts + (event.dur ?? 0), ...thread });
    } else if (event.ph === 'B') {
      const stack = open.get(event.name) ?? [];
      stack.push(event);
      open.set(event.name, stack);
    } else if (event.ph === 'E') {
      const begin = open.get(event.name)?.pop();
      if (!begin) continue;
      const thread = begin.tts !== undefined && event.tts !== undefined ? { threadStart: begin.tts, threadEnd: event.tts } : {};
      out.push({ event: { ...begin, args: { ...begin.args, ...event.args, data: begin.args?.data ?? event.args?.data } }, start: begin.ts, end: event.ts, ...thread });
    }
  }
  return out;
}

/**
 * Maps wall-clock time on a thread to its thread time, by interpolating between the
 * events that record both. Profiler samples carry only wall-clock time.
 */
function threadClock(timed: readonly Timed[]): (wall: number) => number {
  const points: Array<[number, number]> = [];
  for (const t of timed) {
    if (t.threadStart === undefined || t.threadEnd === undefined) continue;
    points.push([t.start, t.threadStart], [t.end, t.threadEnd]);
  }
  points.sort((a, b) => a[0] - b[0]);
  return (wall) => {
    if (points.length === 0) return wall;
    let low = 0;
    let high = points.length - 1;
    if (wall <= points[0]![0]) return points[0]![1] - (points[0]![0] - wall);
    if (wall >= points[high]![0]) return points[high]![1] + (wall - points[high]![0]);
    while (high - low > 1) {
      const mid = (low + high) >> 1;
      if (points[mid]![0] <= wall) low = mid;
      else high = mid;
    }
    const [w0, t0] = points[low]!;
    const [w1, t1] = points[high]!;
    // Thread time never runs faster than the wall clock.
    const rate = w1 > w0 ? Math.min(1, Math.max(0, (t1 - t0) / (w1 - w0))) : 0;
    return t0 + (wall - w0) * rate;
  };
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The parts of merged lists `a` and `b` that lie in both. */
function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [start, end] of a) for (const [s, e] of b) if (s < end && e > start) out.push([Math.max(start, s), Math.min(end, e)]);
  return merge(out);
}

const total = (intervals: readonly Interval[]): number => intervals.reduce((sum, [start, end]) => sum + (end - start), 0);

/** Length of the overlap between merged interval lists `a` and `b`. */
function overlap(a: readonly Interval[], b: readonly Interval[]): number {
  let sum = 0;
  let j = 0;
  for (const [start, end] of a) {
    while (j < b.length && b[j]![1] <= start) j += 1;
    for (let k = j; k < b.length && b[k]![0] < end; k += 1) sum += Math.max(0, Math.min(end, b[k]![1]) - Math.max(start, b[k]![0]));
  }
  return sum;
}


/**
 * Time ranges in which the CPU profiler caught the extension's code on `thread`, each
 * sample standing for the time until the next one (at most 1 ms).
 */
interface ProfileFrame {
  readonly parent?: number;
  readonly url: string;
  readonly functionName?: string;
  readonly lineNumber?: number;
}

/** The CPU profile recorded on `thread`: its stack nodes and its samples (node id, time in µs), in order. */
function readProfile(events: readonly TraceEvent[], thread: { pid: number; tid: number }): { nodes: Map<number, ProfileFrame>; samples: Array<{ node: number; time: number }> } | null {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  if (!profile?.id || profile.args?.data?.startTime === undefined) return null;
  const nodes = new Map<number, ProfileFrame>();
  const samples: Array<{ node: number; time: number }> = [];
  let time = profile.args.data.startTime;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== thread.pid || chunk.id !== profile.id) continue;
    for (const node of chunk.args?.data?.cpuProfile?.nodes ?? []) {
      const frame = node.callFrame as { url?: string; functionName?: string; lineNumber?: number };
      nodes.set(node.id, { parent: node.parent, url: frame.url ?? '', functionName: frame.functionName, lineNumber: frame.lineNumber });
    }
    const ids = chunk.args?.data?.cpuProfile?.samples ?? [];
    const deltas = chunk.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i += 1) {
      time += deltas[i] ?? 0;
      samples.push({ node: ids[i]!, time });
    }
  }
  return { nodes, samples };
}

/** Whether `id` or any frame below it in the stack runs the extension's script. */
function underExtension(nodes: ReadonlyMap<number, ProfileFrame>, id: number | undefined, extensionOrigin: string, memo?: Map<number, boolean>): boolean {
  if (id === undefined) return false;
  const known = memo?.get(id);
  if (known !== undefined) return known;
  const frame = nodes.get(id);
  const result = frame !== undefined && (frame.url.startsWith(extensionOrigin) || underExtension(nodes, frame.parent, extensionOrigin, memo));
  memo?.set(id, result);
  return result;
}

/** Each sample stands for the time until the next one, at most this long. */
const MAX_SAMPLE_US = 1000;

/**
 * Time ranges in which the CPU profiler caught the extension's code on `thread`, each
 * sample standing for the time until the next one (at most 1 ms).
 */
function extensionSamples(events: readonly TraceEvent[], thread: { pid: number; tid: number }, extensionOrigin: string): Interval[] {
  const profile = readProfile(events, thread);
  if (!profile) return [];
  const { nodes, samples } = profile;
  const memo = new Map<number, boolean>();
  const out: Interval[] = [];
  for (let i = 0; i + 1 < samples.length; i += 1) {
    const { node, time } = samples[i]!;
    if (underExtension(nodes, node, extensionOrigin, memo)) out.push([time, time + Math.min(samples[i + 1]!.time - time, MAX_SAMPLE_US)]);
  }
  return out;
}

/**
 * The renderer main thread that showed `pageUrl`: the thread that parsed its HTML.
 * Falls back to the main thread with the most script events naming the page.
 */
export function pageMainThread(events: readonly TraceEvent[], pageUrl: string): { pid: number; tid: number } | null {
  const names = new Map<string, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name) names.set(`${event.pid}:${event.tid}`, event.args.name);
  const votes = new Map<string, number>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (names.get(key) !== 'CrRendererMain') continue;
    const url = event.name === 'ParseHTML' ? event.args?.beginData?.url : scriptUrl(event);
    if (!url || !url.startsWith(pageUrl)) continue;
    votes.set(key, (votes.get(key) ?? 0) + (event.name === 'ParseHTML' ? 1000 : 1));
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

export function attribute(events: readonly TraceEvent[], pageUrl: string, extensionOrigin: string, longTaskMs = LONG_TASK_MS): Attribution {
  const thread = pageMainThread(events, pageUrl);
  if (!thread) throw new Error(`no renderer main thread found for ${pageUrl} in the trace`);
  const onThread = intervalsOf(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid));
  const toThreadTime = threadClock(onThread);
  // Time is summed in thread time, so that the OS preempting the renderer (other work on a
  // shared machine) is not billed to whoever was running; long tasks use the wall clock.
  const extension: Interval[] = [];
  const extensionWall: Interval[] = [];
  const script: Interval[] = [];
  const tasks: Interval[] = [];
  const gc: Interval[] = [];
  const scripts = new Set<string>();
  for (const timed of onThread) {
    const { event, start, end } = timed;
    if (TASK_EVENTS.has(event.name)) tasks.push([start, end]);
    const threadInterval: Interval = [timed.threadStart ?? toThreadTime(start), timed.threadEnd ?? toThreadTime(end)];
    if (GC_EVENT.test(event.name)) gc.push(threadInterval);
    if (!SCRIPT_EVENTS.has(event.name)) continue;
    const url = scriptUrl(event);
    if (isExtensionEvent(event, extensionOrigin)) {
      extension.push(threadInterval);
      extensionWall.push([start, end]);
      if (url.startsWith(extensionOrigin)) scripts.add(new URL(url).pathname.replace(/^\//, ''));
    } else {
      script.push(threadInterval);
    }
  }
  for (const [start, end] of extensionSamples(events, thread, extensionOrigin)) {
    extension.push([toThreadTime(start), toThreadTime(end)]);
    extensionWall.push([start, end]);
  }
  const gcMerged = merge(gc);
  const extensionMerged = merge(extension);
  const scriptMerged = merge(script);
  const extensionUs = total(extensionMerged) - overlap(extensionMerged, gcMerged);
  const pageUs = total(scriptMerged) - overlap(scriptMerged, extensionMerged) - overlap(scriptMerged, gcMerged) + overlap(scriptMerged, intersect(extensionMerged, gcMerged));
  const extensionWallMerged = merge(extensionWall);
  let extensionLongTasks = 0;
  for (const task of merge(tasks)) {
    const duration = (task[1] - task[0]) / 1000;
    if (duration <= longTaskMs) continue;
    const ours = overlap([task], extensionWallMerged) / 1000;
    if (ours > 0 && duration - ours <= longTaskMs) extensionLongTasks += 1;
  }
  return { extensionMs: extensionUs / 1000, pageScriptMs: pageUs / 1000, extensionLongTasks, extensionScripts: [...scripts].sort() };
}

/** One line of `explain`: where the extension's time went on one visit. */
export interface TimeShare {
  readonly what: string;
  readonly ms: number;
}

/**
 * A breakdown of the extension's time on one visit, for working on the gate
 * (`npx tsx bench/explain.ts`): thread ms per trace event (name and script) and, from the
 * CPU profile, sampled ms per innermost frame under the extension's code (native calls such
 * as `querySelectorAll` show by name).
 */
export function explain(events: readonly TraceEvent[], pageUrl: string, extensionOrigin: string): { events: TimeShare[]; frames: TimeShare[] } {
  const thread = pageMainThread(events, pageUrl);
  if (!thread) throw new Error(`no renderer main thread found for ${pageUrl} in the trace`);
  const onThread = intervalsOf(events.filter((e) => e.pid === thread.pid && e.tid === thread.tid));
  const byEvent = new Map<string, number>();
  for (const timed of onThread) {
    if (!SCRIPT_EVENTS.has(timed.event.name)) continue;
    if (!isExtensionEvent(timed.event, extensionOrigin)) continue;
    const url = scriptUrl(timed.event);
    const key = `${timed.event.name} ${url.replace(/^[a-z-]+:\/\/[^/]+\//, '') || `(${timed.event.args?.worldName ?? 'isolated world'})`}`;
    const us = timed.threadStart !== undefined && timed.threadEnd !== undefined ? timed.threadEnd - timed.threadStart : timed.end - timed.start;
    byEvent.set(key, (byEvent.get(key) ?? 0) + us);
  }
  const byFrame = new Map<string, number>();
  const profile = readProfile(events, thread);
  if (profile) {
    const { nodes, samples } = profile;
    const ours = (id: number | undefined): boolean => id !== undefined && (nodes.get(id)?.url.startsWith(extensionOrigin) ?? false);
    const nameOf = (id: number | undefined): string => {
      const frame = id === undefined ? undefined : nodes.get(id);
      if (!frame) return '?';
      return `${frame.functionName || '(anonymous)'}${frame.url ? ` ${frame.url.replace(/^[a-z-]+:\/\/[^/]+\//, '')}:${(frame.lineNumber ?? 0) + 1}` : ''}`;
    };
    const memo = new Map<number, boolean>();
    for (let i = 0; i + 1 < samples.length; i += 1) {
      const { node, time } = samples[i]!;
      if (!underExtension(nodes, node, extensionOrigin, memo)) continue;
      // A native frame (querySelectorAll, a regex) is named with the extension function that called it.
      let caller: number | undefined = node;
      while (caller !== undefined && !ours(caller)) caller = nodes.get(caller)?.parent;
      // Up to three extension frames name where the time went (a helper, its caller, theirs).
      const frames: number[] = caller === undefined || caller === node ? [] : [caller];
      for (let outer = nodes.get(caller!)?.parent; outer !== undefined && frames.length < 3; outer = nodes.get(outer)?.parent) {
        if (ours(outer)) frames.push(outer);
      }
      const name = [nameOf(node), ...frames.map(nameOf)].join(' ← ');
      byFrame.set(name, (byFrame.get(name) ?? 0) + Math.min(samples[i + 1]!.time - time, MAX_SAMPLE_US));
    }
  }
  const sorted = (map: Map<string, number>): TimeShare[] => [...map.entries()].map(([what, us]) => ({ what, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  return { events: sorted(byEvent), frames: sorted(byFrame) };
}
