// A saved diagnostic, its file format and the operations on it: the public face for the pages.
export * from './backup';
export * from './diagnostic';
export * from './diagnostic-file';
export * from './operations';
