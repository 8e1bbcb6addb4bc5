import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login sx={{ background: 'linear-gradient(160deg, #7f1d1d 0%, #9b1c1c 45%, #3b0d0d 100%)' }}>
      <Box sx={{ px: 2, pb: 1, textAlign: 'center', maxWidth: 300 }}>
        <Typography variant="h6" component="h1" sx={{ fontWeight: 700 }}>
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('app.subtitle')}
        </Typography>
      </Box>
      <LoginForm />
    </Login>
  );
}
