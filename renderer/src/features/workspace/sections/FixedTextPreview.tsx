// The template's fixed paragraphs (declarations, statements) as they will print, with unfilled values highlighted.
import { makeStyles, tokens } from '@fluentui/react-components';
import { isParagraphIncluded } from '../../../../../electron/common/template/conditions';
import {
  placeholderLookupFor,
  resolvePlaceholders,
  type TemplateValues,
} from '../../../../../electron/common/template/resolve-placeholders';
import type { Section, Template } from '../../../../../electron/common/template/template-schema';

const useStyles = makeStyles({
  box: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: '12px',
    fontFamily: "'Times New Roman', Georgia, serif",
    fontSize: '15px',
  },
  missing: { backgroundColor: tokens.colorPaletteYellowBackground2, borderRadius: '2px', padding: '0 2px' },
});

export function FixedTextPreview({
  template,
  section,
  values,
}: {
  template: Template;
  section: Section;
  values: TemplateValues;
}) {
  const styles = useStyles();
  const lookup = placeholderLookupFor(template);
  const paragraphs = section.fixedText.filter((p) => isParagraphIncluded(p, values));
  if (paragraphs.length === 0) return null;
  return (
    <div className={styles.box} aria-label={`Fixed text of ${section.title}`}>
      {paragraphs.map((p, i) => {
        const { text } = resolvePlaceholders(typeof p === 'string' ? p : p.text, values, lookup);
        // Split on the bracketed "[missing value]" markers so they can be highlighted.
        const parts = text.split(/(\[[^\]]+\])/g);
        return (
          <p key={i}>
            {parts.map((part, j) =>
              /^\[[^\]]+\]$/.test(part) ? (
                <mark key={j} className={styles.missing} title="Not filled in yet">
                  {part}
                </mark>
              ) : (
                part
              ),
            )}
          </p>
        );
      })}
    </div>
  );
}
