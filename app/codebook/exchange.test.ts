import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/types';
import {
  codebookFromCsv,
  codebookFromQdc,
  codebookToCsv,
  codebookToQdc,
  parseCsv,
  planCodebookImport,
  tagGuid,
  toCsv,
} from './index';

const codebook: Tag[] = [
  {
    id: 'tag_v',
    name: 'Violence',
    color: '#f19c9c',
    parentId: null,
    description: 'Force used by anyone',
  },
  { id: 'tag_d', name: 'Death toll', color: '#f4c542', parentId: 'tag_v' },
  { id: 'tag_a', name: 'Arrests, detentions & "sentences"', color: '#7fb3e6', parentId: null },
];
let counter = 0;
const newId = () => `tag_new${++counter}`;

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and reads them back', () => {
    const rows = [['a,b', 'say "hi"', 'two\nlines', '', 'plain']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '@SUM(A1)', 'ok']])).toBe(
      `"'=HYPERLINK(""http://x"")",'+1,'@SUM(A1),ok\r\n`,
    );
  });
});

describe('codebook CSV', () => {
  it('round-trips names, colours, parents and descriptions into an empty notebook', () => {
    const csv = codebookToCsv(codebook);
    expect(csv.split('\r\n')[0]).toBe('name,color,parent,description');
    const change = planCodebookImport([], codebookFromCsv(csv), newId);
    const byName = new Map(change.putTags.map((t) => [t.name, t]));
    expect([...byName.keys()].sort()).toEqual(codebook.map((t) => t.name).sort());
    expect(byName.get('Death toll')!.parentId).toBe(byName.get('Violence')!.id);
    expect(byName.get('Violence')!.description).toBe('Force used by anyone');
    expect(byName.get('Arrests, detentions & "sentences"')!.color).toBe('#7fb3e6');
  });

  it('reads other tools’ headers and matches existing tags by name, so a second import changes nothing', () => {
    const codes = codebookFromCsv(
      'Code,Colour,Parent\r\nDEATH TOLL,#00FF00,\r\nInjured,,Violence\r\n',
    );
    const change = planCodebookImport(codebook, codes, newId);
    expect(change.putTags.find((t) => t.id === 'tag_d')!.color).toBe('#00ff00');
    expect(change.putTags.find((t) => t.name === 'Injured')!.parentId).toBe('tag_v');
    expect(
      planCodebookImport(codebook, codebookFromCsv(codebookToCsv(codebook)), newId).putTags,
    ).toEqual([]);
  });

  it('refuses a CSV without a name column', () => {
    expect(() => codebookFromCsv('colour,parent\r\n#fff,x\r\n')).toThrow(/name/);
  });
});

describe('REFI-QDA .qdc', () => {
  it('writes the codebook namespace, stable GUIDs, #RRGGBB colours, nested codes and descriptions', () => {
    const xml = codebookToQdc(codebook);
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Margin">');
    expect(tagGuid('tag_v')).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-8[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
    expect(tagGuid('tag_v')).toBe(tagGuid('tag_v'));
    expect(tagGuid('tag_v')).not.toBe(tagGuid('tag_d'));
    expect(xml).toContain(
      `<Code guid="${tagGuid('tag_v')}" name="Violence" isCodable="true" color="#F19C9C">`,
    );
    expect(xml).toContain('name="Arrests, detentions &amp; &quot;sentences&quot;"');
    expect(xml.indexOf('name="Death toll"')).toBeGreaterThan(xml.indexOf('name="Violence"'));
    expect(xml).toContain('<Description>Force used by anyone</Description>');
  });

  it('round-trips through its own export', () => {
    const codes = codebookFromQdc(codebookToQdc(codebook));
    expect(codes).toEqual([
      {
        name: 'Arrests, detentions & "sentences"',
        color: '#7fb3e6',
        parentName: null,
        description: '',
      },
      { name: 'Violence', color: '#f19c9c', parentName: null, description: 'Force used by anyone' },
      { name: 'Death toll', color: '#f4c542', parentName: 'Violence', description: '' },
    ]);
  });

  it('reads a codebook written by another tool (prefixes, schema location, sets, BOM, comments)', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<!-- exported -->
<CodeBook xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd" origin="ATLAS.ti" xmlns="urn:QDA-XML:codebook:1.0">
  <Codes>
    <Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Protest" color="#46AA00" isCodable="false">
      <Description>Any &lt;public&gt; gathering &#x2014; peaceful or not</Description>
      <Code guid="0D62985D-B147-5D01-A9B5-CAE5DCD98342" name="Zheltoqsan" isCodable="true"/>
    </Code>
  </Codes>
  <Sets><Set name="group" guid="ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0"><MemberCode guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294"/></Set></Sets>
</CodeBook>`;
    expect(codebookFromQdc(xml)).toEqual([
      {
        name: 'Protest',
        color: '#46aa00',
        parentName: null,
        description: 'Any <public> gathering — peaceful or not',
      },
      { name: 'Zheltoqsan', color: null, parentName: 'Protest', description: '' },
    ]);
  });

  it('refuses what is not a codebook, and DOCTYPEs (entity expansion attacks)', () => {
    expect(() => codebookFromQdc('<Project xmlns="urn:QDA-XML:project:1.0"/>')).toThrow(
      /not a REFI-QDA codebook/,
    );
    expect(() =>
      codebookFromQdc('<!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook><Codes/></CodeBook>'),
    ).toThrow(/Document type/);
    expect(() => codebookFromQdc('<CodeBook><Codes></CodeBook>')).toThrow();
  });
});
