import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { localized } from '@/i18n/localized';
import { useTranslation } from '@/i18n/react';
import type { MeQuery } from '@/gql/graphql';
import { toApiProblem } from '@/shared/errors/api-error';
import { formatDate } from '@/shared/format/dates';
import { Link } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { CONFIRM_MEMBERSHIP, MEMBERSHIP_CLAIMS_QUERY, PENDING_ADOPTIONS_QUERY, PUBLISH_ADOPTION } from '../graphql/membership.graphql';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import '../contribute.css';
import { paths } from '@/shared/router/paths';

type Account = NonNullable<MeQuery['me']>;

/** /contribute/members — confirm colleagues' memberships; moderators also publish waiting reports. */
export function MembersPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('contribute.members.title')} reason="contribute.signInReason.mine">
      {(me) => <Members me={me} />}
    </RequireSignIn>
  );
}

function Members({ me }: { me: Account }) {
  const { t, i18n } = useTranslation();
  const claims = useQuery(MEMBERSHIP_CLAIMS_QUERY, { fetchPolicy: 'network-only' });
  const [confirm, confirming] = useMutation(CONFIRM_MEMBERSHIP);
  const [done, setDone] = useState<string[]>([]);
  const moderator = me.role === 'MODERATOR' || me.role === 'ADMIN';
  const forbidden = claims.error && toApiProblem(claims.error).code === 'FORBIDDEN';

  return (
    <section className="narrow members">
      <h1>{t('contribute.members.title')}</h1>
      <p>{t('contribute.members.intro')}</p>
      {done.length > 0 && (
        <div role="status" className="notice notice--success">
          {done.map((name) => (
            <p key={name}>{t('contribute.members.confirmed', { name })}</p>
          ))}
        </div>
      )}
      {forbidden ? (
        <p className="notice">{t('contribute.members.forbidden')}</p>
      ) : claims.error ? (
        <ErrorNotice error={claims.error} onRetry={() => void claims.refetch()} />
      ) : !claims.data ? (
        <Loading lines={3} />
      ) : claims.data.membershipClaims.length === 0 ? (
        <p>{t('contribute.members.none')}</p>
      ) : (
        <>
          <h2>{t('contribute.members.claims')}</h2>
          {confirming.error && <ErrorNotice error={confirming.error} />}
          <ul className="member-claims">
            {claims.data.membershipClaims.map((person) => {
              const organization = person.organization
                ? localized(i18n.language, person.organization.nameUk, person.organization.nameEn).text
                : '';
              return (
                <li key={person.id}>
                  <button
                    type="button"
                    disabled={confirming.loading}
                    onClick={() =>
                      void confirm({ variables: { userId: person.id } }).then(
                        () => {
                          setDone((names) => [...names, person.displayName]);
                          // Left before the list came back: nothing to show it to.
                          claims.refetch().catch(() => undefined);
                        },
                        () => undefined,
                      )
                    }
                  >
                    {t('contribute.members.confirm', { name: person.displayName, organization })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {moderator && <PendingReports />}
    </section>
  );
}

function PendingReports() {
  const { t, i18n } = useTranslation();
  const pending = useQuery(PENDING_ADOPTIONS_QUERY, { fetchPolicy: 'network-only' });
  const [publish, publishing] = useMutation(PUBLISH_ADOPTION);
  if (pending.error) return <ErrorNotice error={pending.error} onRetry={() => void pending.refetch()} />;
  if (!pending.data) return <Loading lines={2} />;
  if (pending.data.pendingAdoptions.length === 0) return null;
  return (
    <>
      <h2>{t('contribute.members.pending')}</h2>
      {publishing.error && <ErrorNotice error={publishing.error} />}
      <ul className="pending-reports">
        {pending.data.pendingAdoptions.map((report) => (
          <li key={report.id}>
            <p>
              {report.practice && <Link to={paths.practice(report.practice.slug)}>{report.practice.titleUk}</Link>} ·{' '}
              {localized(i18n.language, report.organization.nameUk, report.organization.nameEn).text} ·{' '}
              {formatDate(report.adoptedOn, i18n.language)}
            </p>
            <blockquote>{report.resultUk}</blockquote>
            <button
              type="button"
              disabled={publishing.loading}
              onClick={() =>
                void publish({ variables: { id: report.id } }).then(
                  () => pending.refetch(),
                  () => undefined,
                )
              }
            >
              {t('contribute.members.publish')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
