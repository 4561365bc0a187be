// The storage actions a page starts itself, outside the lists and the diagnostic being answered:
// the one way components reach this device's storage (the lists and the session have their classes).
export { createNewDiagnostic, createNextEdition } from '../storage/create';
export { setDatabaseEvents } from '../storage/db';
export { deleteAllDiagnostics } from '../storage/diagnostics';
export { askPersistenceOnce } from '../storage/persistence';
export { storageMode } from '../storage/repository';
