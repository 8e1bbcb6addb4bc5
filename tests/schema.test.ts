import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../server/src/common/repo-root';
import { emitSchema, schemaFile } from '../server/src/scripts/emit-schema';

const root = repoRoot();
const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');

/** Fails with the command to run and the first line that differs, rather than a diff of the whole file. */
function expectUpToDate(file: string, expected: string, command: string) {
  const committed = read(file);
  if (committed === expected) return;
  const have = committed.split('\n');
  const want = expected.split('\n');
  let line = 0;
  while (line < have.length && have[line] === want[line]) line++;
  expect.fail(
    `${path.relative(root, file)} is out of date: run \`${command}\` and commit the result.\n` +
      `First difference at line ${line + 1}:\n  committed: ${have[line] ?? '(end of file)'}\n  expected:  ${want[line] ?? '(end of file)'}`,
  );
}

describe('Schema', () => {
  it('the committed SDL matches the code', async () => {
    expectUpToDate(schemaFile(), await emitSchema(), 'npm run schema:emit');
  });

  it('the generated operation types match the schema and documents', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
    const outputs = await generate({ ...config, cwd: root, silent: true, verbose: false }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expectUpToDate(path.resolve(root, output.filename), output.content, 'npm run codegen');
  });
});

describe('Field rules', () => {
  it('every type and field of the schema has a rule, so nothing is reachable by accident', async () => {
    const { createSchema } = await import('../server/src/schema-builder');
    const { accessFor } = await import('../server/src/auth/permissions');
    const { isObjectType } = await import('graphql');
    const schema = await createSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.keys(type.getFields())) if (!accessFor(type.name, field)) missing.push(`${type.name}.${field}`);
    }
    expect(missing).toEqual([]);
  });
});
