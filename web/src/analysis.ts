import { gql, type Capabilities } from './api';

/** One overlap or finding, reduced to what the page highlights. 重叠或问题。 */
export interface Issue {
  id: string;
  source: 'overlap' | 'finding';
  kind: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  explanation: string;
  nodeIds: string[];
}

interface Ref {
  id: string;
}
interface OverlapNode {
  id: string;
  kind: string;
  explanation: string;
  organizations: Ref[];
  powers: Ref[];
  provision: Ref | null;
  enforcementItems: Ref[];
  whistleMatters: Ref[];
}
interface FindingNode {
  id: string;
  kind: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  explanation: string;
  subject: Ref;
  related: Ref[];
}
interface Page<T> {
  edges: { node: T }[];
}

const OVERLAPS = `query Overlaps($organizationIds: [ID!], $asOf: Date) {
  overlaps(filter: { organizationIds: $organizationIds }, asOf: $asOf, first: 200) { edges { node {
    id kind explanation organizations { id } powers { id } provision { id } enforcementItems { id } whistleMatters { id }
  } } }
}`;

const FINDINGS = `query Findings($organizationIds: [ID!], $asOf: Date) {
  findings(filter: { organizationIds: $organizationIds }, asOf: $asOf, first: 200) { edges { node {
    id kind severity explanation subject { id } related { id }
  } } }
}`;

/**
 * The overlaps and findings of the organizations on screen, when the service has the analysis
 * (checked once from /graph/capabilities.json); null when it has not. Overlaps carry no severity
 * in the contract: they are shown as warnings. 获取当前机构的重叠与问题。
 */
export async function loadIssues(capabilities: Capabilities, organizationIds: string[], asOf: string): Promise<Issue[] | null> {
  if (!capabilities.overlaps && !capabilities.findings) return null;
  const issues: Issue[] = [];
  if (organizationIds.length === 0) return issues;
  if (capabilities.overlaps) {
    const data = await gql<{ overlaps: Page<OverlapNode> }>(OVERLAPS, { organizationIds, asOf });
    for (const { node: o } of data.overlaps.edges) {
      const refs = [...o.organizations, ...o.powers, ...(o.provision ? [o.provision] : []), ...o.enforcementItems, ...o.whistleMatters];
      issues.push({ id: o.id, source: 'overlap', kind: o.kind, severity: 'WARNING', explanation: o.explanation, nodeIds: refs.map((r) => r.id) });
    }
  }
  if (capabilities.findings) {
    const data = await gql<{ findings: Page<FindingNode> }>(FINDINGS, { organizationIds, asOf });
    for (const { node: f } of data.findings.edges) {
      issues.push({ id: f.id, source: 'finding', kind: f.kind, severity: f.severity, explanation: f.explanation, nodeIds: [f.subject.id, ...f.related.map((r) => r.id)] });
    }
  }
  return issues;
}
