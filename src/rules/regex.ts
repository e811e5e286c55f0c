// Building regular expressions from rule words: every word list the rules turn into a pattern goes through here.

/** A literal piece of text, escaped for use inside a regular expression (with or without the u flag). */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Words or phrases as one alternation (no group around it); a space inside a phrase takes any run of white space. */
export const wordsPattern = (words: Iterable<string>): string => [...words].map((w) => escapeRegex(w).replace(/ /g, '\\s+')).join('|');
