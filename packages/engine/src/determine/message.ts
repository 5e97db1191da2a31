/**
 * A reason, assumption, warning or "what would change this" entry: a stable code and the facts that
 * fill its sentence. Sentences live in the locale files, so the decision itself is language-free.
 */
export interface Message {
  readonly code: string;
  readonly facts?: Readonly<Record<string, string | number | boolean>>;
}
