import { vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import type { DashboardInput } from '../../../shared/dashboard/figures.ts';
import { NOW, PEOPLE, testWorkspace } from '../../../shared/dashboard/fixtures/test-workspace.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { DashboardScreen } from '../dashboard/DashboardScreen.tsx';
import { peopleFrom } from '../state/usePeople.ts';
import { FakeDashboardApi } from './fakeDashboardApi.ts';
import { FakeRealtime, FakeServer } from './fakeServer.ts';
import { stubFetch } from './stubFetch.ts';

/**
 * The dashboard page for component tests: its server routes answered by
 * FakeDashboardApi over the hand-counted workspace
 * (shared/dashboard/fixtures/test-workspace.ts), a fake realtime the test
 * drives, and queries for what the page shows.
 */
export class DashboardHarness {
  readonly api = new FakeDashboardApi(testWorkspace(), NOW);
  readonly fetch = stubFetch(this.api.answers());
  readonly sessionLost = vi.fn<() => void>();
  readonly realtime = new FakeRealtime(new FakeServer());

  /** Renders the page (in a right-to-left Arabic block with `rtl`) and waits for its first figures. */
  async show(workspace?: DashboardInput, options: { rtl?: boolean } = {}): Promise<void> {
    if (workspace) this.api.workspace = workspace;
    this.mount(options);
    await screen.findByTestId('dashboard');
  }

  /** Renders the page without waiting for anything. */
  mount({ rtl = false }: { rtl?: boolean } = {}): void {
    const mona: PublicUser = { id: 'u3', name: 'Mona', email: 'mona@example.org', role: 'editor', active: true, createdAt: NOW };
    const page = (
      <DashboardScreen user={mona} articlesHref="#/" onSignOut={() => {}} onUnauthenticated={this.sessionLost} realtime={this.realtime} people={peopleFrom(PEOPLE)} />
    );
    render(
      rtl ? (
        <div dir="rtl" lang="ar">
          {page}
        </div>
      ) : (
        page
      ),
    );
  }

  /** The parameters of the last dashboard request. */
  lastQuery(): Record<string, string> {
    return Object.fromEntries(this.api.asked.at(-1)!);
  }
}

export const dashboard = () => screen.getByTestId('dashboard');
export const chart = () => screen.getByTestId('status-chart');
/** The status chart's text alternative: what it shows, in words. */
export const chartLabel = () => chart().getAttribute('aria-label');
export const progress = () => screen.getByTestId('progress');
export const num = (name: string) => screen.getByRole('button', { name });

/** Text as seen on screen: without what is there only for screen readers. */
function visibleText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}
export const items = (testId: string) => [...dashboard().querySelectorAll(`[data-testid=${testId}] > li`)].map(visibleText);
/** Each row's name and the numbers on its buttons. */
export const rows = (testId: string) =>
  [...dashboard().querySelectorAll(`[data-testid=${testId}] > li`)].map((li) => [
    li.querySelector('.row-name')!.textContent,
    ...[...li.querySelectorAll('button.num')].map((b) => Number(b.getAttribute('data-value'))),
  ]);
export const optionsOf = (label: string) => [...(screen.getByLabelText(label) as HTMLSelectElement).options].map((o) => o.textContent);

export const drillPanel = () => screen.getByTestId('drilldown');
/** The claims the drill-down lists: id and link. */
export const listed = () => [...drillPanel().querySelectorAll('.drill-list > li')].map((li) => [li.getAttribute('data-claim-id'), li.querySelector('a')!.getAttribute('href')]);
export const listedIds = () => listed().map(([id]) => id);
