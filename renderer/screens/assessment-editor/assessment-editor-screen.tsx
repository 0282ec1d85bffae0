// Placeholder wired into the router; replaced by the questionnaire editor.
export function AssessmentEditorScreen(_props: { id: string; perspectiveId?: string; indicatorId?: string }) {
  return null;
}
