import type DataLoader from 'dataloader';

import type { Context } from '../../context';
import { keyedLoader } from '../../shared/loader';
import { ChangeSetRepository } from './change-set.repository';
import type { ChangeSetModel } from './reassignment.model';

const perRequest = new WeakMap<Context, DataLoader<string, ChangeSetModel | null>>();

/** The request's change-set loader, made on first use (kept with the request's context only). */
export function changeSetById(ctx: Context): DataLoader<string, ChangeSetModel | null> {
  let loader = perRequest.get(ctx);
  if (!loader) {
    const repository = new ChangeSetRepository(ctx.db);
    loader = keyedLoader(
      (ids) => repository.findByIds(ids),
      (c) => c.id,
    );
    perRequest.set(ctx, loader);
  }
  return loader;
}
