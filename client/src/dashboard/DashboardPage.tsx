import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { useRealtime } from '../realtime/useRealtime.ts';
import { usePeople } from '../state/usePeople.ts';
import { DashboardScreen } from './DashboardScreen.tsx';

export interface DashboardPageProps {
  user: PublicUser;
  /** The article last open, for the way back. */
  articlesHref: string;
  onSignOut(): void;
  onUnauthenticated(): void;
}

/** `#/dashboard`: where a fact-check stands, for the workspace and each article, live, on a connection of its own. */
export function DashboardPage(props: DashboardPageProps) {
  const realtime = useRealtime();
  const people = usePeople(props.user.id);
  return <DashboardScreen {...props} realtime={realtime} people={people} />;
}
