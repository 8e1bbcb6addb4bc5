import { Box, Typography } from '@mui/material';
import {
  ArrayField,
  Datagrid,
  EditButton,
  FunctionField,
  ListButton,
  NumberField,
  Show,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumField, MoneyField, readable, VnDateField } from '../../common/fields';
import { DownloadDocxButton } from '../../documents/DownloadDocxButton';
import { HistoryPanel } from '../history';

type Data = Record<string, any>;

/** The number as printed once the report is sent; a draft has none yet. */
const numberLine = (r: Data) => (r.symbol ? `Số: ${r.symbol}` : 'Số: …/BC (dự thảo)');

/** Sections as printed: number and heading, paragraphs, then the sections below them, indented. */
function SectionList({ sections, depth }: { sections: Data[]; depth: number }) {
  return (
    <>
      {sections.map((s, i) => (
        <Box key={i} component="section" sx={{ mb: 1.5, pl: depth ? 2 : 0 }}>
          <Typography sx={{ fontWeight: depth ? 600 : 700 }}>
            {s.label ? `${s.label}. ` : ''}
            {s.heading}
          </Typography>
          {(s.body ?? '')
            .split('\n')
            .filter(Boolean)
            .map((p: string, j: number) => (
              <Typography key={j} sx={{ textIndent: '2em', textAlign: 'justify' }}>
                {p}
              </Typography>
            ))}
          {s.children?.length > 0 && <SectionList sections={s.children} depth={depth + 1} />}
        </Box>
      ))}
    </>
  );
}

function Sections({ report }: { report: Data }) {
  return (
    <Box data-testid="report-sections" sx={{ fontFamily: '"Times New Roman", serif', maxWidth: 900 }}>
      {report.preamble && <Typography sx={{ textIndent: '2em', mb: 1 }}>{report.preamble}</Typography>}
      <SectionList sections={report.sections ?? []} depth={0} />
      {report.closing && <Typography sx={{ textIndent: '2em' }}>{report.closing}</Typography>}
    </Box>
  );
}

export function ReportShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ListButton />
          <EditButton />
          <DownloadDocxButton kind="reports" />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <Tab label="Thông tin chung">
          <TextField source="title" />
          <FunctionField source="symbol" render={numberLine} />
          <EnumField source="kind" enumName="ReportKind" />
          <EnumField source="status" enumName="ReportStatus" chip />
          <TextField source="administrativeUnit.name" label="Đơn vị" />
          <TextField source="issuingAgency.name" label="Cơ quan báo cáo" />
          <VnDateField source="periodStart" />
          <VnDateField source="periodEnd" />
          <VnDateField source="issuedOn" />
          <FunctionField
            source="respondsTo"
            render={(r: Data) => (r.respondsTo ? `${r.respondsTo.symbol ?? ''} ${r.respondsTo.title}` : '—')}
          />
        </Tab>
        <Tab label="Nội dung báo cáo">
          <FunctionField source="sections" label={false} render={(r: Data) => <Sections report={r} />} />
        </Tab>
        <Tab label="Kết quả">
          <ArrayField source="results">
            <Datagrid bulkActionButtons={false} empty={<span>Chưa có kết quả.</span>}>
              <TextField source="heading" label="Nội dung" />
              <TextField source="outcome" label="Kết quả" />
              <EnumField source="status" enumName="ResultStatus" label="Đánh giá" />
            </Datagrid>
          </ArrayField>
          <ArrayField source="metrics">
            <Datagrid bulkActionButtons={false} empty={<span>Chưa có số liệu.</span>}>
              <TextField source="name" label="Chỉ tiêu" />
              <NumberField source="value" label="Số lượng" locales="vi-VN" />
              <TextField source="unit" label="Đơn vị tính" />
            </Datagrid>
          </ArrayField>
        </Tab>
        {readable('Report', 'spending') && (
          <Tab label="Kinh phí">
            <MoneyField source="spending" />
            <ArrayField source="spendingLines">
              <Datagrid bulkActionButtons={false} empty={<span>Chưa có khoản chi.</span>}>
                <TextField source="fiscalYear" label="Năm" />
                <TextField source="description" label="Nội dung chi" />
                <EnumField source="source" enumName="BudgetSource" label="Nguồn" />
                <MoneyField source="plannedAmount" label="Dự toán" />
                <MoneyField source="spentAmount" label="Đã chi" />
              </Datagrid>
            </ArrayField>
          </Tab>
        )}
        <Tab label="Nhiệm vụ, kiến nghị">
          <FunctionField
            source="nextTasks"
            render={(r: Data) => (
              <ul>
                {(r.nextTasks ?? []).map((t: string, i: number) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            )}
          />
          <TextField source="recommendations" emptyText="—" />
        </Tab>
        <Tab label="Lịch sử thay đổi" path="history">
          <HistoryPanel resource="Report" />
        </Tab>
      </TabbedShowLayout>
    </Show>
  );
}
