import englishMessages from 'ra-language-english';
import { buildSchema, isEnumType } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { domainMessages, enums } from '../admin/src/i18n/domain';
import { raVietnamese } from '../admin/src/i18n/vi';

type Messages = { [key: string]: string | Messages };

function leaves(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();
const lookup = (messages: Messages, key: string) =>
  key.split('.').reduce<string | Messages | undefined>((m, k) => (typeof m === 'object' ? m[k] : undefined), messages);

describe('Console messages', () => {
  const english = leaves(englishMessages as unknown as Messages);

  it('the Vietnamese set has every key of react-admin’s English set, with the same placeholders and plural forms', () => {
    expect(english.length).toBeGreaterThan(150);
    for (const [key, text] of english) {
      const vietnamese = lookup(raVietnamese as unknown as Messages, key);
      expect(typeof vietnamese, `missing ${key}`).toBe('string');
      expect(placeholders(vietnamese as string), key).toEqual(placeholders(text));
      expect((vietnamese as string).includes('||||'), key).toBe(text.includes('||||'));
    }
  });

  it('the Vietnamese set is Vietnamese: no message is left in English', () => {
    const vietnamese = leaves(raVietnamese as unknown as Messages);
    const untranslated = vietnamese.filter(([key, text]) => {
      const original = lookup(englishMessages as unknown as Messages, key);
      return text.trim() !== '' && text === original && !/^%\{\w+\}( %\{\w+\})?$/.test(text);
    });
    expect(untranslated).toEqual([]);
  });

  it('every value of every enum the console shows has a Vietnamese label', () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema', 'schema.graphql'), 'utf8'));
    for (const name of Object.keys(enums) as (keyof typeof enums)[]) {
      const type = schema.getType(name);
      expect(type && isEnumType(type), `${name} is not an enum of the schema`).toBe(true);
      if (!type || !isEnumType(type)) continue;
      expect(Object.keys(enums[name]).sort(), name).toEqual(
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      );
    }
  });

  it('every resource of the console has a Vietnamese name', () => {
    for (const resource of ['Plan', 'Report', 'LegalDocument', 'Agency', 'AdministrativeUnit', 'User', 'ApiClient']) {
      expect(domainMessages.resources[resource as keyof typeof domainMessages.resources].name).toMatch(/[À-ỹ]/);
    }
  });
});
