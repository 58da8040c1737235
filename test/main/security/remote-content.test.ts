// Remote content in HTML email: images, tracking pixels, frames and embedded objects become visible
// placeholders naming their host; stylesheets, CSS url()s and <link>s leave nothing; scripts and event
// handlers leave nothing; and reading the HTML makes no network call of any kind.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { hostOf, htmlToText } from "../../../main/jobs/html-text";
import { parseEmail } from "../../../main/jobs/parse-email";
import { parseHtml } from "../../../main/jobs/parse-text";
import { CORPUS, corpusPath, SKIP_REASON } from "../../support/corpus";

const enc = (s: string) => new TextEncoder().encode(s.replace(/\r?\n/g, "\r\n"));

/** A newsletter as marketing mail sends it: a tracking pixel, remote images, CSS and font loads. */
const NEWSLETTER = `From: News <news@example.org>
To: reader@example.org
Subject: Your weekly update
Date: Tue, 14 Feb 2017 08:00:00 -0500
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head>
<link rel="stylesheet" href="https://fonts.example-cdn.com/css?family=Roboto">
<style>@import url("https://styles.example-cdn.com/a.css"); body { background: url(https://bg.example-cdn.com/tile.png) }</style>
<script src="https://js.example-cdn.com/track.js"></script>
</head>
<body style="background-image: url('https://inline-bg.example-cdn.com/b.png')" onload="document.title='pwned'">
<p>Dear reader, the report is attached.<img src="https://tracker.example.com/open.gif?u=8812" width="1" height="1" alt=""></p>
<p><img src="http://cdn.example.com/logo.png" alt="Example   Agency logo"> Field office update.</p>
<p><img src="//proto-relative.example.net/banner.jpg"><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart"></p>
<p><img src="https://hidden.example.com/p.gif" style="display:none"><img src="https://user:secret@auth.example.com:8443/x.png"></p>
<table background="https://table-bg.example-cdn.com/t.png"><tr><td>Signed, the editor</td></tr></table>
<iframe src="https://frame.example.org/embed"></iframe>
<a href="https://click.example.com/r?u=8812" onclick="steal()">Read online</a>
</body></html>
`;

/** Every way Node could reach the network, spied on while HTML is read. */
function spyOnNetwork() {
  return [
    vi.spyOn(globalThis, "fetch"),
    vi.spyOn(http, "request"),
    vi.spyOn(http, "get"),
    vi.spyOn(https, "request"),
    vi.spyOn(https, "get"),
    vi.spyOn(net, "connect"),
    vi.spyOn(net, "createConnection"),
    vi.spyOn(net.Socket.prototype, "connect"),
    vi.spyOn(tls, "connect"),
    vi.spyOn(dns, "lookup"),
    vi.spyOn(dns.promises, "lookup"),
  ];
}

