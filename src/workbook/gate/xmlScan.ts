/**
 * Đọc lướt XML — a streaming tag scanner for the XML parts of an untrusted package. It is fed text
 * piece by piece and reports tags and character data as it goes, never building a tree and never
 * keeping more than the first `MAX_TAG_CHARS` of a tag, so memory stays flat however large the part.
 * It is not a validating parser: it sees what a parser would act on (tag names, a few attributes,
 * text lengths, a DOCTYPE) and leaves well-formedness to exceljs. Comments and processing
 * instructions are skipped.
 */

/** Enough for any tag the gate inspects; longer tags are kept truncated and flagged. */
export const MAX_TAG_CHARS = 4096;

export type XmlTag = {
  /** The local name, without a namespace prefix (`c` for `<x:c>`). */
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  /** The tag between `<` and `>`, cut at `MAX_TAG_CHARS`. */
  readonly raw: string;
  readonly truncated: boolean;
};

export interface XmlSink {
  tag(tag: XmlTag): void;
  /** Character data `text[from, to)`; `cdata` when it came from a CDATA section (no entities). */
  text(text: string, from: number, to: number, cdata: boolean): void;
  doctype(): void;
}

type State = 'text' | 'tag-open' | 'bang' | 'tag' | 'instruction' | 'comment' | 'cdata' | 'halted';

const BANG_FORMS = [
  { prefix: '!--', state: 'comment' },
  { prefix: '![CDATA[', state: 'cdata' },
  { prefix: '!DOCTYPE', state: 'halted' },
] as const;

const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SLASH = 0x2f;

export class XmlScanner {
  private state: State = 'text';
  private raw = '';
  private rawLength = 0;
  private quote = 0;
  /** The last character before the tag's `>`, which makes it self-closing when it is `/`. */
  private last = 0;
  /** The unread end of the previous piece, when a terminator (`?>`, `-->`, `]]>`) may straddle pieces. */
  private carry = '';

  constructor(private readonly sink: XmlSink) {}

  push(piece: string): void {
    const s = this.carry + piece;
    this.carry = '';
    let i = 0;
    while (i < s.length && this.state !== 'halted') {
      switch (this.state) {
        case 'text': {
          const lt = s.indexOf('<', i);
          const stop = lt === -1 ? s.length : lt;
          if (stop > i) this.sink.text(s, i, stop, false);
          i = stop === s.length ? stop : stop + 1;
          if (lt !== -1) this.state = 'tag-open';
          break;
        }
        case 'tag-open':
          this.raw = '';
          this.rawLength = 0;
          this.quote = 0;
          this.last = 0;
          this.state = s.charCodeAt(i) === 0x21 /* ! */ ? 'bang' : s.charCodeAt(i) === 0x3f /* ? */ ? 'instruction' : 'tag';
          break;
        case 'bang':
          i = this.readBang(s, i);
          break;
        case 'tag':
          i = this.readTag(s, i);
          break;
        case 'instruction':
          // `<?xml …?>` and other processing instructions: free text, where a lone quote is no quote.
          i = this.skipTo(s, i, '?>', false);
          break;
        case 'comment':
          i = this.skipTo(s, i, '-->', false);
          break;
        case 'cdata':
          i = this.skipTo(s, i, ']]>', true);
          break;
      }
    }
  }

  /** After `<!`: one character at a time until it is a comment, CDATA, a DOCTYPE or a plain tag. */
  private readBang(s: string, i: number): number {
    this.raw += s[i];
    const candidates = BANG_FORMS.filter((form) => form.prefix.toUpperCase().startsWith(this.raw.toUpperCase()));
    const exact = candidates.find((form) => form.prefix.toUpperCase() === this.raw.toUpperCase());
    if (exact) {
      this.state = exact.state;
      if (exact.state === 'halted') this.sink.doctype();
    } else if (candidates.length === 0) {
      this.rawLength = this.raw.length;
      this.state = 'tag';
    }
    return i + 1;
  }

  private readTag(s: string, from: number): number {
    let j = from;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (this.quote !== 0) {
        if (c === this.quote) this.quote = 0;
      } else if (c === QUOTE || c === APOSTROPHE) {
        this.quote = c;
      } else if (c === GT || c === LT) {
        break;
      }
    }
    const room = MAX_TAG_CHARS - this.raw.length;
    if (room > 0) this.raw += s.slice(from, Math.min(j, from + room));
    this.rawLength += j - from;
    if (j > from) this.last = s.charCodeAt(j - 1);
    if (j === s.length) return j;
    this.emitTag();
    // A `<` inside a tag is malformed; it starts the next tag rather than hiding it.
    this.state = s.charCodeAt(j) === LT ? 'tag-open' : 'text';
    return j + 1;
  }

  private emitTag(): void {
    const raw = this.raw;
    const closing = raw.startsWith('/');
    const qualified = /^[^\s/>]*/.exec(closing ? raw.slice(1) : raw)?.[0] ?? '';
    this.sink.tag({
      name: qualified.slice(qualified.indexOf(':') + 1),
      closing,
      selfClosing: this.last === SLASH,
      raw,
      truncated: this.rawLength > MAX_TAG_CHARS,
    });
  }

  /** Skips (or, for CDATA, reports as text) up to and past `end`, which may straddle pieces. */
  private skipTo(s: string, from: number, end: string, report: boolean): number {
    const at = s.indexOf(end, from);
    if (at !== -1) {
      if (report && at > from) this.sink.text(s, from, at, true);
      this.state = 'text';
      return at + end.length;
    }
    const keep = Math.min(end.length - 1, s.length - from);
    const stop = s.length - keep;
    if (report && stop > from) this.sink.text(s, from, stop, true);
    this.carry = s.slice(stop);
    return s.length;
  }
}

/** One scanner feeding two sinks, for parts that more than one check reads. */
export const bothSinks = (first: XmlSink, second: XmlSink): XmlSink => ({
  tag: (tag) => {
    first.tag(tag);
    second.tag(tag);
  },
  text: (text, from, to, cdata) => {
    first.text(text, from, to, cdata);
    second.text(text, from, to, cdata);
  },
  doctype: () => {
    first.doctype();
    second.doctype();
  },
});

/**
 * The value of the first attribute whose (qualified) name matches `name`, a regex source such as
 * `r` or `(?:\w+:)?id`; entities in the value are decoded. Undefined when the tag has none.
 */
export function attribute(tag: XmlTag, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(tag.raw);
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : decodeEntities(value);
}

/** Compiled once per attribute name: a sheet can have two million `<c>` tags. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (whole, entity: string) => {
    if (!entity.startsWith('#')) return NAMED_ENTITIES[entity] ?? whole;
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
