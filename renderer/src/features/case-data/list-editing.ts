// Forwards the shared list-editing kit (now renderer/src/components/list-editing.tsx) to MeasurementsEditor, the one
// editor still importing it from here; remove this file once that editor is moved, rewritten or deleted.
export {
  EmptyState,
  RemovedNotice,
  fieldState,
  insertAt,
  newId,
  removeAt,
  replaceAt,
  useEditorStyles,
  useListEditing,
  useUndoRemoval,
} from '../../components/list-editing';
