/** Who works in the workspace. Program staff work for programs and see a person only through a consent. */
export const ROLES = ['admin', 'clinician', 'navigator', 'program-staff'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

/**
 * Who may do what, by name: a route declares one of these (the server checks it before the handler
 * runs) and the workspace shows a page or a button to the same roles.
 */
export const ROLE_GROUPS = {
  /** Anyone signed in. */
  signedIn: ROLES,
  /** Roles that work with people's records directly (program staff only through a consent). */
  careTeam: ['admin', 'clinician', 'navigator'],
  /** Roles that may run and sign assessments and record decisions: clinical judgment. */
  assessors: ['admin', 'clinician'],
  /** Roles that keep a program's listing current: its own staff, or an administrator. */
  programEditors: ['admin', 'program-staff'],
  admins: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type RoleGroup = keyof typeof ROLE_GROUPS;

export const mayAct = (role: Role, group: RoleGroup): boolean => (ROLE_GROUPS[group] as readonly Role[]).includes(role);
