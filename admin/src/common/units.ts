import { shortDate } from '../format';
import { enums } from '../i18n/domain';

export interface UnitSummary {
  id: string;
  name: string;
  kind?: keyof typeof enums.UnitKind;
  parent?: { name: string } | null;
  validTo?: string | null;
}

/** "Phong Nha — thị trấn, Bố Trạch (đến 30/6/2025)": enough to tell same-named units apart. */
export function unitLabel(unit: UnitSummary | undefined): string {
  if (!unit) return '';
  const kind = unit.kind ? enums.UnitKind[unit.kind]?.toLowerCase() : undefined;
  const where = [kind, unit.parent?.name].filter(Boolean).join(', ');
  return `${unit.name}${where ? ` — ${where}` : ''}${unit.validTo ? ` (đến ${shortDate(unit.validTo)})` : ''}`;
}
