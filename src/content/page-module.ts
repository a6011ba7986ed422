/** The contract between the tiny gate and the lazily imported page module. */
/** `settings`: the user's settings or the managed policy changed (page.ts re-evaluates itself). */
export type Trigger = 'load' | 'route' | 'mutation' | 'settings';

export interface PageModule {
  /**
   * Runs detection on the current document and shows, updates or removes the warning.
   * `added`: on a mutation trigger, the added element whose text names Kaspersky.
   */
  evaluate(trigger: Trigger, added?: Element): Promise<void>;
  /** Shows the one-time "Kaspersky software seems to be running on this computer" notice. */
  showPresenceNotice(): void;
}
