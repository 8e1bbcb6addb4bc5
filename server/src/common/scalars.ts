import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const wholeDong = /^\d{1,18}$/;

function parseMoney(value: unknown): string {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !wholeDong.test(text)) {
    throw new GraphQLError('Số tiền phải là số nguyên đồng không âm (ví dụ "54000000").', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text.replace(/^0+(?=\d)/, '');
}

/** Whole Vietnamese đồng, exact: serialised as a decimal string so no client rounds it through a float. */
export const MoneyScalar = new GraphQLScalarType<string, string>({
  name: 'Money',
  description: 'Số tiền nguyên đồng, dạng chuỗi chữ số (ví dụ "54000000"). Whole đồng as a digit string.',
  serialize: (value) => String(value),
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseMoney(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    return parseMoney(undefined);
  },
});

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: unknown): string {
  const match = typeof value === 'string' ? isoDate.exec(value) : null;
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Ngày "${String(value)}" không hợp lệ; dùng dạng YYYY-MM-DD.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time zone, ISO `YYYY-MM-DD`. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Ngày theo dạng ISO YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
