import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { fieldMessageKey } from '@/shared/errors/api-error';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { Link } from '@/shared/router';
import { FormField } from '@/shared/forms/FormField';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { ME_QUERY } from '@/shared/session/me.query';
import { RESET_PASSWORD } from '../graphql/password-reset.graphql';
import { paths } from '@/shared/router/paths';

/** The token travels after «#», so the browser never sends it to a server: read it here, once. */
const tokenInAddress = () => (typeof window === 'undefined' ? '' : window.location.hash.replace(/^#/, ''));

/** /reset-password#<token> — a new password from a reset link; then signed in, every other session ended. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('reset.title'));
  const [token] = useState(tokenInAddress);
  const [done, setDone] = useState(false);
  const [password, setPassword] = useState('');
  const [reset, { loading, error }] = useMutation(RESET_PASSWORD, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ME_QUERY, data: { me: data.resetPassword } });
    },
  });
  const { problem } = useApiProblem(error);
  const badLink = !!problem?.fields.token;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await reset({ variables: { input: { token, newPassword: password } } });
      // The token must not stay in the address (history, a shared screen).
      window.history.replaceState(window.history.state, '', window.location.pathname);
      setDone(true);
    } catch {
      // shown below
    }
  };

  if (done) {
    return (
      <section className="narrow">
        <h1>{t('reset.title')}</h1>
        <p role="status" className="notice notice--success">
          {t('reset.done')}
        </p>
        <p>
          <Link to={paths.home}>{t('app.name')}</Link>
        </p>
      </section>
    );
  }
  if (!token || badLink) {
    return (
      <section className="narrow">
        <h1>{t('reset.title')}</h1>
        <p role="alert" className="notice notice--error">
          {badLink ? t('reset.badLink') : t('reset.noToken')}
        </p>
        <p>
          <Link to={paths.forgotPassword}>{t('reset.askAgain')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('reset.title')}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <FormField
          label={t('reset.password')}
          hint={t('reset.hint')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={problem?.fields.newPassword ? t(fieldMessageKey('password', problem.fields.newPassword)) : undefined}
        />
        <button type="submit" className="button--primary" disabled={loading}>
          {loading ? t('reset.submitting') : t('reset.submit')}
        </button>
      </form>
    </section>
  );
}
