import { notFound } from '../../../errors';
import type { AuthorityCheckModel, AuthorityQuery } from './authority.model';
import type { AuthorityRepository } from './authority.repository';
import { decideAuthority } from './decide';

/**
 * Reads the facts in one round trip and decides; an unknown organization is NOT_FOUND, quoting
 * `sentId`, the id as the caller wrote it.
 */
export async function checkAuthority(
  repository: AuthorityRepository,
  query: AuthorityQuery,
  sentId: string = query.organizationId,
): Promise<AuthorityCheckModel> {
  const facts = await repository.facts(query);
  if (facts === null) throw notFound('机构', 'organization', sentId);
  return decideAuthority(facts, query.on, query.divisionCode);
}
