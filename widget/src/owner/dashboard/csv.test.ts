import { expect } from '@open-wc/testing';
import { csvField, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks, and doubles quotes', () => {
    expect(csvField('plain')).to.equal('plain');
    expect(csvField('a, b')).to.equal('"a, b"');
    expect(csvField('say "hi"')).to.equal('"say ""hi"""');
    expect(csvField('two\nlines')).to.equal('"two\nlines"');
    expect(csvField(null)).to.equal('');
    expect(csvField(7)).to.equal('7');
  });

  it('keeps a comment that looks like a formula as text', () => {
    expect(csvField('=HYPERLINK("http://evil.example")')).to.equal('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvField('+1')).to.equal("'+1");
    expect(csvField('@sum')).to.equal("'@sum");
    expect(csvField(-5)).to.equal('-5');
  });

  it('writes a header, CRLF line ends and a UTF-8 BOM', () => {
    expect(
      toCsv(
        ['score', 'comment'],
        [
          [9, 'Τέλειο'],
          [2, null],
        ],
      ),
    ).to.equal('\uFEFFscore,comment\r\n9,Τέλειο\r\n2,\r\n');
  });
});
