import KeyIcon from '@mui/icons-material/Key';
import { Box, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { AppBar, Layout as RaLayout, Logout, TitlePortal, UserMenu, useGetIdentity, useUserMenu, type LayoutProps } from 'react-admin';
import { ConflictDialog } from './ConflictDialog';
import './print.css';

/** Who is signed in, in the app bar: name, unit and role. */
function Identity() {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <Box
      data-testid="identity"
      sx={{ textAlign: 'right', mr: 1, lineHeight: 1.2, display: { xs: 'none', md: 'block' }, flexShrink: 0, maxWidth: '40%' }}
    >
      <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
        {identity.fullName}
      </Typography>
      <Typography variant="caption" noWrap component="div" sx={{ opacity: 0.85 }}>
        {identity.unit} · {identity.roleLabel}
      </Typography>
    </Box>
  );
}

const ChangePassword = forwardRef<HTMLAnchorElement>((props, ref) => {
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/password" ref={ref} {...props} onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>Đổi mật khẩu</ListItemText>
    </MenuItem>
  );
});

function Bar() {
  return (
    <AppBar
      color="primary"
      userMenu={
        <UserMenu>
          <ChangePassword />
          <Logout />
        </UserMenu>
      }
      // A long page title is cut with an ellipsis instead of pushing the identity off the bar.
      sx={{ '& #react-admin-title': { flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } }}
    >
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
