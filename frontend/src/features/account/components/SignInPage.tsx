import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useNavigate, useSearchParams } from '@/shared/router';
import { ERROR_MESSAGES } from '@/shared/errors/api-error';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { FormField } from '@/shared/forms/FormField';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useLogin } from '../hooks/useLogin';
import { safeNext, type GreetingState } from './safe-next';
import { paths } from '@/shared/router/paths';

/** Email and password; after signing in, back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [login, { loading, error }] = useLogin();
  const { problem, fieldError } = useApiProblem(error);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      await navigate(safeNext(params.get('next')), { state: { greeting: data?.login.displayName } satisfies GreetingState });
    } catch {
      // the mutation's error state renders the message
    }
  };

  let formError: string | undefined;
  if (problem?.code === 'UNAUTHENTICATED') formError = t('signIn.wrongCredentials');
  else if (problem && Object.keys(problem.fields).length === 0) {
    formError = t(ERROR_MESSAGES[problem.code], { count: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)) });
  }

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        {formError && (
          <div role="alert" className="notice notice--error">
            <p>{formError}</p>
          </div>
        )}
        <FormField
          label={t('account.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
        />
        <FormField
          label={t('account.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldError('password')}
        />
        <button type="submit" className="button--primary" disabled={loading}>
          {loading ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
      <p>
        <Link to={paths.forgotPassword}>{t('forgot.link')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to={paths.register(params.get('next') && safeNext(params.get('next')))}>{t('account.register')}</Link>
      </p>
    </section>
  );
}
