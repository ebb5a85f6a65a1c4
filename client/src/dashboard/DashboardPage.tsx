import { useEffect, useState } from 'react';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { AccountMenu } from '../chrome/AccountMenu.tsx';
import { ConnectionIndicator } from '../chrome/ConnectionIndicator.tsx';
import { TopBar } from '../chrome/TopBar.tsx';
import { useRealtime } from '../realtime/useRealtime.ts';
import { usePeople } from '../state/usePeople.ts';
import { Dashboard } from './Dashboard.tsx';
import { useLiveDashboard } from './useLiveDashboard.ts';

/** How often the clock moves on (claims become stale with time alone). */
const TICK_MS = 60_000;

export interface DashboardPageProps {
  user: PublicUser;
  /** The article last open, for the way back. */
  articlesHref: string;
  onSignOut(): void;
  onUnauthenticated(): void;
}

/** `#/dashboard`: where a fact-check stands, for the workspace and each article, live. */
export function DashboardPage({ user, articlesHref, onSignOut, onUnauthenticated }: DashboardPageProps) {
  const realtime = useRealtime();
  const people = usePeople(user.id);
  const live = useLiveDashboard(realtime, onUnauthenticated);
  const [now, setNow] = useState(() => new Date().toISOString());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date().toISOString()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  // Every change is a new "now" too, so a claim's age is never behind its own history.
  useEffect(() => setNow(new Date().toISOString()), [live.input]);

  return (
    <div className="app">
      <TopBar
        page="dashboard"
        right={
          <>
            <ConnectionIndicator state={live.connection} error={live.connectionError} />
            <AccountMenu user={user} page="workspace" articlesHref={articlesHref} onSignOut={onSignOut} />
          </>
        }
      />
      <main className="dash-main">
        {live.loadError && !live.loaded ? (
          <p className="form-error" role="alert">
            The dashboard could not be loaded: {live.loadError}
          </p>
        ) : !live.loaded ? (
          <p className="loading" role="status">
            Loading the dashboard…
          </p>
        ) : (
          <Dashboard
            input={live.input}
            now={now}
            people={people}
            status={
              <span className="dash-live" data-testid="dashboard-live" data-live={live.connection === 'connected' && live.liveArticles > 0}>
                {live.connection === 'connected' ? 'Updates live' : 'Not live: showing the last figures loaded'}
              </span>
            }
          />
        )}
      </main>
    </div>
  );
}
