import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { pickedFile, type PickedFile } from '../../files/picked-file';
import { HUB_FILE_ACCEPT } from '../../state/hub-import-batch';
import { droppedFiles, filesOfFolder, type CollectedFiles } from './dropped-files';

/**
 * Where files come in: "Choose files…" (several at once), "Choose a folder…" (every hub file
 * under it) and a zone files or folders can be dropped on. The buttons are the keyboard's way;
 * the inputs behind them are never shown.
 */
export function FileDropZone({ disabled, onFiles }: { disabled: boolean; onFiles(files: PickedFile[], skipped: number): void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  // Not a React attribute: set on the element (Chromium and Electron read it).
  useEffect(() => {
    folderRef.current?.setAttribute('webkitdirectory', '');
  }, []);

  const deliver = ({ files, skipped }: CollectedFiles) => {
    if (files.length > 0 || skipped > 0) onFiles(files.map(pickedFile), skipped);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    void droppedFiles(event.dataTransfer).then(deliver);
  };

  return (
    <div
      className={over && !disabled ? 'drop-zone is-over' : 'drop-zone'}
      aria-describedby={hintId}
      onDragEnter={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <p id={hintId} className="drop-zone-hint">
        {t('hub.import.dropHint')}
      </p>
      <p className="drop-zone-actions">
        <button type="button" className="button button-primary" disabled={disabled} onClick={() => filesRef.current?.click()}>
          {t('hub.import.chooseFiles')}
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => folderRef.current?.click()}>
          {t('hub.import.chooseFolder')}
        </button>
      </p>
      <p className="hint">{t('hub.import.kinds')}</p>
      <input
        ref={filesRef}
        type="file"
        multiple
        hidden
        accept={HUB_FILE_ACCEPT}
        data-testid="hub-files-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared at once, so that choosing the same files again checks them again.
          event.target.value = '';
          deliver({ files, skipped: 0 });
        }}
      />
      <input
        ref={folderRef}
        type="file"
        multiple
        hidden
        data-testid="hub-folder-input"
        onChange={(event) => {
          const collected = filesOfFolder(event.target.files);
          event.target.value = '';
          deliver(collected);
        }}
      />
    </div>
  );
}
