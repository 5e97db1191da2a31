/**
 * The self-assessment as data. Each question says who sees it (`showIf`), in both languages. Words
 * are templates filled by `fillVoice` so one sentence serves "Do you…" and "Does he…".
 */
export type Voice = 'you' | 'he' | 'she' | 'they';
export type Lang = 'en' | 'es';
export type Words = Readonly<Record<Lang, string>>;

/** Answers as stored on the device: a question id to an option id, option ids, or typed text. */
export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface Option {
  readonly id: string;
  readonly label: Words;
  /** Chosen alone: picking it clears the others in a "choose all that apply" question. */
  readonly exclusive?: boolean;
}

interface QuestionBase {
  readonly id: string;
  readonly text: Words;
  readonly hint?: Words;
  readonly showIf?: (a: Answers) => boolean;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'single' | 'multi';
  readonly options: readonly Option[];
}

export interface TextQuestion extends QuestionBase {
  readonly kind: 'age' | 'zip';
}

export type Question = ChoiceQuestion | TextQuestion;

export interface Step {
  readonly id: string;
  readonly title: Words;
  readonly questions: readonly Question[];
}
