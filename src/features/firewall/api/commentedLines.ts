export interface CommentedLine {
  value: string;
  comment: string;
}

/** `value # comment` per line (blank lines skipped): how entries and rules are edited as text. */
export function parseCommentedLines(text: string): CommentedLine[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const hash = line.indexOf(' # ');
      return hash < 0
        ? { value: line, comment: '' }
        : { value: line.slice(0, hash).trim(), comment: line.slice(hash + 3).trim() };
    });
}

export function formatCommentedLines(lines: readonly CommentedLine[]): string {
  return lines
    .map((line) => (line.comment ? `${line.value} # ${line.comment}` : line.value))
    .join('\n');
}

/** The first line `check` refuses, as `Line n: message`, or null. */
export function commentedLinesMessage(
  text: string,
  check: (value: string) => string | null,
): string | null {
  const lines = parseCommentedLines(text);
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    const message = check(line.value);
    if (message) return `Line ${index + 1}: ${message}`;
    if (seen.has(line.value)) return `Line ${index + 1}: ${line.value} is listed twice`;
    seen.add(line.value);
  }
  return null;
}
