// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createI18n, loadFeatureCatalogue } from './i18n';
import { I18nProvider, useTranslation } from './react';

function Title() {
  const { t, i18n } = useTranslation();
  return (
    <h1 lang={i18n.language}>
      {t('app.name')}: {t('collections.title')}
    </h1>
  );
}

describe('on the server', () => {
  it('has no browser to lean on: one Ukrainian instance, made at start, renders every request', async () => {
    expect(typeof window).toBe('undefined');
    const i18n = await createI18n({ language: 'uk' });
    await loadFeatureCatalogue('collections', i18n);

    const page = () =>
      renderToString(
        <I18nProvider i18n={i18n}>
          <Title />
        </I18nProvider>,
      );
    expect(page()).toBe('<h1 lang="uk">Поруч<!-- -->: <!-- -->Добірки</h1>');
    expect(page()).toBe(page());
  });
});
