import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiProblem } from '../api/api-problem.js';
import { api, onEnrolmentRequired, onUnauthenticated } from '../api/client.js';
import type { Role, SessionView, SignedIn, UserView } from '@carelevel/contract';

export interface Session {
  /** The person signed in; null when nobody is. */
  readonly user: UserView | null;
  /** The programs a program-staff user works for, with their names once the server has said them. */
  readonly programs: readonly ProgramRef[];
  /** True until the first "who am I" answer arrives. */
  readonly checking: boolean;
  /** Set when a session ended under the person (a 401 mid-work), so sign-in can say why. */
  readonly expired: boolean;
  /** Signed in, but the second-factor setting asks this account to enrol before anything else. */
  readonly mustEnrol: boolean;
  /** Sign in; `code` is the authenticator's code (or a recovery code) once the server asks for it. */
  readonly signIn: (email: string, password: string, code?: string) => Promise<UserView>;
  /** Enrolment finished: the workspace opens. */
  readonly enrolled: () => void;
  readonly signOut: () => Promise<void>;
  readonly can: (roles: readonly Role[]) => boolean;
}

/** A program a program-staff user works for, with its name from the directory. */
export type ProgramRef = SessionView['programs'][number];

interface Who {
  readonly user: UserView;
  readonly programs: readonly ProgramRef[];
  readonly mustEnrol: boolean;
}

const SessionContext = createContext<Session | null>(null);
export const SESSION_KEY = ['session'] as const;
const NO_PROGRAMS: readonly ProgramRef[] = [];

/** Forget every record fetched so far (the next person on this screen must not see them), keep the session query. */
function forgetRecords(client: QueryClient): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
}

async function whoAmI(): Promise<Who | null> {
  try {
    const s = await api.get<SessionView & { programs?: readonly ProgramRef[] }>('api/v1/session');
    return {
      user: s.user,
      programs: s.programs,
      mustEnrol: s.mustEnrolSecondFactor,
    };
  } catch (err) {
    if (isApiProblem(err) && err.status === 401) return null;
    throw err;
  }
}

/** Who is signed in, from `GET /api/v1/session`; sign-in and sign-out update it and clear cached records. */
export function SessionProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const client = useQueryClient();
  const [expired, setExpired] = useState(false);
  const query = useQuery({ queryKey: SESSION_KEY, queryFn: whoAmI, retry: false, staleTime: Infinity });

  useEffect(() => {
    onUnauthenticated(() => {
      forgetRecords(client);
      client.setQueryData(SESSION_KEY, null);
      setExpired(true);
    });
    // An administrator turned the second-factor setting on while this person was working.
    onEnrolmentRequired(() => {
      client.setQueryData<Who | null>(SESSION_KEY, (who) => (who ? { ...who, mustEnrol: true } : who));
    });
    return () => {
      onUnauthenticated(undefined);
      onEnrolmentRequired(undefined);
    };
  }, [client]);

  const signIn = useCallback(
    async (email: string, password: string, code?: string) => {
      const answer = await api.post<SignedIn>('api/v1/session', { email, password, ...(code ? { code } : {}) });
      forgetRecords(client);
      client.setQueryData<Who>(SESSION_KEY, {
        user: answer.user,
        programs: answer.user.programs.map((id) => ({ id, name: null })),
        mustEnrol: answer.mustEnrolSecondFactor,
      });
      // "Who am I" names the programs; the sign-in answer gives only their ids.
      if (answer.user.programs.length > 0) void client.invalidateQueries({ queryKey: SESSION_KEY });
      setExpired(false);
      return answer.user;
    },
    [client],
  );
  const signOut = useCallback(async () => {
    try {
      await api.delete('api/v1/session');
    } finally {
      forgetRecords(client);
      client.setQueryData(SESSION_KEY, null);
    }
  }, [client]);

  const enrolled = useCallback(() => {
    client.setQueryData<Who | null>(SESSION_KEY, (who) => (who ? { ...who, mustEnrol: false } : who));
  }, [client]);

  const user = query.data?.user ?? null;
  const programs = query.data?.programs ?? NO_PROGRAMS;
  const mustEnrol = query.data?.mustEnrol ?? false;
  const value = useMemo<Session>(
    () => ({
      user,
      programs,
      checking: query.isPending,
      expired,
      mustEnrol,
      signIn,
      enrolled,
      signOut,
      can: (roles) => user !== null && roles.includes(user.role),
    }),
    [user, programs, query.isPending, expired, mustEnrol, signIn, enrolled, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user, for pages that only render behind the sign-in gate. */
export function useUser(): UserView {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
