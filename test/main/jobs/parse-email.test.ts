import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEmail } from "../../../main/jobs/parse-email";
import { SAMPLE_DIR } from "../../../main/sample-case";

const enc = (s: string) => new TextEncoder().encode(s.replace(/\n/g, "\r\n"));

describe("parseEmail", () => {
  it("reads the sample's HTML+text message: headers, zone-true date, text with a header block", async () => {
    const email = await parseEmail({ bytes: readFileSync(`${SAMPLE_DIR}01-hq-due-tonight-for-s1.eml`) });
    expect(email.headers).toMatchObject({
      subject: "Due Tonight for S1 – URGENT",
      date: "2017-02-10T16:12:00-05:00",
      dateRaw: "Fri, 10 Feb 2017 16:12:00 -0500",
      messageId: "20170210161200.A1@example.gov",
      inReplyTo: null,
    });
    expect(email.headers.from?.address).toBe("ero-hq@example.gov");
    expect(email.text.startsWith("From: Harlan Placeholder (ERO HQ) <ero-hq@example.gov>\nTo: ")).toBe(true);
    expect(email.text.slice(email.bodyStart)).toMatch(/^All,\n\nS1 has asked/);
    expect(email.text).toContain("three most egregious cases");
    expect(email.hasHtml).toBe(true);
  });

  it("decodes quoted-printable Latin-1 and RFC 2047 headers", async () => {
    const email = await parseEmail({
      bytes: enc(`From: =?ISO-8859-1?Q?Andr=E9_M=FCller?= <am@example.org>
To: b@example.org
Subject: =?ISO-8859-1?Q?R=E9ponse?=
Date: Mon, 13 Feb 2017 09:00:00 +0100
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Voil=E0 la r=E9ponse.
`),
    });
    expect(email.headers.from).toEqual({ name: "André Müller", address: "am@example.org" });
    expect(email.title).toBe("Réponse");
    expect(email.text.slice(email.bodyStart)).toBe("Voilà la réponse.");
  });

  it("turns an HTML-only body into text without scripts or markup", async () => {
    const email = await parseEmail({
      bytes: enc(`From: a@example.org
Subject: html
Content-Type: text/html; charset=utf-8

<html><head><style>p{color:red}</style><script>alert(1)</script></head><body><p>First <b>bold</b> line.</p><p>Second line.</p></body></html>
`),
    });
    const body = email.text.slice(email.bodyStart);
    expect(body).toContain("First bold line.");
    expect(body).toContain("Second line.");
    expect(body).not.toMatch(/alert|<|color:red/);
  });

  it("keeps attachments, reading text ones and embedded messages as documents", async () => {
    const email = await parseEmail({
      bytes: enc(`From: a@example.org
To: b@example.org
Subject: with attachments
Message-ID: <outer@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XX"

--XX
Content-Type: text/plain

See attached.
--XX
Content-Type: text/plain; name="notes.txt"
Content-Disposition: attachment; filename="notes.txt"

Attached notes.
--XX
Content-Type: message/rfc822
Content-Disposition: attachment; filename="earlier.eml"

From: c@example.org
Subject: Earlier
Message-ID: <inner@example.org>
Date: Fri, 10 Feb 2017 08:00:00 -0600

Inner body.
--XX
Content-Type: application/octet-stream; name="blob.bin"
Content-Disposition: attachment; filename="blob.bin"
Content-Transfer-Encoding: base64

AAECAw==
--XX--
`),
    });
    expect(email.text).toContain("Attachments: notes.txt; earlier.eml; blob.bin");
    expect(email.text.slice(email.bodyStart)).toBe("See attached.");
    const [notes, earlier, blob] = email.attachments;
    expect(notes?.document).toMatchObject({ kind: "text", text: "Attached notes." });
    expect(earlier?.document).toMatchObject({ kind: "email", title: "Earlier", headers: { messageId: "inner@example.org", date: "2017-02-10T08:00:00-06:00" } });
    expect(blob).toMatchObject({ fileName: "blob.bin", mediaType: "application/octet-stream" });
    expect([...blob!.bytes]).toEqual([0, 1, 2, 3]);
    expect(blob?.document).toBeUndefined();
  });

  it("reads references in order and tolerates a message with no headers worth the name", async () => {
    const email = await parseEmail({ bytes: enc(`In-Reply-To: <b@x>\nReferences: <a@x>\n <b@x>\n\nhello\n`) });
    expect(email.headers.references).toEqual(["a@x", "b@x"]);
    expect(email.headers.inReplyTo).toBe("b@x");
    expect(email.title).toBe("(no subject)");
    expect(email.text).toBe("hello");
    expect(email.bodyStart).toBe(0);
  });
});
