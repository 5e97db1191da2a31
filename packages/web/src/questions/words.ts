import type { Option, Words } from './question-types.js';

export const w = (en: string, es: string): Words => ({ en, es });
export const opt = (id: string, en: string, es: string, exclusive?: boolean): Option =>
  exclusive ? { id, label: { en, es }, exclusive } : { id, label: { en, es } };

export const CHOOSE_ALL = w('Choose all that apply.', 'Puede elegir más de una respuesta.');

export const YES = opt('yes', 'Yes', 'Sí');
export const NO = opt('no', 'No', 'No');
/** "Not sure" leaves the case field empty; the engine then says what it assumed. */
export const UNSURE = opt('unsure', 'Not sure', 'No sé');
export const YES_NO_UNSURE = [YES, NO, UNSURE] as const;
