import path from 'node:path';

/**
 * The resources/ folder (shipped frameworks, country groups). The bundled CLI
 * (dist/electron/cli.cjs) and this source file (electron/cli/, run by tsx or vitest) both sit
 * two levels below the root that holds resources/, and all three provide __dirname.
 * FIELDSCORE_RESOURCES_DIR overrides it (an installed app's resources, tests).
 */
export function resolveResourcesDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FIELDSCORE_RESOURCES_DIR;
  if (override !== undefined && override !== '') return path.resolve(override);
  return path.resolve(__dirname, '..', '..', 'resources');
}
