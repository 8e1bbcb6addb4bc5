import { ArgsType, Field, ID } from 'type-graphql';
import { AgencyKind } from '../../common/enums';
import { badInput, conflict } from '../../common/errors';
import { assignDefined, optionalRef, requireRef } from '../../common/refs';
import type { Write } from '../../kernel/data/write';
import { AdministrativeUnit } from '../unit/unit.entity';
import { Agency } from './agency.entity';

@ArgsType()
export class AgencyFields {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) shortName?: string | null;
  @Field(() => AgencyKind, { nullable: true }) kind?: AgencyKind;
  @Field(() => ID, { nullable: true }) administrativeUnitId?: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'Chữ viết tắt trong số ký hiệu (ví dụ "UBND").' }) documentCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Mỗi loại văn bản một dãy số riêng.' }) registerPerKind?: boolean;
}

export async function saveAgency(
  { em }: Write,
  agency: Agency,
  { administrativeUnitId, parentId, ...fields }: AgencyFields,
): Promise<Agency> {
  if (fields.contactEmail && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.contactEmail))
    throw badInput('contactEmail', 'Địa chỉ thư điện tử không hợp lệ.');
  assignDefined(agency, fields as Partial<Agency>);
  if (administrativeUnitId)
    agency.administrativeUnit = await requireRef(em, AdministrativeUnit, administrativeUnitId, 'administrativeUnitId', 'đơn vị hành chính');
  if (parentId !== undefined) agency.parent = await optionalRef(em, Agency, parentId, 'parentId', 'cơ quan cấp trên');
  if (agency.parent && agency.id && agency.parent.id === agency.id)
    throw badInput('parentId', 'Cơ quan không thể là cấp trên của chính nó.');
  await em.persist(agency).flush();
  return agency;
}

/** An agency named by a plan, a report, an activity or another agency stays. */
export async function agencyUnused({ em }: Write, agency: Agency): Promise<void> {
  const [{ used }] = await em.execute(
    `select exists(select 1 from activity_participant where agency_id = ?) or exists(select 1 from plan where issuing_agency_id = ?)
      or exists(select 1 from responsibility where agency_id = ?) or exists(select 1 from report where issuing_agency_id = ?)
      or exists(select 1 from agency where parent_id = ?) as used`,
    Array(5).fill(agency.id),
  );
  if (used) throw conflict('id', 'Cơ quan đang được dùng trong kế hoạch, báo cáo hoặc là cơ quan cấp trên; không xóa được.');
}
