import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, byId, grouped, single } from '../../graphql/batch-loaders.js';
import { CaseStudyAudience, CaseStudyPartner, CaseStudyPractice } from './case-study-links.entity.js';
import { CaseStudy } from './case-study.entity.js';
import { FollowUp, ImpactStory } from './impact.entity.js';

/**
 * Per-request batch loaders of case studies, their links and their impact, spread into createLoaders.
 * Visibility (published only, consent only) is applied here, where the rows are read.
 */
export function createCaseStudyLoaders(em: EntityManager) {
  return {
    publishedCaseStudy: single((keys) => em.find(CaseStudy, { id: anyOf(keys), status: 'published' }), byId),
    /** Published case studies that applied each practice, newest first. */
    practiceCaseStudies: grouped(
      (keys) =>
        em.find(
          CaseStudyPractice,
          { practice: anyOf(keys), caseStudy: { status: 'published' } },
          { populate: ['caseStudy'], orderBy: { caseStudy: { publishedAt: 'desc', id: 'asc' } } },
        ),
      (row) => row.practice.id,
    ),
    /** Published practices each case study applied, in the case study's order. */
    caseStudyPractices: grouped(
      (keys) =>
        em.find(
          CaseStudyPractice,
          { caseStudy: anyOf(keys), practice: { status: 'published' } },
          { populate: ['practice'], orderBy: { position: 'asc' } },
        ),
      (row) => row.caseStudy.id,
    ),
    caseStudyPartners: grouped(
      (keys) => em.find(CaseStudyPartner, { caseStudy: anyOf(keys) }, { populate: ['organization'] }),
      (row) => row.caseStudy.id,
    ),
    caseStudyAudiences: grouped(
      (keys) =>
        em.find(CaseStudyAudience, { caseStudy: anyOf(keys) }, { populate: ['audience'], orderBy: { audience: { position: 'asc' } } }),
      (row) => row.caseStudy.id,
    ),
    /** Only stories whose people gave consent are ever read for the public. */
    caseStudyImpactStories: grouped(
      (keys) => em.find(ImpactStory, { caseStudy: anyOf(keys), consentGiven: true }, { orderBy: { position: 'asc' } }),
      (row) => row.caseStudy.id,
    ),
    caseStudyFollowUps: grouped(
      (keys) => em.find(FollowUp, { caseStudy: anyOf(keys), status: 'published' }, { orderBy: { recordedOn: 'asc' } }),
      (row) => row.caseStudy.id,
    ),
  };
}
