import { useEffect, useState } from 'react';
import { fetchArticles, type ArticleSummary } from '../state/api.ts';
import { useT } from '../i18n/useT.ts';
import { statusMessages } from './status.messages.ts';

/** Switches between articles when there is more than one. */
export function ArticlePicker({ current, onPick }: { current: string; onPick(id: string): void }) {
  const t = useT(statusMessages);
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    fetchArticles(abort.signal)
      .then((r) => setArticles(r.articles))
      .catch(() => {}); // the picker is optional; the reader reports load errors
    return () => abort.abort();
  }, []);
  if (articles.length < 2) return null;
  return (
    <label className="article-picker">
      <span className="visually-hidden">{t('article')}</span>
      {/* The select shows the chosen title in that article's direction: with dir="auto" Chromium took the
          direction of the first option, and an English title in a right-to-left box lost its first words. */}
      <select value={current} onChange={(e) => onPick(e.target.value)} dir={articles.find((a) => a.id === current)?.dir ?? 'auto'}>
        {articles.map((a) => (
          <option key={a.id} value={a.id} dir={a.dir} lang={a.lang}>
            {a.title}
          </option>
        ))}
      </select>
    </label>
  );
}
