import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import {
  Box,
  Card,
  CardContent,
  Chip,
  CircularProgress,
  Collapse,
  IconButton,
  List as MuiList,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  ArrayField,
  Datagrid,
  FunctionField,
  Link,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  Title,
  useAuthenticated,
  useCreatePath,
  useGetList,
  useTranslate,
} from 'react-admin';
import { ReportingStatusCard } from '../lifecycle/ReportingStatusCard';
import { EnumField, VnDateField } from '../common/fields';
import { unitLabel, type UnitSummary } from '../common/units';
import { enums } from '../i18n/domain';
import { formatDate } from '../format';

interface Unit {
  id: string;
  name: string;
  code: string;
  kind: keyof typeof enums.UnitKind;
  level: string;
  validTo?: string | null;
  successor?: UnitSummary | null;
  predecessors?: UnitSummary[];
}

/** "→ Phong Nha — xã, Quảng Trị" / "← Phong Nha — thị trấn, Bố Trạch (đến 30/6/2025)": where a unit went, where it came from. */
function lineage(unit: Unit) {
  return [
    unit.successor && `→ kế thừa bởi ${unitLabel(unit.successor)}`,
    unit.predecessors?.length ? `← kế thừa ${unit.predecessors.map(unitLabel).join('; ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One level of the tree, fetched when its parent is opened. */
function Children({ parentId, depth }: { parentId?: string; depth: number }) {
  const { data, isPending } = useGetList<Unit>('AdministrativeUnit', {
    filter: parentId ? { parentId } : { level: 'CENTRAL' },
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'ASC' },
  });
  if (isPending) return <CircularProgress size={20} sx={{ ml: 4 + depth * 3, my: 1 }} />;
  return (
    <MuiList dense disablePadding>
      {(data ?? []).map((unit) => (
        <Node key={unit.id} unit={unit} depth={depth} />
      ))}
    </MuiList>
  );
}

function Node({ unit, depth }: { unit: Unit; depth: number }) {
  const [open, setOpen] = useState(depth === 0);
  const translate = useTranslate();
  const createPath = useCreatePath();
  const leaf = unit.level === 'COMMUNE';
  return (
    <>
      <ListItem
        sx={{ pl: 1 + depth * 3 }}
        data-testid={`unit-${unit.code}`}
        secondaryAction={
          unit.validTo ? <Chip size="small" label={translate('app.units.abolished', { date: formatDate(unit.validTo) })} /> : undefined
        }
      >
        <IconButton
          size="small"
          onClick={() => setOpen(!open)}
          disabled={leaf}
          aria-label={open ? 'Thu gọn' : 'Mở rộng'}
          sx={{ visibility: leaf ? 'hidden' : 'visible' }}
        >
          {open ? <ExpandLess /> : <ExpandMore />}
        </IconButton>
        <ListItemText
          primary={<Link to={createPath({ resource: 'AdministrativeUnit', id: unit.id, type: 'show' })}>{unit.name}</Link>}
          secondary={[`${enums.UnitKind[unit.kind] ?? unit.kind} · mã ${unit.code}`, lineage(unit)].filter(Boolean).join(' · ')}
        />
      </ListItem>
      {!leaf && (
        <Collapse in={open} unmountOnExit>
          <Children parentId={unit.id} depth={depth + 1} />
        </Collapse>
      )}
    </>
  );
}

function UnitTree() {
  useAuthenticated();
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.units.tree')} />
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('app.units.tree')}</Typography>
          <Children depth={0} />
        </CardContent>
      </Card>
    </Box>
  );
}

function UnitShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="fullName" />
        <TextField source="code" />
        <EnumField source="kind" enumName="UnitKind" />
        <EnumField source="level" enumName="UnitLevel" />
        <ReferenceField source="parentId" reference="AdministrativeUnit" link="show" emptyText="—">
          <FunctionField render={(u: UnitSummary) => unitLabel(u)} />
        </ReferenceField>
        <VnDateField source="validFrom" />
        <VnDateField source="validTo" />
        <ReferenceField source="successor.id" reference="AdministrativeUnit" link="show" label="Đơn vị kế thừa" emptyText="—">
          <FunctionField render={(u: UnitSummary) => unitLabel(u)} />
        </ReferenceField>
        <ArrayField source="predecessors" label="Kế thừa từ">
          <Datagrid bulkActionButtons={false} rowClick={(id) => `/AdministrativeUnit/${id}/show`} empty={<span>—</span>}>
            <FunctionField label="Đơn vị" render={(u: UnitSummary) => unitLabel(u)} />
          </Datagrid>
        </ArrayField>
        <ArrayField source="children">
          <Datagrid
            bulkActionButtons={false}
            rowClick={(id) => `/AdministrativeUnit/${id}/show`}
            empty={<span>Không có đơn vị trực thuộc.</span>}
          >
            <TextField source="code" label="Mã" />
            <TextField source="name" label="Tên" />
            <EnumField source="kind" enumName="UnitKind" label="Loại" />
            <VnDateField source="validTo" label="Hiệu lực đến" />
          </Datagrid>
        </ArrayField>
        <ReportingStatusCard />
      </SimpleShowLayout>
    </Show>
  );
}

export const units = {
  list: UnitTree,
  show: UnitShow,
  icon: AccountTreeIcon,
  recordRepresentation: (u: UnitSummary) => unitLabel(u),
};
