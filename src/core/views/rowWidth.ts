// How wide a tree row's text is, estimated without a DOM, so a row can be shortened by us (with
// an ellipsis where we choose) instead of cut by the workbench (which cuts the end: the timing
// and the company go first). VS Code's tree cannot tell an extension how wide the view is, so
// the budget is the default layout's, measured in the real workbench (scripts/test-ui.mjs).

/**
 * Advance widths of DejaVu Sans (thousandths of an em) for ASCII 32..126, measured in Chromium
 * with canvas measureText. DejaVu Sans is what `system-ui` resolves to on a plain Debian and is
 * among the widest UI fonts (Segoe UI, SF Pro, Ubuntu and Cantarell are narrower), so a row that
 * fits by this table fits on the other platforms too.
 */
const ASCII = [
  318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636, 636,
  636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
  603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635,
  634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
];
const OTHER: Record<string, number> = { '·': 318, '…': 1000, '–': 500, '—': 1000, '’': 318, '‘': 318 };

/** Width of one character in thousandths of an em: accented Latin as wide as a wide letter, CJK a full em. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII[code - 32]!;
  return OTHER[ch] ?? (code >= 0x1100 ? 1000 : 700);
}

/** Estimated width in CSS pixels of `text` at a font size of `px`. */
export function textWidth(text: string, px: number): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units * px) / 1000;
}

/** The workbench's tree: labels at 13 px, descriptions at 0.9 em after a 0.5 em gap. */
export const LABEL_PX = 13;
export const DESCRIPTION_PX = 11.7;
const GAP_PX = 0.5 * DESCRIPTION_PX;

/**
 * Room for a row's label and description at the default side-bar width (300 px): measured 217 px
 * for a row under a group (activity bar, indentation, twistie, icon and padding take the rest),
 * less 2 px for rounding.
 */
export const ROW_BUDGET_PX = 215;
/** The same for a group's own row, one level up (measured 225 px). */
export const GROUP_BUDGET_PX = 223;

const ELLIPSIS = '…';

/**
 * `text` shortened to at most `maxPx` with an ellipsis: at a word boundary when that keeps most
 * of the room used ("Brightline…"), else within a word ("Brightl…"); unchanged when it fits.
 */
export function shortenToWidth(text: string, maxPx: number, px = LABEL_PX): string {
  if (textWidth(text, px) <= maxPx) return text;
  const fits = (s: string) => textWidth(s, px) <= maxPx;
  const words = text.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const candidate = trimPunctuation(words.slice(0, k).join(' ')) + ELLIPSIS;
    if (fits(candidate)) {
      if (textWidth(candidate, px) >= 0.6 * maxPx) return candidate;
      break;
    }
  }
  const chars = Array.from(text);
  for (let n = chars.length - 1; n >= 1; n--) {
    const candidate = chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
    if (fits(candidate)) return candidate;
  }
  return ELLIPSIS;
}

/** "Acme," → "Acme": no separator left dangling before the ellipsis. */
function trimPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && ' ,;:·–—-'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The first word of a name with an ellipsis ("Brightline…"), or the name when it is one word. */
function firstWord(name: string): string {
  const i = name.indexOf(' ');
  return i < 0 ? name : name.slice(0, i) + ELLIPSIS;
}

const SEPARATOR = ' · ';
/** What a part keeps before the other gives way: a company of about 12 letters ("Tern Energy"), any action word. */
const FLOOR_PX = 80;

/**
 * A row's label "what · company" shortened so that it and its description fit `budget` px. The
 * company gives way first, down to about 12 letters or its first word; then a task's text (an
 * action word such as "Thank-you" stays whole); then the company again, then the what. Both keep
 * at least a letter and an ellipsis, so no row loses its company altogether.
 */
export function fitRowLabel(what: string, company: string, description: string, budget = ROW_BUDGET_PX): string {
  const room = budget - GAP_PX - textWidth(description, DESCRIPTION_PX);
  const w = (s: string) => textWidth(s, LABEL_PX);
  if (w(what + SEPARATOR + company) <= room) return what + SEPARATOR + company;
  const companyFloor = Math.min(w(company), Math.max(w(firstWord(company)), FLOOR_PX), room / 2);
  let shortCompany = shortenToWidth(company, Math.max(room - w(what + SEPARATOR), companyFloor));
  let shortWhat = shortenToWidth(what, Math.max(room - w(SEPARATOR + shortCompany), Math.min(w(what), FLOOR_PX)));
  shortCompany = shortenToWidth(company, Math.max(room - w(shortWhat + SEPARATOR), Math.min(w(company), FLOOR_PX / 2)));
  shortWhat = shortenToWidth(what, room - w(SEPARATOR + shortCompany));
  return shortWhat + SEPARATOR + shortCompany;
}

/** A label alone ("Thank-you", a task's text) shortened to fit with its description. */
export function fitLabel(label: string, description: string, budget = ROW_BUDGET_PX): string {
  return shortenToWidth(label, budget - GAP_PX - textWidth(description, DESCRIPTION_PX));
}
