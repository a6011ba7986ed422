/**
 * Styles for the shadow roots. The reset keeps the page's inherited styles (font, colour,
 * line height, letter spacing…) out; custom properties carry the light and dark palettes;
 * forced-colors mode hands everything to system colours.
 */
const BASE = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.root { all: initial; display: block; font: 15px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  color: var(--text); text-align: start; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
  --text: #1d1d1f; --muted: #4a4a4f; --surface: #fff7f5; --card: #ffffff; --accent: #b42318; --accent-soft: #fde7e4;
  --link: #0b57d0; --focus: #0b57d0; --primary: #1d1d1f; --on-primary: #ffffff; --line: #e4c9c5; }
@media (prefers-color-scheme: dark) {
  .root { --text: #f5f5f7; --muted: #c9c9ce; --surface: #2a1715; --card: #1f1f22; --accent: #ff8a80; --accent-soft: #4a201c;
    --link: #a8c7fa; --focus: #a8c7fa; --primary: #f5f5f7; --on-primary: #1d1d1f; --line: #6b3a35; }
}
p { margin: 0; }
button { font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer; }
a { color: var(--link); }
.link { color: var(--link); text-decoration: underline; text-underline-offset: 2px; text-align: start; }
button:focus-visible, a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.icon { flex: none; width: 22px; height: 22px; }
.icon-shape { fill: var(--accent); }
.icon-mark { fill: var(--card); }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (forced-colors: active) {
  .root { --text: CanvasText; --muted: CanvasText; --surface: Canvas; --card: Canvas; --accent: CanvasText; --accent-soft: Canvas;
    --link: LinkText; --focus: Highlight; --primary: ButtonText; --on-primary: ButtonFace; --line: CanvasText; }
  .icon-shape { fill: CanvasText; } .icon-mark { fill: Canvas; }
}
`;

const NOTICE = `
.notice { position: relative; display: flex; gap: 10px; align-items: flex-start; margin: 0 0 14px; padding: 12px 40px 12px 14px;
  background: var(--surface); border: 1px solid var(--line); border-inline-start: 6px solid var(--accent); border-radius: 10px;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); max-width: 100%; animation: appear 180ms ease-out; }
.body { flex: 1; min-width: 0; }
.title { font-weight: 600; font-size: 14.5px; line-height: 1.4; }
.title:empty { min-height: 2.8em; }
.actions { display: flex; flex-wrap: wrap; gap: 6px 16px; margin-top: 8px; font-size: 13.5px; }
.why { margin-top: 10px; padding-top: 10px; border-top: 1px solid var(--line); font-size: 14px; color: var(--text); display: grid; gap: 6px; }
.why[hidden] { display: none; }
.close { position: absolute; top: 8px; inset-inline-end: 8px; width: 32px; height: 32px; border-radius: 6px; font-size: 18px; line-height: 32px;
  text-align: center; color: var(--muted); }
.close:hover { background: var(--accent-soft); }
@keyframes appear { from { opacity: 0; transform: translateY(-4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .notice { animation: none; } }
.root { container-type: inline-size; }
@container (max-width: 340px) { .notice { padding: 10px 36px 10px 10px; gap: 8px; } .title { font-size: 14px; } .actions { flex-direction: column; align-items: flex-start; gap: 6px; } }
@media (forced-colors: active) { .notice { border: 2px solid CanvasText; border-inline-start-width: 6px; box-shadow: none; } }
`;

const CONFIRM = `
.backdrop { position: fixed; inset: 0; display: flex; align-items: center; justify-content: center; padding: 16px;
  background: rgba(16, 16, 20, 0.55); animation: fade 140ms ease-out; }
.dialog { width: min(460px, 100%); max-height: calc(100vh - 32px); overflow: auto; padding: 22px 22px 18px; background: var(--card);
  border-top: 6px solid var(--accent); border-radius: 12px; box-shadow: 0 18px 48px rgba(0, 0, 0, 0.35); animation: rise 160ms ease-out; }
.head { display: flex; gap: 10px; align-items: center; }
.dialog-title { margin: 0; font-size: 19px; font-weight: 700; line-height: 1.3; }
.dialog-body { margin-top: 12px; display: grid; gap: 8px; }
.org { padding: 10px 12px; background: var(--accent-soft); border-radius: 8px; }
.buttons { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 10px; margin-top: 18px; }
.btn { min-height: 40px; padding: 8px 18px; border-radius: 8px; font-weight: 600; border: 2px solid var(--primary); }
.btn-primary { background: var(--primary); color: var(--on-primary); }
.btn-secondary { background: transparent; color: var(--text); }
.details { margin-top: 14px; font-size: 14px; }
@keyframes fade { from { opacity: 0; } to { opacity: 1; } }
@keyframes rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .backdrop, .dialog { animation: none; } }
@media (max-width: 480px) { .buttons { flex-direction: column-reverse; } .btn { width: 100%; } }
@media (forced-colors: active) { .dialog { border: 2px solid CanvasText; } .btn { border-color: ButtonText; } .btn-primary { background: ButtonText; color: ButtonFace; } }
`;

const MARKER = `
.marker { display: inline-flex; align-items: center; gap: 6px; margin: 4px 0; padding: 3px 10px 3px 6px; border-radius: 999px;
  background: var(--accent-soft); border: 1px solid var(--accent); font-size: 12.5px; font-weight: 600; line-height: 1.3; }
.marker .icon { width: 16px; height: 16px; }
@media (forced-colors: active) { .marker { border-color: CanvasText; } }
`;

export type StyleName = 'notice' | 'confirm' | 'listing';
export const STYLES: Readonly<Record<StyleName, string>> = { notice: BASE + NOTICE, confirm: BASE + CONFIRM, listing: BASE + MARKER };
