import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useNavigate, useSearchParams } from '@/shared/router';
import { graphql } from '@/gql';
import { localized } from '@/i18n/localized';
import { ERROR_MESSAGES } from '@/shared/errors/api-error';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { FormField } from '@/shared/forms/FormField';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useRegister } from '../hooks/useRegister';
import { safeNext, type GreetingState } from './safe-next';
import { paths } from '@/shared/router/paths';

const REGISTER_ORGANIZATIONS = graphql(`
  query RegisterOrganizations {
    organizations {
      id
      slug
      nameUk
      nameEn
    }
  }
`);

/** A new librarian account: name, email, password and, optionally, the organisation. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('register.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [register, { loading, error }] = useRegister();
  // The organisation list, when it had not arrived by the press and could not be fetched then either.
  const [listError, setListError] = useState<unknown>();
  const { problem, fieldError } = useApiProblem(listError ?? error);
  const client = useApolloClient();
  const organizations = useQuery(REGISTER_ORGANIZATIONS);
  // `organization` holds the name as typed or picked from the list; it is turned into a slug on submit.
  const [form, setForm] = useState({ displayName: '', email: '', password: '', organization: '' });
  const [unknownOrganization, setUnknownOrganization] = useState(false);
  const [resolving, setResolving] = useState(false);
  const busy = loading || resolving;
  const organizationNames = (organizations.data?.organizations ?? []).map((org) => ({
    slug: org.slug,
    name: localized(i18n.resolvedLanguage, org.nameUk, org.nameEn).text,
  }));
  /**
   * The slug of the organisation named in the field: '' for none, null for a name not in the list. A press
   * that comes before the list has arrived (a weak link) waits for it rather than calling the name unknown.
   */
  const organizationSlug = async (typed: string): Promise<string | null> => {
    const wanted = typed.trim().toLocaleLowerCase();
    if (!wanted) return '';
    const list = organizations.data?.organizations ?? (await client.query({ query: REGISTER_ORGANIZATIONS })).data?.organizations ?? [];
    const found = list.find((org) => [org.nameUk, org.nameEn, org.slug].some((name) => name?.trim().toLocaleLowerCase() === wanted));
    return found?.slug ?? null;
  };
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let organization: string | null;
    setListError(undefined);
    setResolving(true);
    try {
      organization = await organizationSlug(form.organization);
    } catch (failure) {
      setListError(failure);
      return;
    } finally {
      setResolving(false);
    }
    setUnknownOrganization(organization === null);
    if (organization === null) return;
    try {
      const { displayName, email, password } = form;
      const { data } = await register({
        variables: { input: { displayName: displayName.trim(), email: email.trim(), password, organization: organization || null } },
      });
      await navigate(safeNext(next), { state: { greeting: data?.register.displayName } satisfies GreetingState });
    } catch {
      // the mutation's error state renders the messages
    }
  };

  const formError =
    problem && Object.keys(problem.fields).length === 0
      ? t(ERROR_MESSAGES[problem.code], { count: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)) })
      : problem
        ? t('register.fixFields')
        : undefined;
  const organizationError = unknownOrganization ? t('register.unknownOrganization') : fieldError('organization');

  return (
    <section className="narrow">
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        {formError && (
          <div role="alert" className="notice notice--error">
            <p>{formError}</p>
          </div>
        )}
        <FormField
          label={t('account.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={form.displayName}
          onChange={set('displayName')}
          error={fieldError('displayName')}
        />
        <FormField
          label={t('account.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={form.email}
          onChange={set('email')}
          error={fieldError('email')}
        />
        <FormField
          label={t('account.password')}
          hint={t('register.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={form.password}
          onChange={set('password')}
          error={fieldError('password')}
        />
        <div className={organizationError ? 'field field--invalid' : 'field'}>
          <label htmlFor="register-organization">{t('account.organization')}</label>
          <p id="register-organization-hint" className="field__hint">
            {t('register.organizationHint')}
          </p>
          {/* A text box with suggestions rather than a <select>: a long name in a select widens a phone's page,
              and a list of every library is easier to search by typing. */}
          <input
            id="register-organization"
            name="organization"
            list="register-organization-list"
            autoComplete="off"
            value={form.organization}
            onChange={(e) => {
              set('organization')(e);
              if (unknownOrganization) setUnknownOrganization(false);
            }}
            aria-invalid={organizationError ? true : undefined}
            aria-describedby={organizationError ? 'register-organization-hint register-organization-error' : 'register-organization-hint'}
          />
          <datalist id="register-organization-list">
            {organizationNames.map((org) => (
              <option key={org.slug} value={org.name} />
            ))}
          </datalist>
          {organizationError && (
            <p id="register-organization-error" className="field__error">
              {organizationError}
            </p>
          )}
        </div>
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? t('register.submitting') : t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to={paths.signIn(next && safeNext(next))}>{t('account.signIn')}</Link>
      </p>
    </section>
  );
}
