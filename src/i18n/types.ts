import type { resources } from './resources';

// Typed keys: t('common.app.title') is checked against the English locale at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
