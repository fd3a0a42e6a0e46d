import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n/react';
import { ERROR_MESSAGES } from '@/shared/errors/api-error';
import { useApiProblem } from '@/shared/errors/useApiProblem';
import { FormField } from '@/shared/forms/FormField';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { PASSWORD_RESET_BY_EMAIL_QUERY, REQUEST_PASSWORD_RESET } from '../graphql/password-reset.graphql';

/** /forgot-password — a reset link by e-mail where the server can send one; otherwise, who to ask. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('forgot.title'));
  const available = useQuery(PASSWORD_RESET_BY_EMAIL_QUERY);
  const [request, { loading, error, data }] = useMutation(REQUEST_PASSWORD_RESET);
  const { problem } = useApiProblem(error);
  const [email, setEmail] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await request({ variables: { email: email.trim() } }).catch(() => undefined);
  };

  return (
    <section className="narrow">
      <h1>{t('forgot.title')}</h1>
      {!available.data ? (
        <Loading lines={2} />
      ) : !available.data.passwordResetByEmail ? (
        <p className="notice">{t('forgot.noEmail')}</p>
      ) : data ? (
        <p role="status" className="notice notice--success">
          {t('forgot.sent')}
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
          <p>{t('forgot.byEmail')}</p>
          {problem && (
            <div role="alert" className="notice notice--error">
              <p>{t(ERROR_MESSAGES[problem.code], { count: Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60)) })}</p>
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
          />
          <button type="submit" className="button--primary" disabled={loading}>
            {loading ? t('forgot.sending') : t('forgot.send')}
          </button>
        </form>
      )}
    </section>
  );
}
