import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import type { ContributionState_ContributionFragment } from '@/gql/graphql';
import type { SaveMeta } from '../autosave/useAutosave';
import { useCreatePractice } from '../hooks/useCreatePractice';
import { useUpdatePractice } from '../hooks/useUpdatePractice';
import { checkPractice, emptyPracticeForm, practiceFormFromContent, practiceInput, type PracticeForm } from '../model/practice-form';
import { ContributionEditor, type EditorKind } from './ContributionEditor';
import { PracticeFields } from './PracticeFields';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import '../contribute.css';
import { paths } from '@/shared/router/paths';

/** The next save goes against the pending changes' version when there are some, else the record's. */
export const metaOf = (c: ContributionState_ContributionFragment | undefined): SaveMeta => {
  if (!c) throw new Error('the API answered a save without the record');
  return { id: c.id, version: c.pendingChanges?.version ?? c.version };
};

/** /contribute/practice/new and /contribute/practice/:id */
export function PracticeEditorPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('contribute.practice.newTitle')} reason="contribute.signInReason.practice">
      {(me) => <PracticeEditor originOrganization={me.organization?.slug ?? ''} />}
    </RequireSignIn>
  );
}

function PracticeEditor({ originOrganization }: { originOrganization: string }) {
  const { t } = useTranslation();
  const [create] = useCreatePractice();
  const [update] = useUpdatePractice();
  const kind = useMemo<EditorKind<PracticeForm>>(
    () => ({
      type: 'PRACTICE',
      editorPath: paths.practiceEditor,
      newName: 'new',
      emptyForm: () => emptyPracticeForm(originOrganization),
      fromContent: practiceFormFromContent,
      check: checkPractice,
      save: async (form, meta, context) => {
        const input = practiceInput(form);
        if (meta.id && meta.version !== null) {
          return metaOf((await update({ variables: { id: meta.id, version: meta.version, input } })).data?.updatePractice);
        }
        return metaOf((await create({ variables: { input }, context })).data?.createPractice);
      },
      Fields: PracticeFields,
      titleOf: (form) => form.titleUk,
      newTitle: t('contribute.practice.newTitle'),
      editTitle: t('contribute.practice.editTitle'),
    }),
    [create, update, originOrganization, t],
  );
  return <ContributionEditor kind={kind} />;
}
