import KeyIcon from '@mui/icons-material/Key';
import { Alert, Box, Button, Card, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanField,
  Create,
  Datagrid,
  DeleteButton,
  List,
  ReferenceInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { VnDateField } from '../common/fields';

function ApiClientList() {
  return (
    <List sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="administrativeUnit.name" label="Đơn vị" sortable={false} />
        <BooleanField source="disabled" />
        <VnDateField source="lastUsedAt" showTime />
        <DeleteButton mutationMode="pessimistic" />
      </Datagrid>
    </List>
  );
}

/** The secret comes only in the create response: it is shown once, here, and never again. */
function SecretNotice({ secret }: { secret: string }) {
  const translate = useTranslate();
  return (
    <Alert severity="warning" sx={{ m: 2 }}>
      <Typography>{translate('app.api_client.secret_once')}</Typography>
      <Box
        component="code"
        data-testid="api-client-secret"
        sx={{ display: 'block', mt: 1, p: 1, bgcolor: 'background.paper', wordBreak: 'break-all' }}
      >
        {secret}
      </Box>
    </Alert>
  );
}

function ApiClientShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="administrativeUnit.name" label="Đơn vị" />
        <BooleanField source="disabled" />
        <VnDateField source="lastUsedAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}

function ApiClientCreate() {
  const [created, setCreated] = useState<RaRecord | null>(null);
  const redirect = useRedirect();
  if (created?.secret) {
    return (
      <Card sx={{ mt: 2 }}>
        <SecretNotice secret={created.secret} />
        <Button onClick={() => redirect('show', 'ApiClient', created.id)} sx={{ m: 2 }}>
          Đã lưu khóa, xem ứng dụng
        </Button>
      </Card>
    );
  }
  return (
    <Create redirect={false} mutationOptions={{ onSuccess: setCreated }}>
      <SimpleForm>
        <TextInput source="name" validate={required()} fullWidth />
        <ReferenceInput source="administrativeUnitId" reference="AdministrativeUnit">
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
      </SimpleForm>
    </Create>
  );
}

export const apiClients = {
  list: ApiClientList,
  show: ApiClientShow,
  create: ApiClientCreate,
  icon: KeyIcon,
  recordRepresentation: 'name',
};
