/** A browser-neutral view of Chromium (Playwright) and Firefox (puppeteer, WebDriver BiDi). */
export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  /** The extension's id for this tab, as tabs.* and action.* APIs know it. */
  readonly tabId: number;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Base URL of the extension's pages, e.g. `chrome-extension://ID/`. */
  readonly extensionBase: string;
  /** Opens a new tab and navigates it (if a URL is given). */
  openPage(url?: string): Promise<TestPage>;
  /** The toolbar badge text for a tab, read through the extension's own API. */
  badgeText(tabId: number): Promise<string>;
  /** Runs `fn` in an extension page, with `chrome`/`browser` available. */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly proxyPort: number;
  readonly headless?: boolean;
  /** Extra Chromium flags or Firefox prefs. */
  readonly extraArgs?: readonly string[];
  readonly firefoxPrefs?: Record<string, string | number | boolean>;
  /**
   * Chromium only: the unpacked extension to load instead of the built one, or null for
   * none (the benchmark's baselines). Without the built extension there is no probe tab,
   * so `openPage`, `badgeText` and `inExtension` reject; use `context` directly.
   */
  readonly extensionDir?: string | null;
  /**
   * Chromium only: the ID of the extension in `extensionDir` when it is a copy of the
   * built one under another manifest `key` (the policy test gives its copy an ID of its
   * own, so the machine-wide policy file it writes cannot affect other browsers). With
   * it, the probe tab and `extensionBase` work as for the built extension.
   */
  readonly extensionId?: string;
  /**
   * Firefox only: a copy of the built Firefox extension to install instead, and its
   * `browser_specific_settings.gecko.id` (the policy test gives its copy an id of its own,
   * for the same reason as `extensionId`). Its pages open at the same pinned UUID.
   */
  readonly firefoxExtensionDir?: string;
  readonly geckoId?: string;
  /**
   * A profile directory to use and keep, instead of a fresh temporary one that is deleted
   * on close: relaunching with the same directory is a browser restart (lifecycle test).
   */
  readonly profileDir?: string;
}
