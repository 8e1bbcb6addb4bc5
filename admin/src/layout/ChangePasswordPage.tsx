import { Box, Card, CardContent, Typography } from '@mui/material';
import { Form, PasswordInput, SaveButton, Title, required, useAuthenticated, useNotify, type Validator } from 'react-admin';
import { ApiError, request } from '../api/graphql';

const MUTATION =
  'mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) { changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword) }';
const sameAsNew: Validator = (value, values) => (value !== values.newPassword ? 'Hai lần nhập mật khẩu mới không khớp.' : undefined);
const longEnough: Validator = (value) => (value && value.length < 8 ? 'Mật khẩu mới phải có ít nhất 8 ký tự.' : undefined);

/** The signed-in user changes their own password (`changeMyPassword`), proving the current one. */
export function ChangePasswordPage() {
  useAuthenticated();
  const notify = useNotify();
  // A refusal naming an argument is shown on that input (react-admin applies the returned errors to the fields).
  const submit = async (values: Record<string, any>) => {
    try {
      await request(MUTATION, { currentPassword: values.currentPassword, newPassword: values.newPassword });
      notify('Đã đổi mật khẩu.', { type: 'success' });
      return undefined;
    } catch (error) {
      const apiError = error as ApiError;
      notify(apiError.message, { type: 'error' });
      return apiError.field ? { [apiError.field]: apiError.message } : undefined;
    }
  };
  return (
    <Box sx={{ mt: 2, maxWidth: 480 }}>
      <Title title="Đổi mật khẩu" />
      <Card>
        <CardContent>
          <Typography variant="h6" sx={{ mb: 1 }}>
            Đổi mật khẩu
          </Typography>
          <Form onSubmit={submit}>
            <PasswordInput
              source="currentPassword"
              label="Mật khẩu hiện tại"
              validate={required()}
              autoComplete="current-password"
              fullWidth
            />
            <PasswordInput
              source="newPassword"
              label="Mật khẩu mới"
              validate={[required(), longEnough]}
              autoComplete="new-password"
              fullWidth
            />
            <PasswordInput
              source="confirmation"
              label="Nhập lại mật khẩu mới"
              validate={[required(), sameAsNew]}
              autoComplete="new-password"
              fullWidth
            />
            <SaveButton label="Đổi mật khẩu" alwaysEnable />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
