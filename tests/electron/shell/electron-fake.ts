import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the electron module the shell touches. Electron cannot run here;
 * everything behind it (backend, files, protocol responses) is real.
 */
export interface FakeFrame {
  processId: number;
  routingId: number;
  parent: FakeFrame | null;
  url: string;
}

export class FakeWebContents extends EventEmitter {
  private static nextId = 1;
  id = FakeWebContents.nextId++;
  mainFrame: FakeFrame = { processId: 7, routingId: 1, parent: null, url: 'app://fieldscore/index.html' };
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  setWindowOpenHandler(handler: (details: unknown) => unknown) {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  loadedUrl: string | null = null;
  focus = vi.fn();
  show = vi.fn();
  restore = vi.fn();
  constructor(public options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  async loadURL(url: string) {
    this.loadedUrl = url;
  }
}

export function createElectronFake() {
  const app = Object.assign(new EventEmitter(), {
    paths: {} as Record<string, string>,
    gotLock: true,
    isPackaged: false,
    appPath: '',
    setName: vi.fn(),
    setPath: vi.fn((name: string, value: string) => {
      app.paths[name] = value;
    }),
    getPath: vi.fn((name: string) => app.paths[name] ?? `/nonexistent/${name}`),
    getAppPath: () => app.appPath,
    getVersion: () => '1.2.3',
    getLocale: () => 'fr-FR',
    requestSingleInstanceLock: vi.fn(() => app.gotLock),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const session = {
    protocol: { handle: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    session: { defaultSession: session },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
    },
    ipcMain: { handle: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })) },
  };
}

export type ElectronFake = ReturnType<typeof createElectronFake>;
