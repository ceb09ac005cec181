/** An English label from a code that has none: `"last-12-months"` -> `"Last 12 months"`. */
export function _humanise(code: string): string {
  const words = code.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
