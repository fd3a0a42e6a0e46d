/**
 * Ukrainian and English labels of the closed vocabularies shown as search facets. Vocabularies kept
 * in the database (themes, audiences, formats, oblasts, organisations) carry their own names.
 * The web app names evidence levels (and the audiences and evidence facets) from its message
 * catalogues, so cards and filters share one set of words; these repeat them for other API clients.
 */
export const FACET_VALUE_LABELS: Record<string, Record<string, { uk: string; en: string }>> = {
  type: {
    practice: { uk: 'Практика', en: 'Practice' },
    case_study: { uk: 'Кейс', en: 'Case study' },
  },
  communityKind: {
    frontline: { uk: 'Прифронтова громада', en: 'Frontline community' },
    rear: { uk: 'Тилова громада', en: 'Rear community' },
    other: { uk: 'Інша громада', en: 'Other community' },
  },
  evidenceLevel: {
    described: { uk: 'Описано', en: 'Described' },
    documented: { uk: 'Результати задокументовано', en: 'Outcomes documented' },
    evaluated: { uk: 'Оцінено', en: 'Evaluated' },
    replicated: { uk: 'Відтворено в інших громадах', en: 'Replicated in other communities' },
  },
  conditions: {
    works_in_shelter: { uk: 'Працює в укритті', en: 'Works in a shelter' },
    no_power_needed: { uk: 'Без електроживлення', en: 'No power needed' },
    no_internet_needed: { uk: 'Без інтернету', en: 'No internet needed' },
  },
  languages: {
    uk: { uk: 'Українська', en: 'Ukrainian' },
    en: { uk: 'Англійська', en: 'English' },
  },
};

export const FACET_LABELS: Record<string, { uk: string; en: string }> = {
  type: { uk: 'Тип запису', en: 'Record type' },
  themes: { uk: 'Теми', en: 'Themes' },
  audiences: { uk: 'Для кого', en: 'Who it is for' },
  formats: { uk: 'Формат', en: 'Format' },
  oblast: { uk: 'Область', en: 'Oblast' },
  communityKind: { uk: 'Тип громади', en: 'Community kind' },
  organization: { uk: 'Організація', en: 'Organisation' },
  evidenceLevel: { uk: 'Наскільки перевірено', en: 'How well tested' },
  conditions: { uk: 'Умови', en: 'Conditions' },
  languages: { uk: 'Мова', en: 'Language' },
};
