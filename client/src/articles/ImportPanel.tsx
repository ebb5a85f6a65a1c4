import { useId, useMemo, useState, type ClipboardEvent, type FormEvent } from 'react';
import type { Article } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { ArticleCreateSchema } from '../../../shared/protocol/payloads.ts';
import { splitParagraphs } from '../../../shared/domain/article.ts';
import { FormField } from '../account/FormField.tsx';
import type { ArticlesApi } from './articlesApi.ts';
import { useT } from '../i18n/useT.ts';
import { importMessages, importProblemMessages } from './import.messages.ts';
import { importProblem } from './importProblems.ts';
import { ACCEPTED_FILES, detect, formatOfFile, joinParagraphs, languageName, readPlainText, splitPastedHeadline } from './importText.ts';

export interface ImportPanelProps {
  api: Pick<ArticlesApi, 'create' | 'extract'>;
  onImported(article: Article): void;
}

type Field = 'title' | 'body' | 'byline' | 'dateline' | 'lang' | 'dir';
const FIELDS: readonly string[] = ['title', 'body', 'byline', 'dateline', 'lang', 'dir'];

/** A file's content as JSON may not exceed what the server reads (4 × the body limit, and 1 MB a request). */
const MAX_FILE_CHARS = LIMITS.articleBody * 4;

/**
 * Editors: a new article from pasted text or a .txt, .md or .html file.
 * Files are read in the browser; Markdown and HTML are reduced to text by
 * the server (nothing from a file is ever rendered as markup). Language and
 * direction are guessed from the text and can be overridden; the preview
 * shows the paragraphs, as text, the way the reader will lay them out.
 */
