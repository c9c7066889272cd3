// Mounts App.svelte (compiled by Svelte's own compiler, `svelte/compiler`, and bundled with esbuild: examples/build.mjs).
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
