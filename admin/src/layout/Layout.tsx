import { Box, Typography } from '@mui/material';
import { AppBar, Layout as RaLayout, TitlePortal, useGetIdentity, type LayoutProps } from 'react-admin';
import { ConflictDialog } from './ConflictDialog';

/** Who is signed in, in the app bar: name, unit and role. */
function Identity() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <Box data-testid="identity" sx={{ textAlign: 'right', mr: 1, lineHeight: 1.2, display: { xs: 'none', sm: 'block' } }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{identity.fullName}</Typography>
      <Typography variant="caption" sx={{ opacity: 0.85 }}>{identity.unit} · {identity.roleLabel}</Typography>
    </Box>
  );
}

function Bar() {
  return (
    <AppBar color="primary">
      <TitlePortal />
      <Identity />
    </AppBar>
  );
}

export function Layout(props: LayoutProps) {
  return (
    <>
      <RaLayout {...props} appBar={Bar} />
      <ConflictDialog />
    </>
  );
}