export function ImportPanel({ api, onImported }: ImportPanelProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [byline, setByline] = useState('');
  const [dateline, setDateline] = useState('');
  const [langOverride, setLangOverride] = useState<string | null>(null);
  const [dirOverride, setDirOverride] = useState<'rtl' | 'ltr' | null>(null);
  const [busy, setBusy] = useState<'reading' | 'saving' | null>(null);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  // The pasted headline moved to the title, kept so that moving it back restores the paste exactly.
  const [proposedTitle, setProposedTitle] = useState<{ title: string; pasted: string } | null>(null);
  const t = useT(importMessages);
  const tp = useT(importProblemMessages);
  const count = (n: number) => t('paragraphs', { count: n });

  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const detected = useMemo(() => detect(paragraphs), [paragraphs]);
  const lang = langOverride ?? detected.lang;
  const dir = dirOverride ?? detected.dir;

  const clearErrors = (field?: Field) => {
    setError(null);
    setFieldErrors((e) => (field ? { ...e, [field]: undefined } : {}));
  };

  /** What a file gave us replaces the form; the guesses start again from its text. */
  const fill = (parts: { title: string; byline?: string; paragraphs: string[] }) => {
    setText(joinParagraphs(parts.paragraphs));
    if (parts.title) setTitle(parts.title);
    if (parts.byline) setByline(parts.byline);
    setLangOverride(null);
    setDirOverride(null);
  };

  /** Pasting a whole article into an empty form: its first line is proposed as the title (undoable). */
  const pasteText = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    if (text !== '' || title.trim() !== '') return;
    const pasted = e.clipboardData.getData('text/plain');
    const split = splitPastedHeadline(pasted);
    if (!split) return;
    e.preventDefault();
    setText(split.rest);
    setTitle(split.title);
    setProposedTitle({ title: split.title, pasted });
    setFileNote(null);
    clearErrors();
  };

  const keepTitleInText = () => {
    if (!proposedTitle) return;
    setText(proposedTitle.pasted);
    if (title === proposedTitle.title) setTitle('');
    setProposedTitle(null);
  };

  const readFile = async (file: File | undefined) => {
    if (busy) return;
    clearErrors();
    setFileNote(null);
    if (!file) return;
    const format = formatOfFile(file.name);
    if (!format) return setError(t('wrongFile'));
    setBusy('reading');
    try {
      const content = await file.text();
      if (content.length > MAX_FILE_CHARS) return setError(t('tooLarge'));
      if (format === 'txt') {
        const parts = readPlainText(content);
        fill(parts);
        return setFileNote(t('readText', { file: `\u2068${file.name}\u2069`, paragraphs: count(parts.paragraphs.length) }));
      }
      const r = await api.extract(format, content);
      if (!r.ok) return setError(t('unreadable', { reason: r.error.message }));
      if (r.body.length === 0) return setError(t('noText'));
      fill({ title: r.title, byline: r.byline, paragraphs: r.body });
      setFileNote(t('readMarkup', { file: `\u2068${file.name}\u2069`, format: format === 'md' ? 'Markdown' : 'HTML', paragraphs: count(r.body.length) }));
    } catch {
      setError(t('unreadablePlain'));
    } finally {
      setBusy(null);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    clearErrors();
    const input = {
      title,
      body: joinParagraphs(paragraphs),
      ...(byline.trim() ? { byline } : {}),
      ...(dateline.trim() ? { dateline } : {}),
      lang: lang.trim(),
      dir,
    };
    // The server's own schema first: a mistake is shown beside its field without a round trip.
    const parsed = ArticleCreateSchema.safeParse(input);
    if (!parsed.success) {
      const errors: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (FIELDS.includes(field)) errors[field as Field] ??= importProblem(issue.message, tp);
      }
      return setFieldErrors(errors);
    }
    setBusy('saving');
    const r = await api.create(parsed.data);
    setBusy(null);
    if (!r.ok) {
      const field = r.error.field && FIELDS.includes(r.error.field) ? (r.error.field as Field) : null;
      if (field) setFieldErrors({ [field]: r.error.message });
      else setError(r.error.message);
      return;
    }
    onImported(r.article);
  };

  const titleProposedNote = t.rich('titleProposed', {
    keep: (
      <button type="button" className="link-button" onClick={keepTitleInText}>
        {t('keepInText')}
      </button>
    ),
  });

  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <form className="import-form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="import-source">
          <div className="form-field">
            <label htmlFor={`${id}-text`}>{t('text')}</label>
            {/* Empty, it takes the interface's direction so the placeholder (interface words) reads right; with text, the text's own. */}
            <textarea
              id={`${id}-text`}
              className="import-text"
              dir={text ? dir : undefined}
              lang={text ? lang : undefined}
              rows={10}
              value={text}
              placeholder={t('textPlaceholder')}
              aria-invalid={fieldErrors.body ? true : undefined}
              aria-describedby={fieldErrors.body ? `${id}-text-error` : `${id}-text-hint`}
              onPaste={pasteText}
              onChange={(e) => {
                setText(e.target.value);
                setFileNote(null);
                setProposedTitle(null);
                clearErrors('body');
              }}
            />
            {proposedTitle && (
              <p className="hint" role="status">
                {titleProposedNote}
              </p>
            )}
            {fieldErrors.body ? (
              <p id={`${id}-text-error`} className="field-error">
                {fieldErrors.body}
              </p>
            ) : (
              <p id={`${id}-text-hint`} className="hint">
                {t('textHint')}
              </p>
            )}
          </div>
          <div className="form-field import-file">
            <label htmlFor={`${id}-file`}>{t('file')}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept={ACCEPTED_FILES}
              // Busy controls are aria-disabled, not disabled: a browser takes the focus from a control
              // that becomes disabled, leaving the person on the page's body after the file picker or a refused import.
              aria-disabled={busy !== null || undefined}
              aria-describedby={`${id}-file-hint`}
              onClick={(e) => busy && e.preventDefault()}
              onChange={(e) => void readFile(e.target.files?.[0])}
            />
            <p id={`${id}-file-hint`} className="hint">
              {busy === 'reading' ? t('reading') : (fileNote ?? t('fileHint'))}
            </p>
          </div>
        </div>

        <div className="import-meta">
          <FormField label={t('titleField')} value={title} onChange={(v) => (setTitle(v), clearErrors('title'))} error={fieldErrors.title} dir="auto" maxLength={LIMITS.articleTitle} />
          <FormField label={t('byline')} value={byline} onChange={(v) => (setByline(v), clearErrors('byline'))} error={fieldErrors.byline} dir="auto" hint={t('bylineHint')} />
          <FormField
            label={t('dateline')}
            value={dateline}
            onChange={(v) => (setDateline(v), clearErrors('dateline'))}
            error={fieldErrors.dateline}
            dir="auto"
            hint={t('datelineHint')}
          />
          <FormField
            label={t('language')}
            value={lang}
            onChange={(v) => (setLangOverride(v), clearErrors('lang'))}
            error={fieldErrors.lang}
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            hint={
              paragraphs.length === 0
                ? t('languageHintEmpty')
                : langOverride === null
                  ? t('languageDetected', { language: languageName(detected.lang, t.locale) })
                  : t('languageOverridden', { tag: detected.lang })
            }
          />
          <div className="form-field">
            <label htmlFor={`${id}-dir`}>{t('direction')}</label>
            <select id={`${id}-dir`} value={dir} onChange={(e) => setDirOverride(e.target.value === 'rtl' ? 'rtl' : 'ltr')} aria-describedby={`${id}-dir-hint`}>
              <option value="rtl">{t('rtl')}</option>
              <option value="ltr">{t('ltr')}</option>
            </select>
            <p id={`${id}-dir-hint`} className="hint">
              {paragraphs.length === 0 ? t('directionHintEmpty') : dirOverride === null ? t('directionDetected') : t('directionOverridden', { direction: t(detected.dir === 'rtl' ? 'rtlLower' : 'ltrLower') })}
            </p>
          </div>
        </div>

        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" aria-disabled={busy !== null || undefined}>
            {busy === 'saving' ? t('importing') : t('submit')}
          </button>
        </div>
      </form>

      <section className="import-preview-wrap" aria-labelledby={`${id}-preview`}>
        <h3 id={`${id}-preview`} className="section-title">
          {t('preview')} <span className="count">{count(paragraphs.length)}</span>
        </h3>
        {paragraphs.length === 0 ? (
          <p className="section-note">{t('previewEmpty')}</p>
        ) : (
          <div className="import-preview" data-testid="import-preview" dir={dir} lang={lang.trim() || undefined}>
            {dateline.trim() && <p className="dateline">{dateline}</p>}
            {title.trim() && <p className="import-preview-title">{title}</p>}
            {byline.trim() && <p className="byline">{byline}</p>}
            <ol className="import-paragraphs">
              {paragraphs.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ol>
          </div>
        )}
      </section>
    </section>
  );
}
