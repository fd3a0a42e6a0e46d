import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Licence } from '@/gql/graphql';
import { useTranslation } from '@/i18n/react';
import { useLocation } from '../router';
import { formatDate, todayInKyiv } from '../format/dates';
import { registerPrintPreparer } from './print';

/** The dark modules of a QR code, row by row. */
type QrModules = boolean[][];

/**
 * The QR code of `text`. qrcode-generator is fetched only here, when a page is about to be printed, so it
 * never enters a page's first download.
 */
async function qrModules(text: string): Promise<QrModules> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** The page's own address (the router's path on this site's origin), without a fragment. */
const addressOf = (path: string) => `${window.location.origin}${path}`;

interface PrintState {
  url: string;
  date: string;
  qr: QrModules | null;
}

/**
 * What a printed page says about where it comes from; `printPage()` (./print.ts) makes it ready first (the QR
 * code is drawn, the date is today's), then opens the browser's print dialog. A print started from the
 * browser's menu gets the address and the date at once and the QR code from the next print on.
 */
function usePrintSource() {
  const [state, setState] = useState<PrintState | null>(null);
  const location = useLocation();
  const path = `${location.pathname}${location.search}`;

  // Known only in the browser, after hydration: the server's HTML and the first render in the browser agree.
  useEffect(() => {
    setState({ url: addressOf(path), date: todayInKyiv(), qr: null });
  }, [path]);

  const prepare = useCallback(async () => {
    const url = addressOf(path);
    const qr = await qrModules(url).catch(() => null);
    flushSync(() => setState({ url, date: todayInKyiv(), qr }));
  }, [path]);

  useEffect(() => {
    const beforePrint = () => {
      const url = addressOf(path);
      flushSync(() => setState((s) => ({ url, date: todayInKyiv(), qr: s?.url === url ? s.qr : null })));
      void prepare();
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [path, prepare]);

  useEffect(() => registerPrintPreparer(prepare), [prepare]);

  return state;
}

interface PrintSourceProps {
  /** The licence of the record; left out when the record has none. */
  licence?: Licence | null;
  /** Shown on screen as well (a print view); otherwise on paper only. */
  onScreen?: boolean;
}

/** The site, the page's address with its QR code, the date printed and the licence in words. */
export function PrintSource({ licence, onScreen = false }: PrintSourceProps) {
  const { t, i18n } = useTranslation();
  const source = usePrintSource();
  if (!source) return null;
  return (
    <footer className={onScreen ? 'print-source' : 'print-source print-only'}>
      {source.qr && <QrCode modules={source.qr} label={t('print.qrLabel')} />}
      <div className="print-source__text">
        <p>
          <strong>{t('app.name')}</strong> · {t('app.tagline')}
        </p>
        <p className="print-source__url">{source.url}</p>
        <p>{t('print.printedOn', { date: formatDate(source.date, i18n.resolvedLanguage) })}</p>
        {licence && <p>{t(`print.licence.${licence}`)}</p>}
      </div>
    </footer>
  );
}

function QrCode({ modules, label }: { modules: QrModules; label: string }) {
  const size = modules.length;
  const margin = 2;
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x + margin} ${y + margin}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="print-source__qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size + 2 * margin} ${size + 2 * margin}`}
      shapeRendering="crispEdges"
    >
      <rect width="100%" height="100%" fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
