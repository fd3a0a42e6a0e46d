/**
 * The Apollo cache the server rendered a page with travels to the browser as data, not as code: a
 * `<script type="application/json">` that the browser never runs, so the page needs no inline script and its
 * Content-Security-Policy allows none.
 */
export const SERVER_STATE_ID = 'apollo-state';

/**
 * The element carrying `state`. Every `<` is written as `\u003c` (still the same JSON), so no text in the data
 * can end the element (`</script>`) or open a comment (`<!--`) that would swallow the real end.
 */
export function serverStateScript(state: unknown): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${SERVER_STATE_ID}">${json}</script>`;
}

/** The cache the server rendered this page with; null when the server sent the bare shell. */
export const readServerState = (): unknown =>
  JSON.parse((document.getElementById(SERVER_STATE_ID) as HTMLScriptElement | null)?.text || 'null');
