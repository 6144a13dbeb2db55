import { join } from 'node:path';

import { cypher } from '../../src/db/cypher-registry';
import type { Database } from '../../src/db/database';
import { CsvOut } from '../support/csv-out';
import { Columns, quote, type Prop } from './admin-csv';
import { CityCopies, isProvinceCode } from './clone';
import { sampleOf, type LabelSample } from './samples';

const LABELS = cypher('bench/graph-labels');
const NODES = cypher('bench/export-nodes');
const RELATIONSHIPS = cypher('bench/export-relationships');

/** One copy for the whole province: the law catalog, the shared item catalog, the change log, the one-time data steps done. */
const SHARED = new Set(['LegalDocument', 'LegalVersion', 'Provision', 'PowerItem', 'ChangeLog', 'ChangeSet', 'Migration']);
/** The change log's links point at what the template's imports touched: never copied. */
const AUDIT = new Set(['ChangeLog', 'ChangeSet']);

interface NodeRef {
  id: number;
  copied: boolean;
  audit: boolean;
}

/** One node or relationship file group of the bulk import: a header file, then one data file per copy. */
export interface FileGroup {
  kind: 'nodes' | 'relationships';
  /** The label or relationship type. */
  name: string;
  header: string;
  /** Data files by copy; shared rows are in copy 0's file. */
  parts: string[];
}

export interface TemplateFiles {
  groups: FileGroup[];
  /** Template counts per label (copy 0). */
  nodeCounts: Record<string, number>;
  /** Rows written per copy, nodes and relationships, for copies 0..n. */
  rowsPerCopy: number[];
  /** Node properties to give back as [] after the import. */
  emptyLists: { label: string; key: string }[];
  /** A few nodes per label as the importer wrote them, to check the bulk-loaded graph. */
  samples: LabelSample[];
}

/**
 * Most texts (law quotations, citations, responsibility texts) hold no name, code or id to rename:
 * whether one does is decided once for all copies, and such a text is quoted once.
 */
function fastCopies(city: CityCopies, copies: number): ((text: string) => string)[] {
  const plain = new Map<string, string | null>();
  const quoted = (text: string): string | null => {
    let q = plain.get(text);
    if (q === undefined) {
      q = city.mentions(text) ? null : quote(text);
      plain.set(text, q);
    }
    return q;
  };
  return Array.from({ length: copies }, (_, k) => {
    const rewrite = city.rewriter(k);
    return (text) => quoted(text) ?? quote(rewrite(text));
  });
}

const propText = (props: readonly Prop[], key: string): string => {
  const v = props.find((p) => p.k === key)?.v;
  return typeof v === 'string' ? v : '';
};

/**
 * Reads the template graph label by label and type by type and writes it `copies` times as
 * neo4j-admin import CSV in `dir`: copy 0 as it is, the others renamed by CityCopies. Checks on
 * the way that organization names stay unique and that no power name is renamed (its PowerItem is
 * shared). 把模板图按城市复制写成批量导入文件。
 */
