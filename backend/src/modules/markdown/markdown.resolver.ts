import { FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseStudyType } from '../case-study/case-study.type.js';
import { CollectionType } from '../collection/collection.type.js';
import { PracticeStepType, PracticeType } from '../practice/practice.type.js';
import { renderMarkdown } from './markdown.js';

// Long texts are stored as their authors wrote them (Markdown). These fields give the same text as
// sanitised HTML, rendered on the server so that every client shows it the same, safe way.

const HTML = { nullable: true, description: 'The Markdown above as sanitised HTML, safe to insert into a page.' } as const;

@Resolver(() => PracticeType)
export class PracticeMarkdownResolver {
  @FieldResolver(() => String, HTML)
  descriptionHtml(@Root() p: PracticeType): string | null {
    return renderMarkdown(p.descriptionUk);
  }

  @FieldResolver(() => String, HTML)
  descriptionEnHtml(@Root() p: PracticeType): string | null {
    return renderMarkdown(p.descriptionEn);
  }
}

@Resolver(() => PracticeStepType)
export class PracticeStepMarkdownResolver {
  @FieldResolver(() => String, HTML)
  detailsHtml(@Root() s: PracticeStepType): string | null {
    return renderMarkdown(s.detailsUk);
  }
}

@Resolver(() => CaseStudyType)
export class CaseStudyMarkdownResolver {
  @FieldResolver(() => String, HTML)
  needHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.needUk);
  }

  @FieldResolver(() => String, HTML)
  whatWasDoneHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.whatWasDoneUk);
  }

  @FieldResolver(() => String, HTML)
  challengesHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.challengesUk);
  }

  @FieldResolver(() => String, HTML)
  adviceHtml(@Root() c: CaseStudyType): string | null {
    return renderMarkdown(c.adviceUk);
  }
}

@Resolver(() => CollectionType)
export class CollectionMarkdownResolver {
  @FieldResolver(() => String, HTML)
  descriptionHtml(@Root() c: CollectionType): string | null {
    return renderMarkdown(c.descriptionUk);
  }
}
