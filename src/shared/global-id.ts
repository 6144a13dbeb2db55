import { LIST_LABELS } from '../domain/list-kinds';
import { badInput } from '../errors';

/**
 * Opaque global ids: base64url of "Type:localId". Clients must not parse them.
 * 全局标识：对 "类型:本地标识" 做 base64url 编码，客户端不应解析。
 */
export const NODE_TYPES = [
  'Organization',
  'AdminDivision',
  'Power',
  'LegalDocument',
  'Provision',
  // Every kind of list's row label (src/domain/list-kinds.ts): a new kind has global ids with no edit here.
  ...LIST_LABELS,
  'ChangeSet',
  'CatalogItem',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface DecodedId {
  type: NodeType;
  localId: string;
}

export function toGlobalId(type: NodeType, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string, field = 'id'): DecodedId {
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  const type = decoded.slice(0, colon);
  const localId = decoded.slice(colon + 1);
  if (colon <= 0 || localId.length === 0 || !(NODE_TYPES as readonly string[]).includes(type)) {
    throw badInput(field, globalId, '不是有效的标识', 'not a valid id');
  }
  return { type: type as NodeType, localId };
}

/** Decodes an id that must be of one type (e.g. `filter.organizationId`). */
export function fromGlobalIdOf(expected: NodeType, globalId: string, field: string): string {
  const { type, localId } = fromGlobalId(globalId, field);
  if (type !== expected) {
    throw badInput(field, globalId, `应为 ${expected} 的标识`, `expected an id of ${expected}`);
  }
  return localId;
}
