import polyglotI18nProvider from 'ra-i18n-polyglot';
import { mergeTranslations } from 'react-admin';
import { domainMessages } from './domain';
import { raVietnamese } from './vi';

const messages = mergeTranslations(raVietnamese, domainMessages);

export const i18nProvider = polyglotI18nProvider(() => messages, 'vi', [{ locale: 'vi', name: 'Tiếng Việt' }], { allowMissing: false });
