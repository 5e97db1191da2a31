import type { accountEn } from './account-words.js';

/** Spanish for a person's own account (merged into the Spanish staff dictionary as `account`). */
export const accountEs: typeof accountEn = {
  nav: 'Su cuenta',
  title: 'Su cuenta',
  sessionsTitle: 'Dónde tiene la sesión iniciada',
  sessionsIntro:
    'Cada navegador donde inició sesión y no la cerró. Las sesiones terminan tras 30 minutos sin uso, o 12 horas después de iniciarlas.',
  sessionsCaption: (n: number): string => `${n} ${n === 1 ? 'sesión' : 'sesiones'}`,
  started: 'Inicio de sesión',
  lastSeen: 'Último uso',
  from: 'Desde',
  thisBrowser: 'Este navegador',
  signOutEverywhere: 'Cerrar sesión en todas partes',
  signOutEverywhereHint: 'Termina todas las sesiones de su cuenta, también esta. Úselo si dejó la sesión abierta en algún lugar.',
  secondFactorTitle: 'Segundo factor',
  secondFactorOn: 'Tiene una aplicación de autenticación: después de la contraseña, el inicio de sesión pide su código.',
  secondFactorOff: 'No tiene una aplicación de autenticación. Con una, nadie puede entrar en su cuenta solo con una contraseña robada.',
  enrolStart: 'Configurar una aplicación de autenticación',
  enrolTitle: 'Configurar una aplicación de autenticación',
  enrolRequired:
    'Su administrador pide a todas las personas con su rol que usen una aplicación de autenticación. Configure una para seguir.',
  enrolSteps:
    'Escanee este código con una aplicación de autenticación (por ejemplo, una de su teléfono), o escriba en ella la clave de abajo. Luego escriba el código de 6 dígitos que muestra.',
  qrAlt: 'Código QR para su aplicación de autenticación',
  secretLabel: 'Clave para escribir en lugar de escanear',
  code: 'Código de la aplicación',
  codeMissing: 'Escriba el código de 6 dígitos de la aplicación',
  confirm: 'Confirmar',
  recoveryTitle: 'Sus códigos de recuperación',
  recoveryIntro:
    'Cada código le deja iniciar sesión una vez si pierde el teléfono. Solo se muestran ahora: imprímalos o guárdelos en un lugar seguro, lejos del teléfono.',
  recoveryDone: 'Ya guardé mis códigos de recuperación',
};
