// The fill-in slots of generated drafts. The generator writes them and the etiquette checker
// flags any left in a draft, so both read them from here.
export const TEMPLATE_SLOTS = {
  detail: '[something specific from the conversation]',
  value: '[a relevant skill or project]',
} as const;
