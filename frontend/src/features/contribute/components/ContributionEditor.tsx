import { useApolloClient, useQuery } from '@apollo/client/react';
import { useRef, type ComponentType } from 'react';
import { useTranslation } from '@/i18n/react';
import { useNavigate, useParams } from '@/shared/router';
import type { ContributionEditQuery, RecordContent_ContentFragment, RecordType } from '@/gql/graphql';
import { toApiProblem } from '@/shared/errors/api-error';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { NotFound } from '@/shared/ui/NotFound';
import { draftKey, readDraft } from '../autosave/draft-storage';
import type { PendingCreate } from '../autosave/draft-storage';
import type { AutosaveOptions, SaveMeta } from '../autosave/useAutosave';
import { CONTRIBUTION_EDIT_QUERY } from '../graphql/contribution.query';
import { useVocabulary } from '../hooks/useVocabulary';
import type { FieldProblems } from '@/shared/forms/problems';
import { EditorForm, type EditorRecord } from './EditorForm';
import type { FormProps } from './form-props';

export interface EditorKind<F> {
  type: RecordType;
  /** The editor's address for a record's id, or `new`. */
  editorPath: (id: string) => string;
  /** The storage name of a new draft (`new`, or one per adoption report it grows from). */
  newName: string;
  emptyForm: () => F;
  fromContent: (content: RecordContent_ContentFragment) => F;
  check: (form: F) => FieldProblems;
  save: AutosaveOptions<F>['save'];
  Fields: ComponentType<FormProps<F>>;
  titleOf: (form: F) => string;
  /** Sent along with a new record (e.g. the adoption report it grows from). */
  newTitle: string;
  editTitle: string;
}

type Loaded = NonNullable<ContributionEditQuery['contribution']>;

interface Initial<F> {
  form: F;
  meta: SaveMeta;
  restoredDirty: boolean;
  record: EditorRecord | null;
  pendingCreate?: PendingCreate<F> | null;
}

const recordOf = (c: Loaded): EditorRecord => ({
  status: c.status,
  pendingStatus: c.pendingChanges?.status ?? null,
  reviewThread: c.reviewThread,
});

const editableVersion = (c: Loaded) => c.pendingChanges?.version ?? c.version;

/**
 * Opens a new or stored practice or case study for editing. What the device holds wins over the
 * server's copy only when it has changes the server has not accepted; otherwise the server's copy is
 * fresher. The same editor stays on screen when a new draft gets its id, so typing never stops.
 */
export function ContributionEditor<F>({ kind }: { kind: EditorKind<F> }) {
  const { t } = useTranslation();
  const { id: param } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const routeId = param && param !== 'new' ? param : null;
  const created = useRef<string | null>(null);
  const session = useRef<{ key: string; initial: Initial<F> } | null>(null);
  const { vocabulary, error: vocabularyError, refetch: refetchVocabulary } = useVocabulary();

  const continuing = routeId !== null && routeId === created.current;
  const local = routeId && !continuing ? readDraft<F>(draftKey(kind.type, routeId)) : null;
  const query = useQuery(CONTRIBUTION_EDIT_QUERY, {
    variables: { type: kind.type, id: routeId ?? '' },
    skip: !routeId || continuing,
    fetchPolicy: 'network-only',
  });

  const key = continuing && session.current ? session.current.key : (routeId ?? kind.newName);
  if (session.current?.key !== key) {
    let initial: Initial<F> | null = null;
    if (!routeId) {
      const draft = readDraft<F>(draftKey(kind.type, kind.newName));
      initial = {
        form: draft?.form ?? kind.emptyForm(),
        meta: { id: null, version: null },
        restoredDirty: !!draft,
        record: null,
        pendingCreate: draft?.pendingCreate,
      };
    } else if (query.data?.contribution) {
      const c = query.data.contribution;
      initial =
        local?.dirty && local.version !== null
          ? { form: local.form, meta: { id: c.id, version: local.version }, restoredDirty: true, record: recordOf(c) }
          : {
              form: kind.fromContent(c.content),
              meta: { id: c.id, version: editableVersion(c) },
              restoredDirty: false,
              record: recordOf(c),
            };
    } else if (query.error && local && toApiProblem(query.error).code === 'NETWORK') {
      // Offline with the draft on the device: keep writing; it is sent when the connection returns.
      initial = { form: local.form, meta: { id: routeId, version: local.version }, restoredDirty: local.dirty, record: null };
    }
    if (initial) session.current = { key, initial };
  }

  if (vocabularyError && !vocabulary) return <ErrorNotice error={vocabularyError} onRetry={() => void refetchVocabulary()} />;
  const current = session.current?.key === key ? session.current.initial : null;
  if (!current) {
    if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
    if (routeId && query.data && !query.data.contribution) return <NotFound />;
    return <Loading lines={6} label={t('contribute.loadingDraft')} />;
  }
  if (!vocabulary) return <Loading lines={6} label={t('contribute.loadingDraft')} />;

  const loadServerCopy = async () => {
    const id = created.current ?? routeId;
    if (!id) return null;
    const { data } = await client.query({
      query: CONTRIBUTION_EDIT_QUERY,
      variables: { type: kind.type, id },
      fetchPolicy: 'network-only',
    });
    const c = data?.contribution;
    return c ? { form: kind.fromContent(c.content), meta: { id: c.id, version: editableVersion(c) }, record: recordOf(c) } : null;
  };

  return (
    <EditorForm
      key={key}
      kind={kind}
      initial={current}
      vocabulary={vocabulary}
      loadServerCopy={loadServerCopy}
      onCreated={(id) => {
        created.current = id;
        void navigate(kind.editorPath(id), { replace: true });
      }}
    />
  );
}
