import { csvCell, toCsv } from './csv';

describe('the CSV writer', () => {
  it.each([
    ['Ana Lima', 'Ana Lima'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+31 20 123', "'+31 20 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['name', 'handle'],
        [
          ['Ana', 'ana'],
          ['=1', 'b'],
        ],
      ),
    ).toBe("name,handle\r\nAna,ana\r\n'=1,b\r\n");
  });
});