let spies: ReturnType<typeof spyOnNetwork> = [];
beforeEach(() => {
  spies = spyOnNetwork();
});
afterEach(() => {
  for (const spy of spies) expect(spy, spy.getMockName()).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe("remote content in an HTML email", () => {
  it("turns the tracking pixel and every remote image into a placeholder naming its host, in place", async () => {
    const email = await parseEmail({ bytes: enc(NEWSLETTER) });
    const body = email.text.slice(email.bodyStart);
    expect(body).toContain("Dear reader, the report is attached. [tracking pixel not loaded: tracker.example.com]");
    expect(body).toContain('[image not loaded: cdn.example.com, alt text "Example Agency logo"] Field office update.');
    expect(body).toContain("[image not loaded: proto-relative.example.net]");
    expect(body).toContain('[embedded image, alt text "chart"]');
    expect(body).toContain("[tracking pixel not loaded: hidden.example.com]");
    // The host and its port; never the user name or password a URL may carry.
    expect(body).toContain("[image not loaded: auth.example.com:8443]");
    expect(body).not.toContain("secret");
    expect(body).toContain("[frame not loaded: frame.example.org]");
    expect(body).toContain("Read online");
    expect(body).toContain("Signed, the editor");
  });

  it("leaves nothing of stylesheets, CSS url()s, <link>s, scripts, event handlers or link targets", async () => {
    const email = await parseEmail({ bytes: enc(NEWSLETTER) });
    const body = email.text.slice(email.bodyStart);
    for (const gone of ["fonts.example-cdn.com", "styles.example-cdn.com", "bg.example-cdn.com", "inline-bg.example-cdn.com", "table-bg.example-cdn.com", "js.example-cdn.com", "click.example.com", "url(", "@import", "onload", "onclick", "pwned", "steal", "<", "?u=8812"]) {
      expect(body, gone).not.toContain(gone);
    }
  });

  it("names an inline (cid:) image, and an image with only alt text, without loading either", () => {
    expect(htmlToText('<p>Seal: <img src="cid:seal@agency" alt="Agency seal"></p>')).toBe('Seal: [inline image, alt text "Agency seal"]');
    expect(htmlToText('<p><img alt="Signature"> <img src=""></p>')).toBe('[image: "Signature"]');
    expect(htmlToText('<p><img src="javascript:alert(1)">x</p>')).toBe("[image not loaded] x");
    expect(htmlToText('<video poster="https://v.example.org/p.jpg"><source src="https://v.example.org/v.mp4">No video</video>')).toBe("[video not loaded: v.example.org] No video");
    expect(htmlToText('<object data="https://o.example.org/x.swf">Fallback</object><embed src="//e.example.org/y">')).toBe("[embedded object not loaded: o.example.org] Fallback [embedded object not loaded: e.example.org]");
  });

  it("reads a host only from absolute and protocol-relative URLs", () => {
    expect(hostOf("https://a.example.com/x")).toBe("a.example.com");
    expect(hostOf("//b.example.com/x")).toBe("b.example.com");
    expect(hostOf("HTTP://C.EXAMPLE.COM")).toBe("c.example.com");
    expect(hostOf("https://bücher.example/")).toBe("xn--bcher-kva.example");
    expect(hostOf("images/logo.png")).toBeNull();
    expect(hostOf("cid:a@b")).toBeNull();
    expect(hostOf("javascript:alert(1)")).toBeNull();
  });
});

describe.skipIf(!CORPUS)(`the corpus' hostile HTML email${CORPUS ? "" : ` (${SKIP_REASON})`}`, () => {
  it("roundcube_htmlxss.txt: the text, the relative image as a placeholder, no script, handler or javascript: URL", () => {
    const parsed = parseHtml({ bytes: readFileSync(corpusPath("email-hostile", "roundcube_htmlxss.txt")), fileName: "roundcube_htmlxss.txt" });
    expect(parsed.text).toContain("[image not loaded]");
    expect(parsed.text).toContain("Brilliant!");
    expect(parsed.text).toContain("Have a nice Christmas time.");
    expect(parsed.text).not.toMatch(/alert|onload|onmouseover|javascript:|document\.cookie|<svg|<\/?\w+[\s>]/i);
  });

  it("roundcube_spam-with-image-data-uri.eml: the inline image is named where it stood", async () => {
    const email = await parseEmail({ bytes: readFileSync(corpusPath("email-hostile", "roundcube_spam-with-image-data-uri.eml")) });
    expect(email.text.slice(email.bodyStart)).toBe("wir gratulieren Ihnen recht herzlich.\n[inline image]");
    expect(email.text).not.toContain("firebasestorage");
  });

  it("mailparser_outofmemory.eml: each of its remote images a placeholder, none of its tracking links", async () => {
    const raw = readFileSync(corpusPath("email-hostile", "mailparser_outofmemory.eml"), "latin1");
    const images = raw.match(/<img\s[^>]*src="https?:\/\/[^"]+"/gi) ?? [];
    const email = await parseEmail({ bytes: Buffer.from(raw, "latin1") });
    expect(images.length).toBeGreaterThan(0);
    expect(email.text.match(/\[image not loaded: 62\.75\.179\.211\]/g)).toHaveLength(images.length);
    expect(email.text).not.toContain("pro.php");
  });

  it("mailparser_htmllargecallstack.eml: 570 KB of broken HTML read to text without blowing the stack", async () => {
    const email = await parseEmail({ bytes: readFileSync(corpusPath("email-hostile", "mailparser_htmllargecallstack.eml")) });
    expect(email.title).toBe("Kill the HTML parser");
    expect(email.text.length - email.bodyStart).toBeGreaterThan(100_000);
  });
});
