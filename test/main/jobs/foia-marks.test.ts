// FOIA exemption codes and Bates stamps, and no false ones in real email text.
import { describe, expect, it } from "vitest";
import { findFoiaMarks, isPageFurniture, pageStamp } from "../../../main/jobs/foia-marks";
import { CORPUS, SKIP_REASON, corpusPath } from "../../support/corpus";
import { PDFTOTEXT, pdftotextPages } from "../../support/generate-release";

const exemptions = (text: string) => findFoiaMarks(text).exemptions;
const stamps = (text: string) => findFoiaMarks(text).stamps;

describe("findFoiaMarks: exemption codes", () => {
  it("normalises the written-out forms and keeps each once, in order of first appearance", () => {
    expect(exemptions("withheld (b)(6); (b) (7)(c) and again (b)(6), (B)(5)")).toEqual(["(b)(6)", "(b)(7)(C)", "(b)(5)"]);
    expect(exemptions("(b)(6)(b)(7)(C)")).toEqual(["(b)(6)", "(b)(7)(C)"]);
    expect(exemptions("(b)(3):26 USC 6103")).toEqual(["(b)(3)"]);
    expect(exemptions("under 5 U.S.C. § 552(b)(6)")).toEqual(["(b)(6)"]);
    expect(exemptions("Exemption 7(C) applies, as does Exemption 5")).toEqual(["(b)(7)(C)", "(b)(5)"]);
    expect(exemptions("b(6) and b7(e)")).toEqual(["(b)(6)", "(b)(7)(E)"]);
  });

  it("gives lettered parts to exemption 7 only", () => {
    expect(exemptions("(b)(6)(C)")).toEqual(["(b)(6)"]);
    expect(exemptions("(b)(7)(b)(6)")).toEqual(["(b)(7)", "(b)(6)"]);
  });

  it("accepts a bare code only in parentheses or brackets, or listed with another code", () => {
    expect(exemptions("b6, b7c")).toEqual(["(b)(6)", "(b)(7)(C)"]);
    expect(exemptions("B6/B7C")).toEqual(["(b)(6)", "(b)(7)(C)"]);
    expect(exemptions("[redacted] (b6)")).toEqual(["(b)(6)"]);
    expect(exemptions("[b7c]")).toEqual(["(b)(7)(C)"]);
    expect(exemptions("(b)(6) and b7c")).toEqual(["(b)(6)", "(b)(7)(C)"]);
  });

  it("finds no code in ordinary text that happens to look like one", () => {
    expect(exemptions("vitamin b6 and folate")).toEqual([]);
    expect(exemptions("see cell b6 of the sheet, then b7 too")).toEqual([]);
    expect(exemptions("under subsection (b)(1) of the Act and section 3(b)(2)")).toEqual([]);
    expect(exemptions("the b52 and the A(6) list")).toEqual([]);
  });
});

describe("findFoiaMarks: stamps", () => {
  it("finds Bates numbers and page stamps as printed", () => {
    for (const stamp of ["2017-ICLI-00026 000123", "ICE-2017-FOIA-00012345", "DOJ-OIP-000123", "BEGA000123", "EPA-HQ-2017-001234"]) {
      expect(stamps(`text\n${stamp}\n`)).toEqual([stamp]);
    }
    expect(stamps("2017-ICLI-00026 000123 2017-ICLI-00026 000124 2017-ICLI-00026 000123")).toEqual(["2017-ICLI-00026 000123", "2017-ICLI-00026 000124"]);
  });

  it("takes page numbers, years, zip codes, request numbers, addresses and file names for what they are", () => {
    for (const text of ["Page 3 of 12", "FY2017 budget", "Washington, DC 20004", "Case Number 2017-ICLI-00026.", "(202) 727-6101",
      "mail ABC000123@x.gov", "https://x.gov/ABC000123", "3D9C6500-3A2B-4582-A5D6-815FE6F5015F[427].png", "BEGA000123.pdf"]) {
      expect(stamps(text), text).toEqual([]);
    }
  });
});

describe("pageStamp / isPageFurniture", () => {
  it("takes the last stamp of a page's last lines, else of its first lines", () => {
    expect(pageStamp("From: x\nbody\n\n(b)(6)     2017-ICLI-00026 000123\n")).toBe("2017-ICLI-00026 000123");
    expect(pageStamp("DOJ-OIP-000001\nbody\nmore body\nyet more\nend")).toBe("DOJ-OIP-000001");
    expect(pageStamp("BEGA000001\nbody\n\nBEGA000002")).toBe("BEGA000002");
    expect(pageStamp("body\nPage 3 of 12")).toBeNull();
    expect(pageStamp("A page\nwith a\nstamp-like\nDOJ-OIP-000001 in the middle\nis not\nstamped\nat all")).toBeNull();
  });

  it("calls stamps, page numbers and code-only lines furniture, and nothing with words", () => {
    for (const line of ["", "   ", "2017-ICLI-00026 000123", "Page 2 of 3", "12", "(b)(6), (b)(7)(C)    BEGA000123"]) expect(isPageFurniture(line), line).toBe(true);
    for (const line of ["Thanks,", "From: Doe, John", "Page two is missing", "(b)(6) withheld by the agency"]) expect(isPageFurniture(line), line).toBe(false);
  });
});

describe.skipIf(!CORPUS || !PDFTOTEXT)(`findFoiaMarks on the DC BEGA releases ${CORPUS ? "" : SKIP_REASON}`, () => {
  it.each(["dcbega_My_Resignation_from_the_Board_of_Ethics_and_Government_Accountability__Redacted.pdf", "dcbega_Re__Call_this_morning_Redacted.pdf",
    "dcbega_Chairs_Phone_no._Email_Redacted.pdf", "dcbega_Re__BEGA_Redacted.pdf", "dcbega_Follow-up_Recruitment_for_BEGA_Email_Redacted.pdf",
    "dcbega_2018-2-22_Letter_to_NFPHC_re_OMA.PDF"])("finds nothing in %s, whose redactions are blank and pages unstamped", (file) => {
    const pages = pdftotextPages(corpusPath("foia-pdf", file), "layout");
    expect(findFoiaMarks(pages.join("\n"))).toEqual({ exemptions: [], stamps: [] });
    expect(pages.map(pageStamp).filter(Boolean)).toEqual([]);
  });
});
