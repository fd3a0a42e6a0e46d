import 'i18next';
import type uk from './uk.json';

// Translation keys are checked at compile time against the Ukrainian catalogue, the source of truth.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof uk };
  }
}
