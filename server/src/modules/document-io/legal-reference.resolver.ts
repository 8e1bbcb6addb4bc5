import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { badInput } from '../../common/errors';
import type { Context } from '../../context';
import { parseLegalReferences } from './legal-references';
import { LegalReference } from './legal-reference.types';

/** Longest text one call reads: a long plan is about 30 000 characters. */
export const MAX_REFERENCE_TEXT = 200_000;

@Resolver()
export class LegalReferenceResolver {
  @Query(() => [LegalReference], {
    description: 'Các văn bản được dẫn trong đoạn văn, mỗi văn bản một lần, kèm văn bản khớp trong danh mục.',
  })
  parseLegalReferences(@Arg('text', () => String) text: string, @Ctx() ctx: Context) {
    if (text.length > MAX_REFERENCE_TEXT) throw badInput('text', `Đoạn văn dài quá ${MAX_REFERENCE_TEXT} ký tự.`);
    return parseLegalReferences(ctx.em, text);
  }
}
