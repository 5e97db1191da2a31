/** What a consent may disclose to the recipient program: the parts of a person's record. */
export const CONSENT_SHARES = ['demographics', 'assessments', 'timeline', 'aftercare'] as const;
export type ConsentShare = (typeof CONSENT_SHARES)[number];

/** Why the person agrees to the disclosure (42 CFR Part 2 asks a consent to name its purpose). */
export const CONSENT_PURPOSES = ['referral', 'care-coordination', 'continuing-care'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
