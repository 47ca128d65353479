import fc from 'fast-check';
import { attribute, MAX_TAG_CHARS, XmlScanner, type XmlTag } from '../../../src/workbook/gate/xmlScan';

type Event = { tag: string } | { text: string; cdata: boolean } | { doctype: true };

/** What the scanner reports for `xml` fed in `pieces`, with adjacent texts joined. */
function scan(pieces: readonly string[]): { events: Event[]; tags: XmlTag[] } {
  const events: Event[] = [];
  const tags: XmlTag[] = [];
  const scanner = new XmlScanner({
    tag: (tag) => {
      tags.push(tag);
      events.push({ tag: `${tag.closing ? '/' : ''}${tag.name}${tag.selfClosing ? '/' : ''}` });
    },
    text: (text, from, to, cdata) => {
      const last = events[events.length - 1];
      if (last && 'text' in last && last.cdata === cdata) last.text += text.slice(from, to);
      else events.push({ text: text.slice(from, to), cdata });
    },
    doctype: () => events.push({ doctype: true }),
  });
  for (const piece of pieces) scanner.push(piece);
  return { events, tags };
}

const splitAt = (xml: string, cuts: readonly number[]): string[] => {
  const points = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => xml.slice(from, points[i] ?? xml.length));
};

const SAMPLE =
  '<?xml version="1.0" encoding="UTF-8"?><?note it\'s skipped ?>\n<!-- a comment with <c r="XFE1"/> and -- dashes -->' +
  '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr" note="a > b"><x:is>' +
  "<x:t>Sở &amp; Ngành</x:t></x:is></x:c><x:c r='B1'/><![CDATA[ <not a tag> ]] ]]></x:row></x:sheetData></x:worksheet>";

describe('XmlScanner', () => {
  it('reports tags by local name, texts, and CDATA as text, skipping comments and processing instructions', () => {
    expect(scan([SAMPLE]).events).toEqual([
      { text: '\n', cdata: false },
      { tag: 'worksheet' },
      { tag: 'sheetData' },
      { tag: 'row' },
      { tag: 'c' },
      { tag: 'is' },
      { tag: 't' },
      { text: 'Sở &amp; Ngành', cdata: false },
      { tag: '/t' },
      { tag: '/is' },
      { tag: '/c' },
      { tag: 'c/' },
      { text: ' <not a tag> ]] ', cdata: true },
      { tag: '/row' },
      { tag: '/sheetData' },
      { tag: '/worksheet' },
    ]);
  });

  it('reports the same events however the text is cut into pieces', () => {
    const whole = scan([SAMPLE]).events;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        expect(scan(splitAt(SAMPLE, cuts)).events).toEqual(whole);
      }),
      { numRuns: 1000 },
    );
  });

  it('reports a DOCTYPE, in any case, cut anywhere, after an instruction holding a lone quote, and reads nothing after it', () => {
    const xml = '<?xml version="1.0"?><?x \' ?><!doctype lol [<!ENTITY a "&#60;c r=\'XFE1\'/&#62;">]><worksheet>&a;</worksheet>';
    for (let cut = 0; cut <= xml.length; cut++) {
      expect(scan([xml.slice(0, cut), xml.slice(cut)]).events).toEqual([{ doctype: true }]);
    }
  });

  it('keeps the first MAX_TAG_CHARS of a long tag and flags it as truncated', () => {
    const { tags } = scan([`<c r="A1" pad="${'x'.repeat(MAX_TAG_CHARS)}"/><c r="A2"/>`]);
    expect(tags.map((t) => [t.name, t.raw.length, t.truncated, t.selfClosing])).toEqual([
      ['c', MAX_TAG_CHARS, true, true],
      ['c', 'c r="A2"/'.length, false, true],
    ]);
  });
});

describe('attribute', () => {
  const tagOf = (xml: string): XmlTag => {
    const tag = scan([xml]).tags[0];
    if (!tag) throw new Error('no tag');
    return tag;
  };

  it('reads an attribute in either quotes, decoding entities', () => {
    expect(attribute(tagOf(`<sheet name="Tài chính &amp; Đầu tư" r:id='rId3'/>`), 'name')).toBe('Tài chính & Đầu tư');
    expect(attribute(tagOf(`<sheet name="A&#7899;"/>`), 'name')).toBe('Aớ');
  });

  it('matches a namespaced id without mistaking sheetId for it', () => {
    const tag = tagOf('<sheet sheetId="1" name="Nhiệm vụ" r:id="rId1"/>');
    expect(attribute(tag, '(?:[A-Za-z_][\\w.-]*:)?id')).toBe('rId1');
    expect(attribute(tag, 'r')).toBeUndefined();
  });
});
