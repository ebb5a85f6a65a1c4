import './evidence-value.css';

/**
 * An evidence link as the history records it ("title <url>", or the bare
 * URL), shown as its title isolated in its own direction and the URL left to
 * right in one box. As plain text in a line an Arabic title made the URL's
 * parts change places and the line broke it at "…2024-06-" and "18/".
 */
export interface EvidenceParts {
  title: string;
  url: string;
}

const TITLED = /^([^]*?) <(https?:\/\/[^\s>]+)>$/;
const BARE = /^https?:\/\/\S+$/;

export function evidenceParts(text: string): EvidenceParts | null {
  const titled = TITLED.exec(text);
  if (titled) return { title: titled[1]!, url: titled[2]! };
  return BARE.test(text) ? { title: '', url: text } : null;
}

export function EvidenceValue({ title, url }: EvidenceParts) {
  return (
    <>
      {title && (
        <>
          <bdi dir="auto">{title}</bdi>{' '}
        </>
      )}
      <span className="url-text" dir="ltr">
        {url}
      </span>
    </>
  );
}
