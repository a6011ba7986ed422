/** Small inline icons (no image requests, inherit `currentColor`). Decorative: hidden from screen readers. */
export function WarningIcon() {
  return (
    <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M10 1.8c.6 0 1.1.3 1.4.8l7.6 13.2c.6 1.1-.2 2.4-1.4 2.4H2.4c-1.2 0-2-1.3-1.4-2.4L8.6 2.6c.3-.5.8-.8 1.4-.8Zm0 5a1 1 0 0 0-1 1v4.4a1 1 0 1 0 2 0V7.8a1 1 0 0 0-1-1Zm0 7.4a1.1 1.1 0 1 0 0 2.2 1.1 1.1 0 0 0 0-2.2Z" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M10 1a9 9 0 1 1 0 18 9 9 0 0 1 0-18Zm3.9 5.8a1 1 0 0 0-1.4.1l-3.5 4.3-1.6-1.6a1 1 0 1 0-1.4 1.4l2.4 2.4a1 1 0 0 0 1.5-.1l4.2-5.1a1 1 0 0 0-.2-1.4Z" />
    </svg>
  );
}

export function BuildingIcon() {
  return (
    <svg class="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M4 2h8a1 1 0 0 1 1 1v5h3a1 1 0 0 1 1 1v9h-6v-3H9v3H3V3a1 1 0 0 1 1-1Zm2 3v2h2V5H6Zm4 0v2h1V5h-1Zm-4 4v2h2V9H6Zm4 0v2h1V9h-1Zm4 2v2h1v-2h-1Zm0 3v2h1v-2h-1Z" />
    </svg>
  );
}
