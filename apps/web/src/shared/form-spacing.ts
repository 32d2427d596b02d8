/** The design system's spacing between a form's fields (`SpacingProvider`), the same in every form. */
export const formMargins = {
  dateInput: { mb: 'l' },
  timeInput: { mb: 'l' },
  dropdown: { mb: 'l' },
  textInput: { mb: 'l' },
  textarea: { mb: 'l' },
  checkbox: { mb: 'l' },
  radioButtonGroup: { mb: 'l' },
} as const;
