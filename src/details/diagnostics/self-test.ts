import { detectPage } from '../../detect';
import type { PageKind } from '../../detect/types';
import { SAMPLE_PAGES, type SamplePage } from './samples';

export interface SelfTestResult {
  readonly sample: SamplePage;
  /** What the extension would do on the sample: warn as product/checkout, or nothing. */
  readonly found: PageKind;
  readonly passed: boolean;
  /** The detector threw (it must not). */
  readonly error?: string;
}

/** Outcome that matters to a user: a confirmed product/checkout verdict warns, anything else does not. */
function outcome(html: string, url: string, parse: (html: string) => Document): PageKind {
  const { verdict } = detectPage({ document: parse(html), url: new URL(url) });
  return verdict.confirmed && (verdict.kind === 'product' || verdict.kind === 'checkout') ? verdict.kind : 'none';
}

/** Runs the detector on every bundled sample page. `parse` is DOMParser in the extension. */
export function runSelfTest(parse: (html: string) => Document, samples: readonly SamplePage[] = SAMPLE_PAGES): SelfTestResult[] {
  return samples.map((sample) => {
    try {
      const found = outcome(sample.html, sample.url, parse);
      return { sample, found, passed: found === sample.expect };
    } catch (error) {
      return { sample, found: 'none', passed: false, error: String(error) };
    }
  });
}

export const parseWithDomParser = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
