import 'i18next';
import type collections from '../features/collections/i18n/uk.json';
import type contribute from '../features/contribute/i18n/uk.json';
import type uk from './uk.json';

// Translation keys are checked at compile time against the Ukrainian catalogues (core and features).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof uk & typeof contribute & typeof collections };
  }
}
