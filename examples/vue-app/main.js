// Mounts App.vue (compiled by Vue's own compiler, `vue/compiler-sfc`, and bundled with esbuild: examples/build.mjs).
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