export async function writeProvinceFiles(
  db: Database,
  dir: string,
  copies: number,
  log: (line: string) => void,
): Promise<TemplateFiles> {
  const [schema] = await db.read('bench.graphLabels', LABELS);
  const labels = (schema?.['labels'] as string[] | undefined) ?? [];
  const types = (schema?.['types'] as string[] | undefined) ?? [];
  const read = async (label: string): Promise<{ eid: string; labels: string[]; props: Prop[] }[]> =>
    (await db.read('bench.exportNodes', NODES, { label })) as unknown as { eid: string; labels: string[]; props: Prop[] }[];

  const divisions = (await read('AdminDivision')).map((n) => ({ code: propText(n.props, 'code'), name: propText(n.props, 'name') }));
  const organizations = (await read('Organization')).map((n) => ({ id: propText(n.props, 'id'), nameKey: propText(n.props, 'nameKey') }));
  const city = new CityCopies(divisions, organizations);
  if (copies > city.maxCopies) throw new Error(`bench/province: at most ${city.maxCopies} copies of this template`);
  const rewriters = fastCopies(city, copies);

  const refs = new Map<string, NodeRef>();
  const groups: FileGroup[] = [];
  const nodeCounts: Record<string, number> = {};
  const rowsPerCopy = Array.from({ length: copies }, () => 0);
  const names = new Set<string>();
  const emptyLists: TemplateFiles['emptyLists'] = [];
  const samples: LabelSample[] = [];
  let next = 0;
  const idOf = (ref: NodeRef, copy: number): number => (ref.copied ? copy * 1e9 + ref.id : ref.id);

  const writeGroup = <R>(kind: FileGroup['kind'], name: string, rows: readonly R[], leading: string[], fields: (row: R) => { props: Prop[]; copied: boolean; head: (copy: number) => string[] }): void => {
    const columns = new Columns();
    for (const r of rows) columns.add(fields(r).props);
    const header = new CsvOut(join(dir, `${kind}-${name}-header.csv`), columns.header(leading));
    header.close();
    const parts: string[] = [];
    for (let copy = 0; copy < copies; copy++) {
      const out = new CsvOut(join(dir, `${kind}-${name}-${copy}.csv`), null);
      for (const r of rows) {
        const f = fields(r);
        if (copy > 0 && !f.copied) continue;
        out.write([...f.head(copy), ...columns.cells(f.props, rewriters[copy]!)]);
      }
      out.close();
      rowsPerCopy[copy]! += out.lines;
      parts.push(out.path);
    }
    groups.push({ kind, name, header: header.path, parts });
    if (kind === 'nodes') emptyLists.push(...columns.alwaysPresentEmptyLists.map((key) => ({ label: name, key })));
  };

  for (const label of labels) {
    const rows = await read(label);
    if (rows.length === 0) continue;
    nodeCounts[label] = rows.length;
    const sample = sampleOf(label, rows);
    if (sample) samples.push(sample);
    const copiedOf = (props: Prop[]): boolean => !SHARED.has(label) && !(label === 'AdminDivision' && isProvinceCode(propText(props, 'code')));
    for (const r of rows) {
      if (r.labels.length !== 1) throw new Error(`bench/province: node with labels ${r.labels.join(':')}`);
      refs.set(r.eid, { id: next++, copied: copiedOf(r.props), audit: AUDIT.has(label) });
      if (label === 'Organization') {
        for (const rewrite of rewriters) {
          const key = rewrite(propText(r.props, 'nameKey'));
          if (names.has(key)) throw new Error(`bench/province: organization name ${key} repeats`);
          names.add(key);
        }
      }
      if (label === 'Power' && copies > 1 && city.mentions(propText(r.props, 'name'))) {
        throw new Error(`bench/province: power name ${propText(r.props, 'name')} would be renamed`);
      }
    }
    writeGroup('nodes', label, rows, [':ID', ':LABEL'], (r) => {
      const ref = refs.get(r.eid)!;
      return { props: r.props, copied: ref.copied, head: (copy) => [String(idOf(ref, copy)), label] };
    });
    log(`  ${label}: ${rows.length}`);
  }
  for (const type of types) {
    const rows = (await db.read('bench.exportRelationships', RELATIONSHIPS, { type })) as unknown as { start: string; end: string; props: Prop[] }[];
    if (rows.length === 0) continue;
    writeGroup('relationships', type, rows, [':START_ID', ':END_ID', ':TYPE'], (r) => {
      const a = refs.get(r.start)!;
      const b = refs.get(r.end)!;
      const copied = (a.copied || b.copied) && !a.audit && !b.audit;
      return { props: r.props, copied, head: (copy) => [String(idOf(a, copy)), String(idOf(b, copy)), type] };
    });
  }
  return { groups, nodeCounts, rowsPerCopy, emptyLists, samples };
}
