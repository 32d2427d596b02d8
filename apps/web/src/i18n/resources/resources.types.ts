/** A language's words: nested keys, each leaf a sentence that may hold `{{placeholders}}`. */
export interface Resources {
  [key: string]: string | Resources;
}
