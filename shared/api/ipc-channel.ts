/** The only IPC channel: (operation name, payload) → ApiResult. Kept in one place for main and preload. */
export const IPC_INVOKE_CHANNEL = 'fieldscore:invoke';
