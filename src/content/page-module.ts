/** The contract between the tiny gate and the lazily imported page module. */
export type Trigger = 'load' | 'route' | 'mutation';

export interface PageModule {
  /** Runs detection on the current document and shows, updates or removes the warning. */
  evaluate(trigger: Trigger): Promise<void>;
}
