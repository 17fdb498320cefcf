// Every Apps Script entry point, and nothing else. The build turns each export into a
// top-level function in dist/Code.js (menus, triggers and google.script.run call them by name).
// Helpers that must not be callable from the sidebar stay unexported; Apps Script also hides
// any global ending in "_".

export { onInstall, onOpen } from "./menu";
