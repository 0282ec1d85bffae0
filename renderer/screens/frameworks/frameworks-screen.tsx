// Placeholder wired into the router; replaced by the frameworks screen.
export function FrameworksScreen() {
  return null;
}
