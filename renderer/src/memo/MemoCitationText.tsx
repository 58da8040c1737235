// A citation as a memo prints it: "Id." in italics (legal style), everything else as it is.
import type { MemoCitation } from '../../../shared/memo-citations';

export function MemoCitationText({ citation }: { citation: MemoCitation }) {
  if (citation.short && citation.text.startsWith('Id.')) {
    return (
      <cite>
        <i>Id.</i>
        {citation.text.slice(3)}
      </cite>
    );
  }
  return <cite>{citation.text}</cite>;
}
