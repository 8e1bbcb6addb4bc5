import { type Access, userOrClient } from '../../auth/access';

export const budgetSummaryRules: Record<string, Record<string, Access>> = {
  Query: {
    budgetSummary: userOrClient, // why: the public sees only budgetTotal of issued plans; rows limited by budgetLineRows
  },
  BudgetSummary: {
    '*': userOrClient, // why: computed only from lines in the caller's scope
  },
  BudgetSummaryRow: {
    '*': userOrClient, // why: as above; a row's plan, unit and agency are checked by their own types' rules
  },
};
