// The note's "Details to mention" list, read with remark: the specific things from the
// conversation that drafts offer as choices and the etiquette checker looks for.
import { remark } from 'remark';
import { locateFrontMatter } from '../note/frontMatter';

/** The parts of an mdast tree this module reads. */
interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  depth?: number;
  children?: MdNode[];
}

/** Plain text of inline content: link and emphasis text, code spans, image alt text; HTML is dropped. */
function plainText(node: MdNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
      return '';
    default:
      return (node.children ?? []).map(plainText).join('');
  }
}

/** Each item of the list (nested items included, in document order) as one line of plain text. */
function collectItems(list: MdNode, out: string[]): void {
  for (const item of list.children ?? []) {
    const own = (item.children ?? [])
      .filter((c) => c.type === 'paragraph' || c.type === 'heading')
      .map(plainText)
      .join(' ');
    // Without GFM, a task box stays text: "[ ] Ask about X" is the detail "Ask about X".
    const text = own.replace(/\s+/g, ' ').trim().replace(/^\[[ xX]\]\s*/, '');
    if (text) out.push(text);
    for (const child of item.children ?? []) if (child.type === 'list') collectItems(child, out);
  }
}

/** Reads the "Details to mention" list items from the note body with remark (mdast): heading text starting "Details to mention" (case-insensitive), items of the first list after it, as plain text. */
export function detailsFromBody(markdown: string): string[] {
  // Front-matter is no Markdown: `key: value` followed by `---` would read as a setext heading.
  const fm = locateFrontMatter(markdown);
  const body = fm ? markdown.slice(fm.bodyStart) : markdown;
  const root = remark().parse(body) as unknown as MdNode;
  const blocks = root.children ?? [];
  for (let i = 0; i < blocks.length; i++) {
    const heading = blocks[i]!;
    if (heading.type !== 'heading' || !/^details to mention/i.test(plainText(heading).trim())) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const block = blocks[j]!;
      // The list belongs to this section: stop at the next heading of the same or a higher level.
      if (block.type === 'heading' && (block.depth ?? 1) <= (heading.depth ?? 1)) break;
      if (block.type === 'list') {
        const items: string[] = [];
        collectItems(block, items);
        return items;
      }
    }
  }
  return [];
}
