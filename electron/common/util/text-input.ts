// Text as a physician enters it: capped, trimmed, and free of control characters. A NUL cuts a value short in SQLite's
// length() (so a CHECK refuses it as an internal error) and the others are invisible in the report; they only ever come
// from a damaged paste or a crafted request, so they are refused with a message naming what to do.
import { z } from 'zod';

/** U+0000–U+001F: any control character, line breaks and tabs included. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SINGLE_LINE_CONTROL = /[\u0000-\u001F]/;
/** The same but for tab, line feed and carriage return, which a multi-line field may hold. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

const SINGLE_LINE_MESSAGE =
  'Remove the line break, tab or invisible control character (often pasted with the text): this field holds one line of plain text.';
const MULTI_LINE_MESSAGE =
  'Remove the invisible control character (often pasted with the text, e.g. from a PDF); line breaks and tabs are fine.';

/** Refuses control characters in a one-line field (a name, a number, a sender). Keeps the schema's other rules. */
export const singleLine = <S extends z.ZodString>(schema: S): S =>
  schema.refine((v) => !SINGLE_LINE_CONTROL.test(v), { message: SINGLE_LINE_MESSAGE });

/** Refuses control characters other than tab and line breaks in a multi-line field (an address, an explanation). */
export const multiLine = <S extends z.ZodString>(schema: S): S =>
  schema.refine((v) => !MULTI_LINE_CONTROL.test(v), { message: MULTI_LINE_MESSAGE });

const capped = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep this under ${max} characters.` });

/** A trimmed one-line text of at most `max` characters. */
export const singleLineText = (max: number) => singleLine(capped(max));

/** A trimmed multi-line text of at most `max` characters. */
export const multiLineText = (max: number) => multiLine(capped(max));

/** Rich text drops what a multi-line field refuses: invisible, unfindable in the editor, and invalid in Word's XML. */
export const withoutControlCharacters = (v: string) => v.replace(new RegExp(MULTI_LINE_CONTROL.source, 'g'), '');
