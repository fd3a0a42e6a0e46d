import type { Feature } from '@/i18n/i18n';

/**
 * The loaders of what other pages show from this feature, for their React.lazy. Nothing is imported here
 * statically, so a page that names this file (the search page counts towards the first-download budget)
 * carries one file name and no list of chunks to preload; the pages pass the catalogue loader they already have.
 */
type LoadCatalogue = (feature: Feature) => Promise<void>;

/** «Зберегти офлайн» with its words. */
export async function loadKeepButton(loadCatalogue: LoadCatalogue) {
  const [module] = await Promise.all([import('./KeepButton'), loadCatalogue('offline')]);
  return { default: module.KeepButton };
}

/** The search page's answer when the API cannot be reached, with its words. */
export async function loadOfflineSearch(loadCatalogue: LoadCatalogue) {
  const [module] = await Promise.all([import('./OfflineSearch'), loadCatalogue('offline')]);
  return { default: module.OfflineSearch };
}
