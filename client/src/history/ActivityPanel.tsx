import type { Article, Claim, HistoryEntry } from '../../../shared/domain/schemas.ts';
import { ActivityFeed } from './ActivityFeed.tsx';
import { useActivity } from './useActivity.ts';

export interface ActivityPanelProps {
  article: Article;
  liveHistory: readonly HistoryEntry[];
  /** Changes with every ack of ours: our own changes reach the feed by reloading it. */
  acks: number;
  claims: Readonly<Record<string, Claim>>;
  nameOf(id: string | null): string;
  onOpenClaim(id: string): void;
  onRestore?(id: string): void;
  mayRestore?(claim: Claim): boolean;
}

/** The sidebar's "Activity" tab: the article's history, fetched a page at a time when the tab is opened. */
export function ActivityPanel({ article, liveHistory, acks, claims, nameOf, onOpenClaim, onRestore, mayRestore }: ActivityPanelProps) {
  const activity = useActivity(article.id, liveHistory, acks);
  return <ActivityFeed activity={activity} article={article} claims={claims} nameOf={nameOf} onOpenClaim={onOpenClaim} onRestore={onRestore} mayRestore={mayRestore} />;
}
