// How each element, formatted text and group of top-level blocks renders on screen.
// The element switch is exhaustive, like the export's.
import type { RenderChunkProps, RenderElementProps, RenderLeafProps } from 'slate-react';
import './slate-types';
import { SPELL_ERROR_ATTRIBUTE, type SpellLeaf } from './spellcheck/use-spellcheck';

export function renderElement({ attributes, children, element }: RenderElementProps) {
  switch (element.type) {
    case 'paragraph':
      return <p {...attributes}>{children}</p>;
    case 'heading-one':
      return <h2 {...attributes}>{children}</h2>;
    case 'heading-two':
      return <h3 {...attributes}>{children}</h3>;
    case 'heading-three':
      return <h4 {...attributes}>{children}</h4>;
    case 'bulleted-list':
      return <ul {...attributes}>{children}</ul>;
    case 'numbered-list':
      return <ol {...attributes}>{children}</ol>;
    case 'list-item':
      return (
        <li {...attributes} data-indent={element.indent ?? 0}>
          {children}
        </li>
      );
    default: {
      const unhandled: never = element;
      return (
        <p {...attributes}>
          {children}
          {void unhandled}
        </p>
      );
    }
  }
}

export function renderLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let content = children;
  if (leaf.bold) content = <strong>{content}</strong>;
  if (leaf.italic) content = <em>{content}</em>;
  if (leaf.underline) content = <u>{content}</u>;
  // A word the spellchecker flagged (a decoration, never saved): Word's red wavy underline.
  if ((leaf as SpellLeaf).misspelled) {
    return (
      <span {...attributes} {...{ [SPELL_ERROR_ATTRIBUTE]: '' }} style={MISSPELLED_STYLE}>
        {content}
      </span>
    );
  }
  return <span {...attributes}>{content}</span>;
}

const MISSPELLED_STYLE = {
  textDecorationLine: 'underline',
  textDecorationStyle: 'wavy',
  textDecorationColor: '#d13438',
  textDecorationSkipInk: 'none',
} as const;

/**
 * A group of top-level blocks (slate-react's chunking, set up in create-report-editor.ts). The browser skips the layout
 * and paint of groups that are off screen: per group rather than per block, which on a 50-page section had delayed
 * every typed character by over a second. The size stands in for a group not yet laid out, about a screen of text.
 */
export function renderChunk({ attributes, lowest, children }: RenderChunkProps) {
  return (
    <div {...attributes} style={lowest ? { contentVisibility: 'auto', containIntrinsicSize: 'auto 1000px' } : undefined}>
      {children}
    </div>
  );
}
