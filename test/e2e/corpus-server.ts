import { CORPUS, type FixturePage } from '../fixtures/corpus';
import { readFixture } from '../fixtures/load';
import type { SiteServer } from './harness';

/** Serves corpus pages at their real URLs. */
export function serveCorpus(server: SiteServer, pages: readonly FixturePage[] = CORPUS): void {
  for (const page of pages) server.page(page.url, readFixture(page.file));
}

export const corpusPage = (file: string): FixturePage => {
  const page = CORPUS.find((p) => p.file === file);
  if (!page) throw new Error(`no corpus entry for ${file}`);
  return page;
};
