import { Tooltip } from '@mui/material';

/** Marks a fact the person entering the document inferred rather than read in it (`source: INFERRED`). */
export function InferredMark({ source }: { source?: string | null }) {
  if (source !== 'INFERRED') return null;
  return (
    <Tooltip title="Văn bản không ghi trực tiếp; người nhập suy ra">
      <span data-testid="inferred" style={{ fontStyle: 'italic', color: '#8a6d3b', marginLeft: 4 }}>
        (suy ra)
      </span>
    </Tooltip>
  );
}

/** Agency names of the given roles, in that order; inferred ones shown in italics with the mark. */
export function AgencyNames({
  participants,
  roles,
}: {
  participants: { role: string; source?: string | null; agency?: { name?: string } | null }[];
  roles: string[];
}) {
  const named = roles.flatMap((role) => participants.filter((p) => p.role === role && p.agency?.name));
  return (
    <>
      {named.map((p, i) => (
        <span key={i} style={p.source === 'INFERRED' ? { fontStyle: 'italic', color: '#555' } : undefined}>
          {i > 0 && '; '}
          {p.agency!.name}
          <InferredMark source={p.source} />
        </span>
      ))}
    </>
  );
}
