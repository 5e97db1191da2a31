import type { Plugin } from 'vite';
import { UI } from '../src/i18n/i18n.js';

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Build the public page once per language: index.html in English and index.es.html in Spanish,
 * each with its own lang, title and description, from the same words the app shows. The server
 * sends the one the browser's Accept-Language asks for, so the first HTML says its language before
 * any script runs (screen readers pick their voice from it).
 */
export function pageLanguages(): Plugin {
  const head = (html: string, lang: 'en' | 'es'): string => {
    const t = UI[lang];
    return html
      .replace(/<html lang="[^"]*"/, `<html lang="${lang}"`)
      .replace(
        /<meta\s+name="description"\s+content="[^"]*"\s*\/>/,
        `<meta name="description" content="${escapeAttribute(t.description)}" />`,
      )
      .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(`${t.homePage.title} — ${t.app}`)}</title>`);
  };
  return {
    name: 'carelevel-page-languages',
    enforce: 'post',
    transformIndexHtml: { order: 'post', handler: (html) => head(html, 'en') },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') throw new Error('the public build wrote no index.html');
      this.emitFile({ type: 'asset', fileName: 'index.es.html', source: head(String(page.source), 'es') });
    },
  };
}
