/**
 * Every word of the staff workspace, in one dictionary so a Spanish one can follow with the same
 * type (a missing entry is then a compile error). Level names, dimension names and the engine's
 * reasons come from the engine's own locale files, not from here.
 */
export const staffEn = {
  app: {
    name: 'carelevel staff',
    skipLink: 'Skip to main content',
    judgmentNote:
      'carelevel supports, and does not replace, clinical judgment. Check every suggestion against what you know about the person.',
    loading: 'Loading…',
    retry: 'Try again',
    notFoundTitle: 'Page not found',
    notFoundBody: 'There is no page at this address.',
    forbiddenTitle: 'Not available to your role',
    forbiddenBody: 'Your account cannot open this page. Ask an administrator if you need it.',
    home: 'Go to the start page',
    welcomeTitle: 'Welcome',
    welcomeBody: 'Choose a section from the menu.',
  },
  nav: {
    label: 'Main',
    people: 'People',
    referrals: 'Referrals',
    inbox: 'Inbox',
    dashboard: 'Dashboard',
    signOut: 'Sign out',
    signedInAs: (email: string, role: string): string => `Signed in as ${email} (${role})`,
  },
  roles: {
    admin: 'administrator',
    clinician: 'clinician',
    navigator: 'navigator',
    'program-staff': 'program staff',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the account your administrator gave you.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    working: 'Signing in…',
    badCredentials: 'The email or password is not right.',
    expired: 'Your session ended. Sign in again to go on.',
  },
  forms: {
    errorSummaryTitle: 'There is a problem',
    required: 'required',
    optional: 'optional',
    saving: 'Saving…',
    saved: 'Saved',
    chooseOne: 'Choose…',
    notAnswered: 'Not answered',
    yes: 'Yes',
    no: 'No',
    unknown: 'Not known',
  },
  people: {
    title: 'People',
    search: 'Search by name',
    searchHint: 'Part of a given or family name. Names are sent in the request body, never in the address.',
    searchButton: 'Search',
    add: 'Add a person',
    count: (shown: number, total: number): string =>
      total === 0
        ? 'No people found.'
        : shown < total
          ? `Showing ${shown} of ${total} people.`
          : total === 1
            ? '1 person.'
            : `${total} people.`,
    more: 'Show more',
    name: 'Name',
    birthDate: 'Birth date',
    updated: 'Last changed',
    newTitle: 'Add a person',
    newIntro: 'Only what is needed to tell people apart: a name and, if you have it, a birth date.',
    givenName: 'Given name',
    familyName: 'Family name',
    birthDateHint: 'For example 1984-03-27.',
    language: 'Preferred language',
    languageHint: 'A language tag such as en or es.',
    create: 'Add person',
    recordTitle: (name: string): string => name,
    born: (date: string): string => `Born ${date}`,
    assessments: 'Assessments',
    noAssessments: 'No assessments yet.',
    startAssessment: 'Start an assessment',
    reassess: 'Reassess',
    continueDraft: 'Open',
    revision: (n: number): string => `revision ${n}`,
    signed: 'signed',
    draft: 'not signed',
    indicated: 'Indicated',
    timeline: 'Timeline',
    noConsentTitle: 'Record not shared with your program',
  },
  problems: {
    network: 'The server could not be reached. Check the connection and try again.',
    'no-consent': 'This person has not consented to share this part of their record with your program.',
    forbidden: 'Your role cannot do this.',
    'not-found': 'Not found. It may have been removed, or the link is wrong.',
    'stale-version': 'Someone else changed this while you were working. Reload to see their change, then try again.',
    'already-signed': 'This assessment is already signed and cannot change.',
  } as Readonly<Record<string, string>>,
};

export type StaffWords = typeof staffEn;
