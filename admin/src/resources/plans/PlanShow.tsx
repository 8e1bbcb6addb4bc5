import PaymentsIcon from '@mui/icons-material/Payments';
import PrintIcon from '@mui/icons-material/Print';
import { Box, Chip, Divider, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  Button,
  EditButton,
  Link,
  ListButton,
  Show,
  TopToolbar,
  useCreatePath,
  useGetList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { canDo, permissionStore } from '../../api/permissions';
import { basisLines, preambleWithoutBases } from '../../common/document-text';
import { readable, useEnumLabel } from '../../common/fields';
import { PlanLifecycleButtons } from '../../lifecycle/PlanLifecycleButtons';
import { documentDateLine, formatDate, formatMoney } from '../../format';
import { WithHistoryTab } from '../history';
import { DownloadDocxButton } from '../../documents/DownloadDocxButton';
import { AgencyNames } from '../../documents/InferredMark';

type Data = Record<string, any>;

function Actions() {
  const plan = useRecordContext<Data>();
  const createPath = useCreatePath();
  return (
    // Wraps on a phone instead of widening the page.
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      <ListButton />
      {plan && canDo(permissionStore.get(), 'BudgetLine', 'list') && (
        <Button
          component={Link}
          to={`${createPath({ resource: 'Plan', id: plan.id, type: 'show' }).replace(/\/show$/, '')}/budget`}
          label="Kinh phí"
        >
          <PaymentsIcon />
        </Button>
      )}
      <Button label="In" onClick={() => window.print()}>
        <PrintIcon />
      </Button>
      <EditButton />
      <PlanLifecycleButtons />
      <DownloadDocxButton kind="plans" />
    </TopToolbar>
  );
}

/** The reports that answer this plan (they name the plan's document as the one they respond to). */
function AnsweringReports({ plan }: { plan: Data }) {
  const createPath = useCreatePath();
  const documentId = plan.document?.id;
  const { data } = useGetList(
    'Report',
    { filter: { respondsToId: documentId }, pagination: { page: 1, perPage: 50 }, sort: { field: 'periodStart', order: 'DESC' } },
    { enabled: !!documentId && canDo(permissionStore.get(), 'Report', 'list') },
  );
  if (!data?.length) return null;
  return (
    <Box className="no-print" sx={{ mt: 3 }} data-testid="plan-reports">
      <Typography sx={{ fontWeight: 700 }}>Báo cáo thực hiện kế hoạch</Typography>
      {data.map((r) => (
        <Typography key={r.id} variant="body2">
          -{' '}
          <Link to={createPath({ resource: 'Report', id: r.id, type: 'show' })}>
            {r.symbol ? `${r.symbol} ` : ''}
            {r.title}
          </Link>
        </Typography>
      ))}
    </Box>
  );
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Sections are numbered I, II, III… in the order they appear, as in the document; empty ones are left out. */
function numbered(sections: [string, React.ReactNode | false][]) {
  return sections
    .filter(([, body]) => Boolean(body))
    .map(([title, body], i) => (
      <Section key={title} title={`${ROMAN[i]}. ${title}`}>
        {body}
      </Section>
    ));
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box component="section" sx={{ mt: 3 }}>
    <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

const Paragraphs = ({ items }: { items: string[] }) => (
  <>
    {items.map((text, i) => (
      <Typography key={i} sx={{ mb: 1, textAlign: 'justify', textIndent: '2em' }}>
        - {text}
      </Typography>
    ))}
  </>
);

/** The document's header: issuing agency and number on the left, national motto and date line on the right. */
function Header({ plan }: { plan: Data }) {
  const translate = useTranslate();
  const agency = plan.issuingAgency?.name ?? plan.administrativeUnit?.name ?? '';
  return (
    <Box sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, justifyContent: 'space-between', gap: 2, textAlign: 'center' }}>
      <Box sx={{ flex: '0 0 40%' }}>
        <Typography sx={{ fontWeight: 700, textTransform: 'uppercase' }}>{agency}</Typography>
        <Divider sx={{ width: '30%', mx: 'auto', my: 0.5 }} />
        <Typography data-testid="plan-symbol">
          {plan.symbol ? `${translate('app.plan.number')}: ${plan.symbol}` : `${translate('app.plan.draft_number')}KH-UBND`}
        </Typography>
      </Box>
      <Box sx={{ flex: '0 0 55%' }}>
        <Typography sx={{ fontWeight: 700 }}>{translate('app.plan.republic')}</Typography>
        <Typography sx={{ fontWeight: 700 }}>{translate('app.plan.motto')}</Typography>
        <Divider sx={{ width: '45%', mx: 'auto', my: 0.5 }} />
        {/* Once issued, the line is written from the issue date; before, as the draft has it ("ngày    tháng 02 năm 2022"). */}
        <Typography sx={{ fontStyle: 'italic' }} data-testid="plan-date-line">
          {plan.issuedOn ? documentDateLine(plan.place, plan.issuedOn) : plan.dateLabel || documentDateLine(plan.place, null)}
        </Typography>
      </Box>
    </Box>
  );
}

function scheduleLabel(schedule: Data | undefined) {
  if (!schedule) return '';
  if (schedule.label) return schedule.label;
  if (schedule.continuous) return 'Thường xuyên';
  if (schedule.quarters?.length) return `Quý ${schedule.quarters.join(', ')}`;
  return [formatDate(schedule.startDate), formatDate(schedule.endDate)].filter(Boolean).join(' – ');
}

function Activities({ plan }: { plan: Data }) {
  const translate = useTranslate();
  const activities: Data[] = plan.activities ?? [];
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        sx={{ minWidth: 640, '& td, & th': { border: '1px solid #ccc', verticalAlign: 'top' } }}
        data-testid="plan-activities"
      >
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 48 }}>{translate('app.plan.no')}</TableCell>
            <TableCell>{translate('app.plan.activity')}</TableCell>
            <TableCell sx={{ width: '18%' }}>{translate('app.plan.lead')}</TableCell>
            <TableCell sx={{ width: '22%' }}>{translate('app.plan.coordinating')}</TableCell>
            <TableCell sx={{ width: '14%' }}>{translate('app.plan.timeframe')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {activities.map((a) => (
            <TableRow key={a.id}>
              <TableCell>{a.label}</TableCell>
              <TableCell sx={{ pl: a.parentId ? 4 : 2 }}>
                {a.title}
                {a.confidential && <Chip size="small" label="Mật" color="error" sx={{ ml: 1 }} />}
                {a.description && (
                  <Typography variant="body2" color="text.secondary">
                    {a.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <AgencyNames participants={a.participants ?? []} roles={['LEAD']} />
              </TableCell>
              <TableCell>
                <AgencyNames participants={a.participants ?? []} roles={['COORDINATING', 'ADVISORY', 'IMPLEMENTING']} />
              </TableCell>
              <TableCell>{scheduleLabel(a.schedule)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function Budget({ plan }: { plan: Data }) {
  const translate = useTranslate();
  const label = useEnumLabel();
  const lines: Data[] = plan.budgetLines ?? [];
  return (
    <>
      {plan.budgetNote && <Typography sx={{ mb: 1, textIndent: '2em' }}>{plan.budgetNote}</Typography>}
      {lines.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table
            size="small"
            sx={{ minWidth: 640, '& td, & th': { border: '1px solid #ccc' }, '& .amount': { whiteSpace: 'nowrap' } }}
            data-testid="plan-budget"
          >
            <TableHead>
              <TableRow>
                <TableCell>Năm</TableCell>
                <TableCell>Nội dung chi</TableCell>
                <TableCell>Nguồn</TableCell>
                <TableCell align="right">Dự toán</TableCell>
                {readable('BudgetLine', 'allocatedAmount') && <TableCell align="right">Được giao</TableCell>}
                {readable('BudgetLine', 'spentAmount') && <TableCell align="right">Đã chi</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((l) => (
                <TableRow key={l.id}>
                  <TableCell>{l.fiscalYear}</TableCell>
                  <TableCell>
                    {l.activity?.label ? `(${l.activity.label}) ` : ''}
                    {l.description}
                  </TableCell>
                  <TableCell>{label('BudgetSource', l.source)}</TableCell>
                  <TableCell align="right" className="amount">
                    {formatMoney(l.plannedAmount)}
                  </TableCell>
                  {readable('BudgetLine', 'allocatedAmount') && (
                    <TableCell align="right" className="amount">
                      {formatMoney(l.allocatedAmount)}
                    </TableCell>
                  )}
                  {readable('BudgetLine', 'spentAmount') && (
                    <TableCell align="right" className="amount">
                      {formatMoney(l.spentAmount)}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {plan.budgetTotal && (
        <Typography sx={{ mt: 1, fontWeight: 600 }}>
          {translate('app.plan.total')}: <span style={{ whiteSpace: 'nowrap' }}>{formatMoney(plan.budgetTotal)}</span>
        </Typography>
      )}
    </>
  );
}

function Duties({ plan }: { plan: Data }) {
  const translate = useTranslate();
  return (
    <>
      {(plan.responsibilities ?? []).map((r: Data, i: number) => (
        <Box key={r.id} sx={{ mb: 1 }}>
          <Typography sx={{ fontWeight: 600 }}>
            {i + 1}. {r.agency?.name}
          </Typography>
          <Paragraphs items={r.duties ?? []} />
        </Box>
      ))}
      {(plan.reportingRequirements ?? []).length > 0 && (
        <Box sx={{ mt: 2 }} data-testid="plan-reporting">
          <Typography sx={{ fontWeight: 600 }}>{translate('app.plan.reporting')}</Typography>
          {plan.reportingRequirements.map((r: Data) => (
            <Typography key={r.id} sx={{ mb: 1, textIndent: '2em' }}>
              - {r.description} ({translate('app.plan.report_to')} {r.reportTo}
              {r.via ? `, ${translate('app.plan.via')} ${r.via}` : ''}
              {r.dueDates?.length ? `; ${translate('app.plan.deadline')}: ${r.dueDates.map((d: Data) => d.label).join(', ')}` : ''}).
            </Typography>
          ))}
        </Box>
      )}
    </>
  );
}

function PlanDocument() {
  const plan = useRecordContext<Data>();
  const translate = useTranslate();
  const label = useEnumLabel();
  if (!plan) return null;
  const has = (field: string) => readable('Plan', field) && plan[field] !== null && plan[field] !== undefined;
  const bases = basisLines(plan.legalBases);
  const preamble = has('preamble')
    ? preambleWithoutBases(
        plan.preamble,
        bases.flatMap((b) => (b.symbol ? [b.symbol] : [])),
      )
    : '';
  return (
    <Paper
      variant="outlined"
      className="ttdn-document"
      sx={{
        p: { xs: 1.5, md: 5 },
        maxWidth: 1000,
        mx: 'auto',
        fontFamily: '"Times New Roman", serif',
        '& .MuiTypography-root, & td, & th': { fontFamily: 'inherit' },
      }}
    >
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1, gap: 1 }}>
        <Chip
          label={label('PlanStatus', plan.status)}
          color={plan.status === 'ISSUED' ? 'success' : plan.status === 'CANCELLED' ? 'error' : 'default'}
          data-testid="plan-status"
        />
        <Chip variant="outlined" label={plan.startYear === plan.endYear ? `Năm ${plan.startYear}` : `${plan.startYear}–${plan.endYear}`} />
      </Box>
      <Header plan={plan} />
      <Typography variant="h6" align="center" sx={{ mt: 3, fontWeight: 700 }}>
        {translate('app.plan.heading')}
      </Typography>
      <Typography align="center" sx={{ fontWeight: 700 }} data-testid="plan-title">
        {plan.title}
      </Typography>
      {plan.parentPlan && (
        <Typography align="center" variant="body2">
          ({translate('app.plan.parent_plan')} {plan.parentPlan.symbol ?? ''} {plan.parentPlan.title})
        </Typography>
      )}

      {bases.length > 0 && (
        <Box sx={{ mt: 2 }} data-testid="plan-bases">
          {bases.map((b) => (
            <Typography key={b.id} sx={{ mb: 0.5, fontStyle: 'italic', textIndent: '2em', textAlign: 'justify' }}>
              {b.text}
            </Typography>
          ))}
        </Box>
      )}
      {preamble && <Typography sx={{ mb: 1, textIndent: '2em', textAlign: 'justify' }}>{preamble}</Typography>}

      {numbered([
        [
          translate('app.plan.objectives'),
          (plan.objectives?.length > 0 || plan.requirements?.length > 0) && (
            <>
              <Typography sx={{ fontWeight: 600 }}>{translate('app.plan.objectives_sub')}</Typography>
              <Paragraphs items={plan.objectives ?? []} />
              <Typography sx={{ fontWeight: 600 }}>{translate('app.plan.requirements_sub')}</Typography>
              <Paragraphs items={plan.requirements ?? []} />
            </>
          ),
        ],
        [translate('app.plan.activities'), plan.activities?.length > 0 && <Activities plan={plan} />],
        [translate('app.plan.budget'), (plan.budgetLines?.length > 0 || plan.budgetNote || plan.budgetTotal) && <Budget plan={plan} />],
        [
          translate('app.plan.duties'),
          (plan.responsibilities?.length > 0 || plan.reportingRequirements?.length > 0) && <Duties plan={plan} />,
        ],
      ])}
      {has('closing') && <Typography sx={{ mb: 1, textIndent: '2em', mt: 2 }}>{plan.closing}</Typography>}

      <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 4, gap: 2 }}>
        <Box sx={{ flex: '0 0 45%' }}>
          <Typography sx={{ fontWeight: 700, fontStyle: 'italic' }}>{translate('app.plan.recipients')}:</Typography>
          {(plan.recipients ?? []).map((r: Data) => (
            <Typography key={r.id} variant="body2">
              - {r.name}
              {r.purpose ? ` (${label('RecipientPurpose', r.purpose).toLowerCase()})` : ''};
            </Typography>
          ))}
        </Box>
        <Box sx={{ flex: '0 0 45%', textAlign: 'center' }} data-testid="plan-signature">
          {plan.signature ? (
            <>
              {(plan.signature.authority ?? '').split('\n').map((line: string, i: number) => (
                <Typography key={i} sx={{ fontWeight: 700 }}>
                  {line}
                </Typography>
              ))}
              <Typography sx={{ fontWeight: 700 }}>{plan.signature.position}</Typography>
              <Box sx={{ height: 48 }} />
              <Typography sx={{ fontWeight: 700 }}>{plan.signature.signerName}</Typography>
            </>
          ) : (
            <Typography color="text.secondary">{translate('app.plan.signer_missing')}</Typography>
          )}
        </Box>
      </Box>

      <AnsweringReports plan={plan} />
      {has('internalNote') && (
        <Box sx={{ mt: 3, p: 1.5, bgcolor: 'warning.light', borderRadius: 1 }}>
          <Typography variant="body2">
            <b>{translate('app.plan.internal_note')}:</b> {plan.internalNote}
          </Typography>
        </Box>
      )}
    </Paper>
  );
}

export function PlanShow() {
  return (
    <Show actions={<Actions />}>
      <WithHistoryTab resource="Plan" label="Văn bản">
        <PlanDocument />
      </WithHistoryTab>
    </Show>
  );
}
