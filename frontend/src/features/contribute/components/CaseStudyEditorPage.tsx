import { useMemo } from 'react';
import { useTranslation } from '@/i18n/react';
import { useSearchParams } from '@/shared/router';
import { useCreateCaseStudy } from '../hooks/useCreateCaseStudy';
import { useUpdateCaseStudy } from '../hooks/useUpdateCaseStudy';
import {
  caseStudyFormFromContent,
  caseStudyInput,
  checkCaseStudy,
  emptyAppliedPractice,
  emptyCaseStudyForm,
  type CaseStudyForm,
} from '../model/case-study-form';
import { ContributionEditor, type EditorKind } from './ContributionEditor';
import { CaseStudyFields } from './CaseStudyFields';
import { metaOf } from './PracticeEditorPage';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import '../contribute.css';
import { paths } from '@/shared/router/paths';

/**
 * /contribute/case-study/new and /contribute/case-study/:id. Grown from an adoption report:
 * ?fromAdoption=<report id>&practice=<slug>&adoptedOn=<date>, prefilled with the practice and the
 * user's organisation.
 */
export function CaseStudyEditorPage() {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={t('contribute.caseStudy.newTitle')} reason="contribute.signInReason.caseStudy">
      {(me) => <CaseStudyEditor organization={me.organization?.slug ?? ''} />}
    </RequireSignIn>
  );
}

function CaseStudyEditor({ organization }: { organization: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const fromAdoption = params.get('fromAdoption');
  const practice = params.get('practice') ?? '';
  const adoptedOn = params.get('adoptedOn') ?? '';
  const [create] = useCreateCaseStudy();
  const [update] = useUpdateCaseStudy();
  const kind = useMemo<EditorKind<CaseStudyForm>>(
    () => ({
      type: 'CASE_STUDY',
      editorPath: paths.caseStudyEditor,
      newName: fromAdoption ? `new-from-${fromAdoption}` : 'new',
      emptyForm: () => emptyCaseStudyForm({ organization, practices: [emptyAppliedPractice(practice)], periodStart: adoptedOn }),
      fromContent: caseStudyFormFromContent,
      check: checkCaseStudy,
      save: async (form, meta, context) => {
        const input = caseStudyInput(form);
        if (meta.id && meta.version !== null) {
          return metaOf((await update({ variables: { id: meta.id, version: meta.version, input } })).data?.updateCaseStudy);
        }
        return metaOf((await create({ variables: { input, fromAdoption }, context })).data?.createCaseStudy);
      },
      Fields: CaseStudyFields,
      titleOf: (form) => form.titleUk,
      newTitle: t('contribute.caseStudy.newTitle'),
      editTitle: t('contribute.caseStudy.editTitle'),
    }),
    [create, update, organization, practice, adoptedOn, fromAdoption, t],
  );
  return <ContributionEditor kind={kind} />;
}
