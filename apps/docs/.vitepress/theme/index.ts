import DefaultTheme from 'vitepress/theme';
import type { Theme } from 'vitepress';
import Playground from './components/Playground.vue';
import './custom.css';

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('Playground', Playground);
  },
};
export default theme;
