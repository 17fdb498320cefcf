import { start } from "./app";

// The coordinator panel's entry point: dist/Sidebar.html inlines this bundle.
void start();
