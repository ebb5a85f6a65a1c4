import { useState } from 'react';
import { NameForm } from './identity/NameForm.tsx';
import { loadDisplayName, saveDisplayName } from './identity/displayName.ts';
import { Workspace } from './Workspace.tsx';

/** Asks for a display name once, then opens the workspace; the name can be changed later. */
export function App() {
  const [name, setName] = useState<string | null>(loadDisplayName);
  const [editingName, setEditingName] = useState(false);
  const accept = (next: string) => {
    saveDisplayName(next);
    setName(next);
    setEditingName(false);
  };
  if (!name) {
    return (
      <div className="welcome">
        <p className="brand brand-large">
          Isnad · <span lang="ar">إسناد</span>
        </p>
        <p className="tagline">Check the claims in a news story, together.</p>
        <NameForm onSubmit={accept} />
      </div>
    );
  }
  return (
    <>
      <Workspace name={name} onChangeName={() => setEditingName(true)} />
      {editingName && (
        <div className="modal-backdrop">
          <div className="modal" role="dialog" aria-modal="true" aria-label="Change display name">
            <NameForm initial={name} onSubmit={accept} onCancel={() => setEditingName(false)} />
          </div>
        </div>
      )}
    </>
  );
}
