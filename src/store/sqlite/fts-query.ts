/**
 * The FTS5 MATCH expression for an AND of OR-groups, or null when no document can match (no groups, or an empty
 * group). Every term becomes a quoted string, so quotes, `*`, `-`, `:`, parentheses and keywords such as OR or NEAR
 * are searched for as text and never read as query syntax; a term the tokenizer reduces to nothing matches nothing.
 */
export function ftsMatchExpression(groups: readonly (readonly string[])[]): string | null {
  if (groups.length === 0 || groups.some((group) => group.length === 0)) return null;
  return groups.map((group) => `(${group.map(quoteTerm).join(' OR ')})`).join(' AND ');
}

// FTS5 reads the expression as a C string: a NUL would end it inside the quotes. The tokenizer treats NUL as a
// separator anyway, so a space stands in for it.
function quoteTerm(term: string): string {
  return `"${term.replaceAll('"', '""').replaceAll('\0', ' ')}"`;
}
