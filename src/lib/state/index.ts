// The app's state for the pages and components: the diagnostic being answered, the lists, the
// actions on this device's storage with what to say when they fail. Components read and call these;
// none reaches storage itself.
export * from './context';
export * from './import-files';
export * from './open-session';
export * from './open-sessions.svelte';
export * from './paging';
export * from './portfolio';
export * from './portfolio.svelte';
export * from './save-status';
export * from './session.svelte';
export * from './storage-failure';
export * from './tab-channel';
export * from './export';
export * from './home-list.svelte';
export * from './device-storage';
export * from './wizard.svelte';
