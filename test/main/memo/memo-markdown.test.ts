// The memo as Markdown, read back as text: the title, headings one level below it, formats, the
// quotes as block quotes (or inline with curly quotes) each with a [^n] footnote holding its citation,
// *Id.* where it repeats the source just cited, deleted and lost highlights flagged, lists; and
// nothing a memo says is read as markup.
import { describe, expect, it } from "vitest";
import { escapeMarkdown, memoMarkdown } from "../../../main/memo/memo-markdown";
import { memoExportData } from "../../../main/memo/memo-export-data";
import { createMemo } from "../../../main/store/memos";
import { write } from "../../../main/store/write";
import { newCase } from "../../support/temp";
import { briefContent, buildFixture, paragraph, state, text } from "./memo-fixture";

describe("memo as Markdown", () => {
  it("writes the brief with footnotes in order", () => {
    const c = newCase();
    const f = buildFixture(c);
    const memo = write(c, () => createMemo(c, { title: "Brief *draft*", content: briefContent(f.ids) }));
    expect(memoMarkdown(memoExportData(c, memo.id))).toBe(`# Brief \\*draft\\*

## Statement of Facts

Headquarters **ordered** the *tasking* on February 10:

> It is due tonight.[^1]

> the … most egregious cases[^2]

> Send them to the front office by 9 PM.[^3]

> we failed at this tasking.[^4]

> **\\[Quoted highlight deleted\\]**

As the field office admitted, “we failed at this tasking.”[^5] nothing was sent.

> the San Antonio office sent nothing.[^6]

> **\\[Quoted passage no longer found in its document; check it against the source\\]** Field memo[^7]

1. first point
2. second point

- a bullet

[^1]: Email from Harlan Placeholder to ERO Field Office Directors (Feb. 10, 2017, 4:12 PM), at 2017-ICLI-00026 000123
[^2]: *Id.*
[^3]: *Id.* at 2017-ICLI-00026 000124
[^4]: Email from Bram Fictus to SNA ERO AFODs and SDDOs (Feb. 11, 2017, 8:05 AM), at 2017-ICLI-00026 000125
[^5]: Email from Bram Fictus to SNA ERO AFODs and SDDOs (Feb. 11, 2017, 8:05 AM), at 2017-ICLI-00026 000125
[^6]: Field memo
[^7]: *Id.*
`);
  });

  it("escapes what would be markup", () => {
    expect(escapeMarkdown("# not a heading *or* _emphasis_ [link](x) <b>&amp; 1. x")).toBe("\\# not a heading \\*or\\* \\_emphasis\\_ \\[link\\](x) \\<b\\>\\&amp; 1. x");
    expect(escapeMarkdown("1. not a list\n- nor this")).toBe("1\\. not a list\n\\- nor this");
    const c = newCase();
    const memo = write(c, () => createMemo(c, { title: "T", content: state(paragraph(text("  spaced  ", 1), text("a`b", 16))) }));
    expect(memoMarkdown(memoExportData(c, memo.id))).toBe("# T\n\n  **spaced**  `` a`b ``\n");
  });
});
