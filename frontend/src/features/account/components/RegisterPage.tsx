import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/react';
import { Link, useNavigate } from '../../../shared/router';
import { graphql } from '../../../gql';
import { localized } from '../../../i18n/localized';
import { ERROR_MESSAGES } from '../../../shared/errors/api-error';
import { useApiProblem } from '../../../shared/errors/useApiProblem';
import { FormField } from '../../../shared/ui/FormField';
import { usePageTitle } from '../../../shared/ui/usePageTitle';
import { useRegister } from '../hooks/useRegister';

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
  const [register, { loading, error }] = useRegister();
  const { problem, fieldError } = useApiProblem(error);
  const organizations = useQuery(REGISTER_ORGANIZATIONS);
  const [form, setForm] = useState({ displayName: '', email: '', password: '', organization: '' });
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { displayName, email, password, organization } = form;
      await register({
        variables: { input: { displayName: displayName.trim(), email: email.trim(), password, organization: organization || null } },
      });
      await navigate('/');
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
  const organizationError = fieldError('organization');

  return (
    <section className="narrow">
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
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
          <select
            id="register-organization"
            name="organization"
            value={form.organization}
            onChange={set('organization')}
            aria-invalid={organizationError ? true : undefined}
            aria-describedby={organizationError ? 'register-organization-error' : undefined}
          >
            <option value="">{t('register.noOrganization')}</option>
            {organizations.data?.organizations.map((org) => (
              <option key={org.id} value={org.slug}>
                {localized(i18n.resolvedLanguage, org.nameUk, org.nameEn).text}
              </option>
            ))}
          </select>
          {organizationError && (
            <p id="register-organization-error" className="field__error">
              {organizationError}
            </p>
          )}
        </div>
        <button type="submit" className="button--primary" disabled={loading}>
          {loading ? t('register.submitting') : t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/sign-in">{t('account.signIn')}</Link>
      </p>
    </section>
  );
}
