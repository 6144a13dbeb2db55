import { mintToken } from '../../src/auth/mint-token';
import type { Role } from '../../src/auth/roles';
import type { GraphQLResponse, TestApp } from './app';
import { gql } from './app';
import type { ReassignmentWorld } from './reassignment-builders';

/** Change requests through GraphQL (issue 19): tokens per role, the mutations, a driver. */

export const CR_SECRET = 'change-request-test-secret-0123456789abc';

export const CR_FIELDS = `id title state proposer effectiveDate legalCleared dueOn stageEnteredAt
  legalBasisDocNo legalBasisDocument
  publishedVersion publishedChangeSet { id kind }`;

export interface RequestView {
  id: string;
  title: string;
  state: string;
  proposer: string;
  effectiveDate: string;
  legalCleared: boolean;
  dueOn: string | null;
  stageEnteredAt: string;
  legalBasisDocNo: string | null;
  legalBasisDocument: string | null;
  publishedVersion: number | null;
  publishedChangeSet: { id: string; kind: string } | null;
}

const CREATE = `mutation($input: ChangeRequestInput!) { createChangeRequest(input: $input) { ${CR_FIELDS} } }`;
const REVISE = `mutation($id: ID!, $input: ChangeRequestInput!) { reviseChangeRequest(id: $id, input: $input) { ${CR_FIELDS} } }`;
const TRANSITION = `mutation($id: ID!, $action: ChangeRequestAction!, $comment: String, $override: String) {
  transitionChangeRequest(id: $id, action: $action, comment: $comment, override: $override) { ${CR_FIELDS} }
}`;

/** One token per workflow role (the subject names the role), plus any ranked role asked for. */
export class Desk {
  readonly tokens = new Map<string, string>();

  constructor(readonly app: TestApp) {}

  async token(role: Role): Promise<string> {
    let token = this.tokens.get(role);
    if (token === undefined) {
      token = await mintToken({ secret: CR_SECRET, sub: `${role}-user`, roles: [role], expiresIn: '1h' });
      this.tokens.set(role, token);
    }
    return token;
  }

  async as<T>(role: Role | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return gql<T>(this.app, query, variables, role === null ? undefined : await this.token(role));
  }

  /** A draft by the proposer moving `power` from `from` to `to` on `date` in world `w`. */
  async draft(w: ReassignmentWorld, title: string, operations: unknown[], date = '2025-07-01'): Promise<RequestView> {
    const result = await this.as<{ createChangeRequest: RequestView }>('proposer', CREATE, { input: input(w, title, operations, date) });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.createChangeRequest;
  }

  async revise(w: ReassignmentWorld, id: string, title: string, operations: unknown[], date = '2025-07-01') {
    return this.as<{ reviseChangeRequest: RequestView }>('proposer', REVISE, { id, input: input(w, title, operations, date) });
  }

  /** One transition by `role`; the response as it came (errors included). */
  async step(role: Role | null, id: string, action: string, extra: { comment?: string; override?: string } = {}) {
    return this.as<{ transitionChangeRequest: RequestView }>(role, TRANSITION, { id, action, ...extra });
  }

  /** Steps that must pass, each by its usual role; returns the request after the last. */
  async drive(id: string, actions: string[]): Promise<RequestView> {
    let last: RequestView | null = null;
    for (const action of actions) {
      const result = await this.step(ROLE_OF[action] ?? 'proposer', id, action, COMMENTED.has(action) ? { comment: `${action} 意见` } : {});
      if (result.errors) throw new Error(`${action}: ${JSON.stringify(result.errors)}`);
      last = result.data!.transitionChangeRequest;
    }
    return last!;
  }
}

/** The role that usually makes each action. */
export const ROLE_OF: Record<string, Role> = {
  SUBMIT: 'proposer',
  WITHDRAW: 'proposer',
  ACCEPT: 'legal-reviewer',
  CLEAR: 'legal-reviewer',
  RETURN: 'legal-reviewer',
  REJECT: 'approver',
  APPROVE: 'approver',
  PUBLISH: 'publisher',
};
const COMMENTED = new Set(['RETURN', 'REJECT']);

const input = (w: ReassignmentWorld, title: string, operations: unknown[], date: string) => ({
  title: `${w.prefix} ${title}`,
  reason: '机构职能调整',
  legalBasisDocNo: `${w.prefix}编发〔2025〕1号`,
  plan: { effectiveDate: date, operations },
});

/** The move of one power between two organizations of the world, as a plan operation. */
export const move = (w: ReassignmentWorld, power: string, from: string, to: string) => ({
  movePowers: { powerIds: [w.gid(`p:${power}`)], fromId: w.gid(from), toId: w.gid(to) },
});

export const codeOf = (response: GraphQLResponse<unknown>): string | undefined => response.errors?.[0]?.extensions?.['code'] as string | undefined;
export const fieldOf = (response: GraphQLResponse<unknown>): string | undefined => response.errors?.[0]?.extensions?.['field'] as string | undefined;
