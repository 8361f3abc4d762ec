// Types of dev-pages.js for vite.config.ts.
import type { Plugin } from 'vite';
export function devPages(): Plugin;
