import type { RequestHandler } from 'express';

/**
 * The Content-Security-Policy of every answer. The app runs only its own built files: the server-rendered
 * page carries its data in a `<script type="application/json">`, never in an inline script. `style-src-attr`
 * allows `style="…"` attributes only (the adoption chart's bar heights, rendered on the server, and dnd-kit's
 * transforms); a `<style>` element or an injected stylesheet is still refused. Every browser the built app
 * runs in (Vite's default targets) knows `style-src-attr`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  // Icons and the share image are our own files; the QR code of the print view is inline SVG.
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Powerful features the app never asks for, refused for the page and anything it might embed. */
const REFUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The headers every answer carries, the web app's and the API's alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn only that a reader came from Poruch, never which page (a shared collection's link
  // carries its token). `no-referrer` would also make the app's own POSTs say `Origin: null`.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': REFUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers that predate `frame-ancestors`.
  'X-Frame-Options': 'DENY',
};

/** Sets the security headers on every answer; mounted first, so errors, 404s and static files have them too. */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.set(SECURITY_HEADERS);
    next();
  };
}
