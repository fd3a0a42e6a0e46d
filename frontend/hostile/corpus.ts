/**
 * Hostile text for every field a user can write. Each payload starts with a plain marker («Зразок N») and, if
 * any part of it ever runs as code, calls `__xss(N)` (a function the test exposes to the page) or `alert(N)` (a
 * dialog the test listens for), so an execution is counted and named.
 */
export interface Payload {
  n: number;
  /** What it aims at, for the report. */
  aim: string;
  text: string;
  /** The same attack in fewer characters, for fields with a small limit (a display name, a unit). */
  short?: string;
}

const raw: [aim: string, body: string, short?: string][] = [
  ['script element', '<script>__xss(1)</script>'],
  ['event handler on an image', '<img src=x onerror=__xss(2)>'],
  ['leaving a double-quoted attribute', '"><svg onload=__xss(3)>'],
  ['leaving a single-quoted attribute', "' autofocus onfocus='__xss(4)' x='"],
  [
    'SVG: an animation event and a javascript: link',
    '<svg><animate onbegin=__xss(5) attributeName=x dur=1s><a xlink:href="javascript:__xss(5)"><text y=9>клік</text></a></svg>',
    '<svg><animate onbegin=__xss(5) dur=1s>',
  ],
  [
    'MathML namespace confusion',
    '<math><mtext><table><mglyph><style><img src=x onerror=__xss(6)>',
    '<math><mglyph><style><img src=x onerror=__xss(6)>',
  ],
  [
    'Markdown: a javascript: link, HTML in code and in emphasis',
    '[натисніть тут](javascript:__xss(7)) `<img src=x onerror=__xss(7)>` **<img src=x onerror=__xss(7)>**',
    '[натисніть тут](javascript:__xss(7))',
  ],
  [
    'Markdown links: the scheme in entities, in angle brackets, a base64 data: target',
    '[a](JaVaScRiPt&#58;alert(8)) [b](<javascript:__xss(8)>) [c](data:text/html;base64,PHNjcmlwdD5fX3hzcyg4KTwvc2NyaXB0Pg==)',
    '[b](<javascript:__xss(8)>)',
  ],
  [
    'Markdown images: a quote in the address, an SVG data: URL',
    '![фото](x" onerror="__xss(9)) ![знак](data:image/svg+xml,<svg onload=__xss(9)>)',
    '![фото](x" onerror="__xss(9))',
  ],
  [
    'autolinks and bare addresses: javascript:, data:, a quote in an address',
    '<javascript:__xss(10)> <data:text/html,<script>__xss(10)</script>> www.example.org/"><img src=x onerror=__xss(10)>',
    '<javascript:__xss(10)>',
  ],
  ['Markdown reference link to javascript:', '[довідка][r]\n\n[r]: javascript:__xss(11)'],
  [
    'Markdown link title leaving its attribute',
    '[x](https://example.org "t\\" onmouseover=\\"__xss(12)")',
    '[x](https://e.org "t\\" onmouseover=\\"__xss(12)")',
  ],
  [
    'ending the JSON state script, or opening a comment in it',
    '</script><script>__xss(13)</script><!--<script>__xss(13)</script>--><!--',
    '</script><script>__xss(13)</script><!--',
  ],
  ['U+2028 and U+2029 next to a script end', '\u2028\u2029</script><svg onload=__xss(14)>'],
  [
    'HTML entities that must stay text',
    '&lt;img src=x onerror=__xss(15)&gt; &#60;svg onload=alert(15)&#62;',
    '&lt;img src=x onerror=__xss(15)&gt;',
  ],
  [
    'template syntax of other frameworks and of the message catalogue',
    "{{constructor.constructor('__xss(16)')()}} ${__xss(16)} {{title}}",
    "{{constructor.constructor('__xss(16)')()}}",
  ],
  [
    'template and style elements',
    "<template><img src=x onerror=__xss(17)></template><style>@import 'javascript:__xss(17)';</style>",
    '<template><img src=x onerror=__xss(17)></template>',
  ],
  ['search highlighting: closing and reopening <mark>', '</mark><img src=x onerror=__xss(18)><mark>'],
  [
    'print views: print-only style and a style attribute',
    '<style>@media print{*{background:url("javascript:__xss(19)")}}</style><b style="background:url(javascript:__xss(19))">',
    '<b style="background:url(javascript:__xss(19))">',
  ],
  [
    'iframe with inline document',
    '<iframe srcdoc="<script>top.__xss(20)</script>"></iframe>',
    '<iframe srcdoc="<script>top.__xss(20)</script>">',
  ],
  [
    'handlers that fire by themselves: toggle, focus, media error',
    '<details open ontoggle=__xss(21)><input autofocus onfocus=alert(21)><video><source onerror=alert(21)></video>',
    '<details open ontoggle=__xss(21)>',
  ],
  [
    'javascript: link and form action',
    '<a href="javascript:__xss(22)">клік</a><form><button formaction=javascript:__xss(22)>',
    '<a href="javascript:__xss(22)">клік</a>',
  ],
  ['String.replace patterns around an image', "$' $& $` <img src=x onerror=__xss(23)>"],
  [
    'base, meta refresh and object',
    '<base href="javascript:__xss(24)//"><meta http-equiv="refresh" content="0;url=javascript:__xss(24)"><object data="javascript:__xss(24)"></object>',
    '<base href="javascript:__xss(24)//">',
  ],
  [
    'noscript parsing (differs without JavaScript)',
    '<noscript><p title="</noscript><img src=x onerror=__xss(25)>">',
    '<noscript><p title="</noscript><svg onload=__xss(25)>">',
  ],
];

// HOSTILE_SAMPLE=n takes the first n payloads only: a quick run while working on the suite itself.
export const PAYLOADS: Payload[] = raw.slice(0, Number(process.env.HOSTILE_SAMPLE) || undefined).map(([aim, body, short], i) => ({
  n: i + 1,
  aim,
  text: `Зразок ${i + 1} ${body}`,
  ...(short ? { short: `Зразок ${i + 1} ${short}` } : {}),
}));

/** The payload, or its short form, that fits `max` characters; null when neither does. */
export function fitting(p: Payload, max: number): string | null {
  if (p.text.length <= max) return p.text;
  return p.short && p.short.length <= max ? p.short : null;
}

/** What marks an execution or an injected piece of markup; the app itself never writes it. */
export const SIGNATURE = /__xss|alert\s*\(/i;

/** The payload as one line of text, as the page shows it (white space collapsed). */
export const asShown = (text: string) => text.replace(/\s+/g, ' ').trim();
