/**
 * A piece of the main process with a lifetime: `start()` wires it to Electron, `dispose()` undoes
 * exactly that. The entry file starts services in order and disposes them in reverse on quit.
 */
export interface Service {
  start(): void;
  dispose(): void;
}
