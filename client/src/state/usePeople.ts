import { useEffect, useMemo, useState } from 'react';
import * as z from 'zod/mini';
import { IdSchema, RoleSchema } from '../../../shared/domain/schemas.ts';
import { fetchPeople, type PersonInfo } from './api.ts';
import { readJson, storageKey, writeJson } from './localStore.ts';

const PeopleSchema = z.array(z.object({ id: IdSchema, name: z.string(), role: RoleSchema, active: z.boolean() }));

export interface People {
  list: readonly PersonInfo[];
  byId: ReadonlyMap<string, PersonInfo>;
  /** A name for an account id, also for accounts we do not know (yet). */
  nameOf(id: string | null): string;
}

/** Everyone's name and role, for assignees and @mentions; the last list is kept for offline use. */
export function usePeople(userId: string): People {
  const key = storageKey('people', userId);
  const [list, setList] = useState<PersonInfo[]>(() => readJson(key, PeopleSchema) ?? []);
  useEffect(() => {
    const abort = new AbortController();
    fetchPeople(abort.signal)
      .then((r) => {
        setList(r.people);
        writeJson(key, r.people);
      })
      .catch(() => {}); // offline: the saved list (or ids) will do
    return () => abort.abort();
  }, [key]);
  return useMemo(() => peopleFrom(list), [list]);
}

export function peopleFrom(list: readonly PersonInfo[]): People {
  const byId = new Map(list.map((p) => [p.id, p]));
  return { list, byId, nameOf: (id) => (id === null ? 'nobody' : (byId.get(id)?.name ?? 'someone not in the list')) };
}
