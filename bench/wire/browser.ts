import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** The weak link of the issue: 400 ms round trip, 50,000 bytes/s each way, a phone's CPU (4× slower). */
export const LINK = { latencyMs: 400, downBytesPerSecond: 50_000, upBytesPerSecond: 50_000, cpuSlowdown: 4 };

/** A phone: 360×740 CSS pixels at 2×, Ukrainian. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  locale: 'uk-UA',
};

const NAVIGATION_TIMEOUT_MS = 60_000;
const NETWORK_IDLE_CAP_MS = 20_000;
const TITLE_CAP_MS = 10_000;
const SETTLE_MS = 1_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
  });
}

/** One navigation's figures; times in ms from the start of navigation, sizes in bytes. */
export interface Visit {
  /**
   * From the document's request to its response headers reaching the page, as CDP reports them.
   * Navigation Timing's responseStart is not used: it stamps the headers when the network stack gets
   * them, before the emulated latency is applied (15 ms against 410 ms for a 400 ms link, measured).
   */
  ttfb: number | null;
  fcp: number | null;
  lcp: number | null;
  /** When the page's main title (a CSS selector) was first in the DOM with text. */
  title: number | null;
  titleText: string | null;
  cls: number;
  bytes: number;
  requests: number;
  /** Requests answered from the browser's HTTP cache, without the network. */
  cached: number;
  jsBytes: number;
  /**
   * A service worker was registered or controlled the page. Its own fetches (precaching, say) happen
   * outside the page: they are neither slowed by the emulated link nor counted here.
   */
  serviceWorker: boolean;
  /** Set when the page did not finish loading in time; the figures are what it had reached. */
  failure?: string;
}

/**
 * Runs before any of the page's scripts: records LCP and layout shifts (buffered observers) and, with a
 * MutationObserver, the moment the title selector first matches an element with text.
 */
function initScript(selector: string): string {
  return `(() => {
  const m = (window.__wire = { lcp: null, cls: 0, title: null, titleText: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.lcp = e.renderTime || e.loadTime || e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  const selector = ${JSON.stringify(selector)};
  const check = () => {
    const el = document.querySelector(selector);
    const text = el && el.textContent ? el.textContent.trim() : '';
    if (!text) return false;
    m.title = performance.now();
    m.titleText = text;
    return true;
  };
  if (check()) return;
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

const READ = `(() => {
  const m = window.__wire || {};
  const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
  return {
    fcp: fcp ? fcp.startTime : null,
    lcp: m.lcp ?? null,
    title: m.title ?? null,
    titleText: m.titleText ?? null,
    cls: m.cls ?? 0,
    controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
  };
})()`;

type Read = Pick<Visit, 'fcp' | 'lcp' | 'title' | 'titleText' | 'cls'> & { controlled: boolean };

/**
 * Opens `url` in a new page of `context` over the weak link (or with no network at all, `offline`) and returns
 * its figures; closes the page.
 */
export async function visit(
  context: BrowserContext,
  url: string,
  titleSelector: string,
  options: { offline?: boolean } = {},
): Promise<Visit> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: options.offline ?? false,
      latency: LINK.latencyMs,
      downloadThroughput: LINK.downBytesPerSecond,
      uploadThroughput: LINK.upBytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: LINK.cpuSlowdown });

    const types = new Map<string, string | undefined>();
    let bytes = 0;
    let jsBytes = 0;
    const cached = new Set<string>();
    const doc: { id?: string; sent?: number; headers?: number } = {};
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url) || types.has(e.requestId)) return;
      types.set(e.requestId, e.type);
      if (e.type === 'Document' && doc.id === undefined) Object.assign(doc, { id: e.requestId, sent: e.timestamp });
    });
    cdp.on('Network.responseReceived', (e) => {
      if (!types.has(e.requestId)) return;
      types.set(e.requestId, e.type);
      if (e.requestId === doc.id) doc.headers = e.timestamp;
      if (e.response.fromDiskCache || e.response.fromPrefetchCache) cached.add(e.requestId);
    });
    cdp.on('Network.requestServedFromCache', (e) => {
      if (types.has(e.requestId)) cached.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (!types.has(e.requestId)) return;
      bytes += e.encodedDataLength;
      if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
    });

    await page.addInitScript({ content: initScript(titleSelector) });
    let failure: string | undefined;
    await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS }).catch((err: Error) => {
      failure = err.message.split('\n')[0];
    });
    await page.waitForLoadState('networkidle', { timeout: NETWORK_IDLE_CAP_MS }).catch(() => undefined);
    await page
      .waitForFunction('window.__wire && window.__wire.title !== null', undefined, { timeout: TITLE_CAP_MS })
      .catch(() => undefined);
    await page.waitForTimeout(SETTLE_MS);
    const unread: Read = { fcp: null, lcp: null, title: null, titleText: null, cls: NaN, controlled: false };
    const { controlled, ...read } = ((await page.evaluate(READ).catch(() => unread)) ?? unread) as Read;
    const ttfb = doc.sent !== undefined && doc.headers !== undefined ? (doc.headers - doc.sent) * 1000 : null;
    const serviceWorker = controlled || context.serviceWorkers().length > 0;
    return { ...read, ttfb, bytes, requests: types.size, cached: cached.size, jsBytes, serviceWorker, failure };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The page with JavaScript off: is the title's text in the HTML, and how big is the HTML. */
export interface NoScript {
  titleInHtml: boolean;
  /** The HTML document as served, decoded. */
  htmlBytes: number;
  /** Its body on the wire (compressed when the server compresses it). */
  htmlWireBytes: number;
}

export async function visitWithoutScript(
  browser: Browser,
  url: string,
  titleSelector: string,
  titleText: string | null,
): Promise<NoScript> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    if (!response) throw new Error(`no response for ${url}`);
    const html = await response.text();
    const sizes = await response.request().sizes();
    // The parsed document, not the raw text, so that entities (&#x27; …) do not hide a match.
    const inDom = (await page
      .evaluate(
        `(() => { const el = document.querySelector(${JSON.stringify(titleSelector)}); return el ? el.textContent.trim() : ''; })()`,
      )
      .catch(() => '')) as string;
    const titleInHtml = titleText ? inDom === titleText || html.includes(titleText) : inDom !== '';
    return { titleInHtml, htmlBytes: Buffer.byteLength(html), htmlWireBytes: sizes.responseBodySize };
  } finally {
    await context.close().catch(() => undefined);
  }
}
