/**
 * Ukrainian and English labels of the closed vocabularies shown as search facets. Vocabularies kept
 * in the database (themes, audiences, formats, oblasts, organisations) carry their own names.
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
    described: { uk: 'Описана', en: 'Described' },
    documented: { uk: 'Задокументовані результати', en: 'Documented outcomes' },
    evaluated: { uk: 'Оцінена', en: 'Evaluated' },
    replicated: { uk: 'Повторена деінде', en: 'Replicated elsewhere' },
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
  audiences: { uk: 'Аудиторії', en: 'Audiences' },
  formats: { uk: 'Формат', en: 'Format' },
  oblast: { uk: 'Область', en: 'Oblast' },
  communityKind: { uk: 'Тип громади', en: 'Community kind' },
  organization: { uk: 'Організація', en: 'Organisation' },
  evidenceLevel: { uk: 'Рівень доказовості', en: 'Evidence level' },
  conditions: { uk: 'Умови', en: 'Conditions' },
  languages: { uk: 'Мова', en: 'Language' },
};
