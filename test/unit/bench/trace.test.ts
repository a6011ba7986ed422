import { describe, expect, it } from 'vitest';
import { attribute, pageMainThread, TRACE_CATEGORIES, type TraceEvent } from '../../../bench/trace';

const PAGE = 'https://shop.example/p/1';
const EXT = 'chrome-extension://abc/src/content/gate.js';
const MAIN = { pid: 7, tid: 7 };

const threadName = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid, args: { name } });
/** A complete event on the page's main thread; thread time runs with the wall clock unless `tdur` says otherwise. */
const complete = (name: string, ts: number, dur: number, url?: string, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tts: ts,
  tdur: dur,
  ...MAIN,
  args: url ? { data: { url } } : {},
  ...extra,
});

function trace(...events: TraceEvent[]): TraceEvent[] {
  return [threadName(7, 7, 'CrRendererMain'), threadName(9, 9, 'CrRendererMain'), { name: 'ParseHTML', ph: 'X', ts: 0, dur: 10, ...MAIN, args: { beginData: { url: PAGE } } }, ...events];
}

describe('pageMainThread', () => {
  it('is the renderer main thread that parsed the page', () => {
    expect(pageMainThread(trace(), PAGE)).toEqual(MAIN);
    expect(pageMainThread(trace(), 'https://other.example/')).toBeNull();
  });
});

describe('attribute', () => {
  it('counts nested extension events once and keeps them out of the page time', () => {
    const events = trace(
      complete('TimerFire', 1000, 2000),
      complete('FunctionCall', 1000, 1000, PAGE),
      // Our observer callback runs in the microtask checkpoint inside the page's task.
      complete('FunctionCall', 2200, 500, EXT),
      complete('v8.callFunction', 2190, 520, undefined, { args: { worldName: 'Our extension' } }),
      complete('EvaluateScript', 5000, 300, EXT),
      complete('v8.compile', 5010, 100, EXT),
    );
    const result = attribute(events, PAGE, 'chrome-extension://');
    expect(result.extensionMs).toBeCloseTo(0.52 + 0.3, 5);
    expect(result.pageScriptMs).toBeCloseTo(2 - 0.52, 5);
    expect(result.extensionScripts).toEqual(['src/content/gate.js']);
    expect(result.extensionLongTasks).toBe(0);
  });

  it('leaves out garbage collection and time the thread was not running', () => {
    const events = trace(
      complete('EvaluateScript', 1000, 4000, EXT, { tdur: 1500 }),
      complete('MajorGC', 1200, 500, undefined, { tts: 1200, tdur: 500 }),
    );
    expect(attribute(events, PAGE, 'chrome-extension://').extensionMs).toBeCloseTo(1.0, 5);
  });

  it("leaves out Blink's own collector (cppgc) too, and records its category", () => {
    // A marking step Oilpan runs when anything allocates during the page's marking cycle, outside any V8 GC event.
    const events = trace(complete('EvaluateScript', 1000, 2000, EXT), complete('CppGC.MarkOnAllocation', 1500, 800));
    expect(attribute(events, PAGE, 'chrome-extension://').extensionMs).toBeCloseTo(1.2, 5);
    expect(TRACE_CATEGORIES).toContain('cppgc');
  });

  it('blames a long task on the extension only when it would be short without our part', () => {
    const ours = trace(complete('ThreadControllerImpl::RunTask', 1000, 70_000), complete('FunctionCall', 1000, 10_000, PAGE), complete('FunctionCall', 11_000, 60_000, EXT));
    const theirs = trace(complete('ThreadControllerImpl::RunTask', 1000, 70_000), complete('FunctionCall', 1000, 60_000, PAGE), complete('FunctionCall', 61_000, 10_000, EXT));
    expect(attribute(ours, PAGE, 'chrome-extension://').extensionLongTasks).toBe(1);
    expect(attribute(theirs, PAGE, 'chrome-extension://').extensionLongTasks).toBe(0);
  });

  it('adds profiler samples of extension code inside microtask checkpoints', () => {
    const profile: TraceEvent = { name: 'Profile', ph: 'P', ts: 0, id: '0x1', ...MAIN, args: { data: { startTime: 10_000 } } };
    const chunk: TraceEvent = {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      id: '0x1',
      pid: 7,
      tid: 8,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: {} },
              { id: 2, parent: 1, callFrame: { url: 'chrome-extension://abc/content/page.js' } },
              { id: 3, parent: 2, callFrame: {} },
              { id: 4, parent: 1, callFrame: { url: PAGE } },
            ],
            samples: [3, 3, 4, 1],
          },
          timeDeltas: [0, 100, 100, 100],
        },
      },
    };
    const events = trace(complete('RunMicrotasks', 10_000, 400), profile, chunk);
    const result = attribute(events, PAGE, 'chrome-extension://');
    expect(result.extensionMs).toBeCloseTo(0.2, 5);
    expect(result.pageScriptMs).toBeCloseTo(0.2, 5);
  });
});
