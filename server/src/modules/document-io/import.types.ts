import { Field, ObjectType } from 'type-graphql';
import { ParticipantRole, RecipientPurpose } from '../../common/enums';

/** What the importer read from a file, in the document's own words, for the review page before saving. */

@ObjectType('ImportedParticipant')
export class ImportedParticipant {
  @Field(() => ParticipantRole) role!: ParticipantRole;
  @Field(() => String, { description: 'Cơ quan như in (có thể gồm nhiều cơ quan).' }) name!: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType('ImportedActivity')
export class ImportedActivity {
  @Field(() => String) label!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) schedule?: string;
  @Field(() => [ImportedParticipant]) participants!: ImportedParticipant[];
  @Field(() => [ImportedActivity]) children!: ImportedActivity[];
}

@ObjectType('ImportedResponsibility')
export class ImportedResponsibility {
  @Field(() => String) name!: string;
  @Field(() => [String]) duties!: string[];
}

@ObjectType('ImportedRecipient')
export class ImportedRecipient {
  @Field(() => String) name!: string;
  @Field(() => RecipientPurpose) purpose!: RecipientPurpose;
}

@ObjectType('ImportedCitation')
export class ImportedCitation {
  @Field(() => String, { description: 'BASIS, IMPLEMENTS hoặc REFERENCES.' }) kind!: string;
  @Field(() => String) printed!: string;
  @Field(() => String, { nullable: true }) symbol?: string;
}

@ObjectType('ImportedSection')
export class ImportedSection {
  @Field(() => String, { nullable: true }) label?: string;
  @Field(() => String) heading!: string;
  @Field(() => String) body!: string;
  @Field(() => [ImportedSection]) children!: ImportedSection[];
}

@ObjectType('ImportedSignature')
export class ImportedSignature {
  @Field(() => String) authority!: string;
  @Field(() => String) position!: string;
  @Field(() => String, { nullable: true }) signerName?: string;
}

@ObjectType('ImportPreview', { description: 'Những gì đọc được từ tệp, như in, để người dùng xem lại trước khi lưu.' })
export class ImportPreview {
  @Field(() => String) kind!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) symbol?: string;
  @Field(() => String, { nullable: true }) place?: string;
  @Field(() => String, { nullable: true }) dateLabel?: string;
  @Field(() => Boolean) draft!: boolean;
  @Field(() => String, { nullable: true }) preamble?: string;
  @Field(() => [ImportedCitation]) legalBases!: ImportedCitation[];
  @Field(() => [String]) objectives!: string[];
  @Field(() => [String]) requirements!: string[];
  @Field(() => [ImportedActivity]) activities!: ImportedActivity[];
  @Field(() => String, { nullable: true }) budgetNote?: string;
  @Field(() => [ImportedResponsibility]) responsibilities!: ImportedResponsibility[];
  @Field(() => [ImportedSection]) sections!: ImportedSection[];
  @Field(() => [String]) nextTasks!: string[];
  @Field(() => String, { nullable: true }) closing?: string;
  @Field(() => ImportedSignature, { nullable: true }) signature?: ImportedSignature;
  @Field(() => [ImportedRecipient]) recipients!: ImportedRecipient[];
}
