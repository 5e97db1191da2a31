/** The words of a person's own account: sessions and the second factor (merged into the staff dictionary as `account`). */
export const accountEn = {
  nav: 'Your account',
  title: 'Your account',
  sessionsTitle: 'Where you are signed in',
  sessionsIntro:
    'Each browser where you signed in and have not signed out. Sessions end after 30 minutes without use, or 12 hours after sign-in.',
  sessionsCaption: (n: number): string => `${n} ${n === 1 ? 'session' : 'sessions'}`,
  started: 'Signed in',
  lastSeen: 'Last used',
  from: 'From',
  thisBrowser: 'This browser',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereHint: 'Ends every session of your account, this one too. Use it if you left yourself signed in somewhere.',
  secondFactorTitle: 'Second factor',
  secondFactorOn: 'An authenticator app is set up: after your password, sign-in asks for its code.',
  secondFactorOff: 'No authenticator app is set up. With one, a stolen password alone cannot open your account.',
  enrolStart: 'Set up an authenticator app',
  enrolTitle: 'Set up an authenticator app',
  enrolRequired: 'Your administrator asks everyone in your role to use an authenticator app. Set one up to go on.',
  enrolSteps:
    'Scan this code with an authenticator app (such as one on your phone), or type the key below into it. Then enter the 6-digit code it shows.',
  qrAlt: 'QR code for your authenticator app',
  secretLabel: 'Key to type instead of scanning',
  code: 'Code from the app',
  codeMissing: 'Enter the 6-digit code from the app',
  confirm: 'Confirm',
  recoveryTitle: 'Your recovery codes',
  recoveryIntro:
    'Each code signs you in once if you lose your phone. They are shown only now: print them or store them somewhere safe, away from your phone.',
  recoveryDone: 'I have kept my recovery codes',
};
