/**
 * What a baseline may be named: it becomes part of Forge storage keys (DESIGN.md section 5: letters, digits,
 * spaces and `:._-#` only, at most 500 characters), so the settings' default baseline is held to the same rule
 * as a baseline saved from the Earned value tab.
 */
export const BASELINE_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,49}$/;

export const BASELINE_NAME_MESSAGE = 'a baseline name has 1 to 50 letters, digits, spaces, dots, dashes or underscores';
