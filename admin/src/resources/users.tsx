import PeopleIcon from '@mui/icons-material/People';
import {
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  Edit,
  List,
  PasswordInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  minLength,
  required,
} from 'react-admin';
import { vietnameseExporter } from '../common/export';
import { EnumField } from '../common/fields';
import { choices } from '../i18n/domain';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={choices('Role')} alwaysOn />];

const exporter = vietnameseExporter('User', ['username', 'displayName', 'administrativeUnit.name', 'roles', 'disabled'], { roles: 'Role' });

function UserList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'username', order: 'ASC' }}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="displayName" />
        <TextField source="administrativeUnit.name" label="Đơn vị" sortable={false} />
        <EnumField source="roles" enumName="Role" sortable={false} />
        <BooleanField source="disabled" sortable={false} />
      </Datagrid>
    </List>
  );
}

function UserForm({ creating }: { creating?: boolean }) {
  return (
    <SimpleForm defaultValues={creating ? { roles: ['VIEWER'], disabled: false } : undefined}>
      <TextInput source="username" validate={required()} disabled={!creating} />
      <TextInput source="displayName" validate={required()} fullWidth />
      <ReferenceInput source="administrativeUnitId" reference="AdministrativeUnit">
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <SelectArrayInput source="roles" choices={choices('Role')} validate={required()} />
      <PasswordInput
        source="password"
        validate={creating ? [required(), minLength(8)] : minLength(8)}
        helperText={creating ? 'Ít nhất 8 ký tự' : 'Để trống nếu không đổi'}
      />
      <BooleanInput source="disabled" />
    </SimpleForm>
  );
}

export const users = {
  list: UserList,
  edit: () => (
    <Edit mutationMode="pessimistic">
      <UserForm />
    </Edit>
  ),
  create: () => (
    <Create redirect="list">
      <UserForm creating />
    </Create>
  ),
  icon: PeopleIcon,
  recordRepresentation: 'username',
};
