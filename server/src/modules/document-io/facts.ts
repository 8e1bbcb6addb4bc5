import type { ParticipantRole, RecipientPurpose } from '../../common/enums';
import type { Citation } from './citations';

/**
 * What a plan or report prints, in the document's own terms (agencies by name, schedules by label). The importer
 * reads a text into this shape, the exporter writes it out, and the fidelity test compares it with the seed files.
 */
export interface FactParticipant {
  role: ParticipantRole;
  name: string;
  note?: string;
}

export interface FactActivity {
  label: string;
  title: string;
  description?: string;
  schedule?: string;
  participants: FactParticipant[];
  children: FactActivity[];
}

export interface FactSection {
  label?: string;
  heading: string;
  body: string;
  children: FactSection[];
}

export interface FactReporting {
  description: string;
  reporter?: string;
  reportTo: string;
  via?: string;
  deadlines: string[];
}

export interface FactSignature {
  authority: string;
  position: string;
  signerName?: string;
}

export interface DocumentFacts {
  kind: 'PLAN' | 'REPORT';
  /** The issuing body as printed at the top left ("ỦY BAN NHÂN DÂN", "HUYỆN BỐ TRẠCH"). */
  issuerLines: string[];
  symbol?: string;
  place?: string;
  dateLabel?: string;
  issuedOn?: string;
  /** No number or no day printed, or marked "DỰ THẢO". */
  draft: boolean;
  title: string;
  preamble?: string;
  /** Documents named in the opening "Căn cứ …" (BASIS) and "Thực hiện …" (IMPLEMENTS) paragraphs. */
  bases: { kind: 'BASIS' | 'IMPLEMENTS'; citation: Citation }[];
  /** Every other document the text cites. */
  references: Citation[];
  objectives: string[];
  requirements: string[];
  activities: FactActivity[];
  budgetNote?: string;
  responsibilities: { name: string; duties: string[] }[];
  reporting: FactReporting[];
  sections: FactSection[];
  nextTasks: string[];
  recommendations?: string;
  spending: { description: string; amount: string }[];
  closing?: string;
  signature?: FactSignature;
  recipients: { name: string; purpose: RecipientPurpose }[];
  /** Text the reader could not place, with the reason. */
  unplaced: { text: string; reason: string }[];
}
