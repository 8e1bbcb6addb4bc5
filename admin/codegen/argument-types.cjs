// graphql-codegen plugin: the declared GraphQL type of every argument of every mutation, so the console's data
// provider declares `$title: String, $activities: [ActivityInput!]` from the schema instead of a hand-kept table.
const { isObjectType } = require('graphql');

module.exports = {
  plugin(schema) {
    const mutation = schema.getMutationType();
    const fields = mutation && isObjectType(mutation) ? Object.values(mutation.getFields()) : [];
    const lines = fields.map((field) => {
      const args = field.args.map((arg) => `${JSON.stringify(arg.name)}: ${JSON.stringify(String(arg.type))}`).join(', ');
      return `  ${field.name}: { ${args} },`;
    });
    return [
      '',
      '/** The declared type of every mutation argument, as `$name: Type` needs it. */',
      'export const mutationArgumentTypes = {',
      ...lines,
      '} as const;',
      '',
    ].join('\n');
  },
};
