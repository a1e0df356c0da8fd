// The one piece of the window's address main and the renderer agree on, in a module of its own: the renderer's start
// script reads it before any of the app's code (and no validation library) has loaded.

/** The window's address while the data folder is locked: the page shows the unlock screen. */
export const UNLOCK_HASH = '#unlock';
