import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { en } from './en';
import { zhCN } from './zh-CN';
import { featureTexts } from './features';

const withFeatures = (base: object, pick: 'en' | 'zhCN') =>
  Object.assign({}, base, ...featureTexts.map((f) => ({ [f.name]: f[pick] })));

export const resources = {
  en: { translation: withFeatures(en, 'en') },
  'zh-CN': { translation: withFeatures(zhCN, 'zhCN') },
};

/** Until the shop's saved language arrives, follow the browser/OS locale. */
export function initialLanguage(locale = navigator.language): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(language: Language): void {
  document.documentElement.lang = language;
  // The window title (task bar, window switcher) follows the language too.
  void i18n.changeLanguage(language).then(() => {
    document.title = i18n.t('app.name');
  });
}

export default i18n;
