export * from './commands';
export * from './shortcuts';
