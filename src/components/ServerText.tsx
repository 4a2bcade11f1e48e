import { Code, ScrollArea } from '@mantine/core';

/** Text from a server (logs, changelogs), shown verbatim as text: never interpreted as HTML. */
export function ServerText({
  text,
  maxHeight = 420,
  label,
}: {
  text: string;
  maxHeight?: number;
  label: string;
}) {
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto">
      <Code block className="sb-preformatted" aria-label={label} tabIndex={0}>
        {text}
      </Code>
    </ScrollArea.Autosize>
  );
}
